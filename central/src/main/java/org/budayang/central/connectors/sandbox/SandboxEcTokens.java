package org.budayang.central.connectors.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import org.budayang.api.catalog.Department;
import org.budayang.api.identity.IdNumber;
import org.budayang.central.connectors.DepartmentErrors;
import org.budayang.central.db.Jdbc;
import org.budayang.central.connectors.MedicalInsuranceConnector.EcHolder;
import org.budayang.central.web.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sandbox 医保 platform's 医保电子凭证 tokens (a simulator of {@code ec.query}) over sb_mi_ec_token: it issues
 * tokens for enrolled persons (the admin API, tests) and resolves scanned ones. Only a SHA-256 of each token is
 * stored; a one-time token is refused when shown again. The layout {@code BDYEC1} + 58 letters and digits is made
 * up (the real one is opaque). {@link #DEMO_TOKEN} is a fixed, reusable token of demo citizen 1 (张三) that never
 * expires before 2099, so that the demo's scanner can show a 医保电子凭证 central knows.
 */
public final class SandboxEcTokens {
    private static final Logger LOG = LoggerFactory.getLogger(SandboxEcTokens.class);
    /** The demo citizen 1's reusable token: scan it in the demo (qr scanner console: {@code scan <token>}). */
    public static final String DEMO_TOKEN = "BDYEC1DEMO0001" + "0".repeat(46) + "DEMO";
    static final String DEMO_HOLDER = "620102195803150034";
    static final Instant DEMO_EXPIRES = Instant.parse("2099-12-31T16:00:00Z");
    static final Duration DEFAULT_VALIDITY = Duration.ofMinutes(5);
    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

    private final Jdbc jdbc;
    private final Clock clock;
    private final SecureRandom random;

    SandboxEcTokens(Jdbc jdbc, Clock clock, SecureRandom random) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.random = random;
    }

    /** A token issued: give it to the scanner; it is not stored in clear. */
    public record Issued(String token, Instant expiresAt) {
        @Override
        public String toString() {
            return "Issued[token withheld, expires " + expiresAt + "]";
        }
    }

    /** Stores the demo token when its holder is enrolled and it is not stored yet. */
    void ensureDemoToken() {
        int added = jdbc.update("INSERT INTO sb_mi_ec_token (token_hash, id_number, issued_at, expires_at, single_use) "
                + "SELECT ?, id_number, ?, ?, FALSE FROM sb_mi_enrolment WHERE id_number = ? AND NOT EXISTS "
                + "(SELECT 1 FROM sb_mi_ec_token WHERE token_hash = ?)", hash(DEMO_TOKEN), clock.instant(),
                DEMO_EXPIRES, DEMO_HOLDER, hash(DEMO_TOKEN));
        if (added == 1) {
            LOG.info("Sandbox 医保: the demo 医保电子凭证 of demo citizen 1 is stored (reusable, expires {})",
                    DEMO_EXPIRES);
        }
    }

    /**
     * Issues a token for an enrolled person.
     *
     * @throws ApiException 404 CITIZEN_NOT_FOUND when the person is not enrolled in 医保
     */
    public Issued issue(String idNumber, Duration validity, boolean singleUse) {
        boolean enrolled = jdbc.one("SELECT 1 AS one FROM sb_mi_enrolment WHERE id_number = ?", r -> true, idNumber)
                .isPresent();
        if (!enrolled) {
            throw DepartmentErrors.citizenNotFound(Department.MEDICAL_INSURANCE, idNumber,
                    "medical insurance enrolment to issue a 医保电子凭证 for");
        }
        StringBuilder token = new StringBuilder("BDYEC1");
        while (token.length() < 64) {
            token.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        Instant now = clock.instant();
        Instant expires = now.plus(validity);
        jdbc.update("INSERT INTO sb_mi_ec_token (token_hash, id_number, issued_at, expires_at, single_use) "
                + "VALUES (?, ?, ?, ?, ?)", hash(token.toString()), idNumber, now, expires, singleUse);
        LOG.info("Sandbox 医保: a {} 医保电子凭证 issued for {}, expires {}", singleUse ? "one-time" : "reusable",
                IdNumber.mask(idNumber), expires);
        return new Issued(token.toString(), expires);
    }

    /** Resolves a scanned token (after the department gate let the call through). */
    EcHolder resolve(String token) {
        String hash = hash(token);
        record Row(String idNumber, String name, Instant expiresAt, boolean singleUse, Instant usedAt) {
        }
        Row row = jdbc.one("SELECT t.id_number, e.name, t.expires_at, t.single_use, t.used_at FROM sb_mi_ec_token t "
                + "JOIN sb_mi_enrolment e ON e.id_number = t.id_number WHERE t.token_hash = ?", r -> new Row(
                r.getString("id_number"), r.getString("name"), Jdbc.instant(r, "expires_at"),
                r.getBoolean("single_use"), Jdbc.instant(r, "used_at")), hash)
                .orElseThrow(() -> new ApiException(404, "EC_TOKEN_UNKNOWN", "The 医保 platform knows no 医保电子凭证 "
                        + "with this token (" + token.length() + " characters, shown " + masked(token) + "); the "
                        + "citizen refreshes the code in the 医保 app and scans again.",
                        "未能识别该医保电子凭证，请在国家医保服务平台App或微信、支付宝中刷新电子凭证后重新扫描。"));
        Instant now = clock.instant();
        if (!now.isBefore(row.expiresAt())) {
            throw new ApiException(410, "EC_TOKEN_EXPIRED", "The 医保电子凭证 " + masked(token) + " expired at "
                    + row.expiresAt() + "; the citizen refreshes the code and scans again.",
                    "医保电子凭证已过期，请刷新电子凭证后重新扫描。");
        }
        if (row.singleUse()) {
            int claimed = jdbc.update("UPDATE sb_mi_ec_token SET used_at = ? WHERE token_hash = ? AND used_at IS NULL",
                    now, hash);
            if (claimed != 1) {
                throw new ApiException(410, "EC_TOKEN_USED", "The one-time 医保电子凭证 " + masked(token)
                        + " was already used; the citizen refreshes the code and scans again.",
                        "该医保电子凭证已使用过，请刷新电子凭证后重新扫描。");
            }
        }
        return new EcHolder(row.idNumber(), row.name(), row.expiresAt());
    }

    /** The first 6 and last 2 characters: enough to tell tokens apart in a message, useless to replay. */
    static String masked(String token) {
        return token.length() <= 8 ? "********" : token.substring(0, 6) + "…" + token.substring(token.length() - 2);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
