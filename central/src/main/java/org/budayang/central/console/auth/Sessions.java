package org.budayang.central.console.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import org.budayang.central.console.ConsoleSettings;
import org.budayang.central.console.Role;
import org.budayang.central.db.Jdbc;

/**
 * Console sessions in the {@code ops_session} table, so that any central node behind the load balancer
 * serves any request. The cookie carries a random 256-bit id; the table holds only its SHA-256, so a read of
 * the table does not hand out live sessions. A session ends on logout, after {@link ConsoleSettings#idleTimeout()}
 * without a request, {@link ConsoleSettings#absoluteTimeout()} after login, or when its user is disabled.
 */
public final class Sessions {
    /** What a cookie's session turned out to be. */
    public enum Status { VALID, IDLE_EXPIRED, ABSOLUTE_EXPIRED, UNKNOWN }

    /** The outcome of {@link #resolve}: the session when {@link Status#VALID}. */
    public record Lookup(Status status, Optional<OpsSession> session) {
    }

    /** A session just created: the cookie value (shown once) and its CSRF token. */
    public record Created(String cookieValue, String csrfToken) {
    }

    private final Jdbc sql;
    private final Clock clock;
    private final SecureRandom random;
    private final ConsoleSettings settings;

    public Sessions(Jdbc sql, Clock clock, SecureRandom random, ConsoleSettings settings) {
        this.sql = Objects.requireNonNull(sql, "sql");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public Created create(String username, String sourceIp) {
        String id = token();
        String csrf = token();
        Instant now = clock.instant();
        // sessions abandoned without logout are removed here (logins are rare, the table is small)
        sql.update("DELETE FROM ops_session WHERE last_seen_at <= ? OR created_at <= ?",
                now.minus(settings.idleTimeout()), now.minus(settings.absoluteTimeout()));
        sql.update("INSERT INTO ops_session (session_hash, username, csrf_token, created_at, last_seen_at, source_ip) "
                + "VALUES (?, ?, ?, ?, ?, ?)", digest(id), username, csrf, now, now, clip(sourceIp));
        return new Created(id, csrf);
    }

    /** Looks the cookie up; a valid session's last use becomes now, an expired one is deleted. */
    public Lookup resolve(String cookieValue) {
        if (cookieValue == null || cookieValue.length() != 43) {
            return new Lookup(Status.UNKNOWN, Optional.empty());
        }
        String hash = digest(cookieValue);
        Optional<Row> found = sql.one("SELECT s.username, u.display_name, u.role_name, s.csrf_token, s.created_at, "
                + "s.last_seen_at FROM ops_session s JOIN ops_user u ON u.username = s.username "
                + "WHERE s.session_hash = ? AND u.enabled = TRUE", row -> new Row(new OpsSession(row.getString(1),
                row.getString(2), Role.valueOf(row.getString(3)), row.getString(4), Jdbc.instant(row, "created_at")),
                Jdbc.instant(row, "last_seen_at")), hash);
        if (found.isEmpty()) {
            return new Lookup(Status.UNKNOWN, Optional.empty());
        }
        Instant now = clock.instant();
        Status status = Status.VALID;
        if (!now.isBefore(found.get().session().createdAt().plus(settings.absoluteTimeout()))) {
            status = Status.ABSOLUTE_EXPIRED;
        } else if (!now.isBefore(found.get().lastSeen().plus(settings.idleTimeout()))) {
            status = Status.IDLE_EXPIRED;
        }
        if (status != Status.VALID) {
            sql.update("DELETE FROM ops_session WHERE session_hash = ?", hash);
            return new Lookup(status, Optional.empty());
        }
        sql.update("UPDATE ops_session SET last_seen_at = ? WHERE session_hash = ?", now, hash);
        return new Lookup(Status.VALID, Optional.of(found.get().session()));
    }

    public void delete(String cookieValue) {
        if (cookieValue != null) {
            sql.update("DELETE FROM ops_session WHERE session_hash = ?", digest(cookieValue));
        }
    }

    /** Ends every session of a user (disabled, role or password changed). */
    public int deleteAllOf(String username) {
        return sql.update("DELETE FROM ops_session WHERE username = ?", username);
    }

    private record Row(OpsSession session, Instant lastSeen) {
    }

    /** 32 random bytes, base64url without padding (43 characters). */
    String token() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String digest(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static String clip(String ip) {
        return ip == null ? "-" : ip.length() > 64 ? ip.substring(0, 64) : ip;
    }
}
