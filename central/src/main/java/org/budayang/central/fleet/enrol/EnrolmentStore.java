package org.budayang.central.fleet.enrol;

import java.security.cert.X509Certificate;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javax.sql.DataSource;
import org.budayang.central.db.DatabaseException;

/**
 * The tables of V90 ({@code enrolment_codes}, {@code enrolled_kiosks}, {@code kiosk_certificates}). An
 * enrolment claims its code, numbers the kiosk in its region and records its certificate in one
 * transaction, so that of two enrolments with one code exactly one wins and a failed one leaves the code
 * unused.
 */
public final class EnrolmentStore {
    private static final int MAX_NUMBER_ATTEMPTS = 5;
    private static final String CODE_COLUMNS = "code_hint, region_code, site_type, address, host_organisation, "
            + "contact, created_at, expires_at, used_at, used_by";

    private final DataSource dataSource;

    public EnrolmentStore(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /** Signs a kiosk's certificate once its id is known (inside the enrolment's transaction). */
    @FunctionalInterface
    public interface Issuer extends Function<String, X509Certificate> {
    }

    /** Outcome of {@link #enrol}: the kiosk's certificate, or the state that refused the code. */
    public sealed interface Enrolled permits Enrolled.Done, Enrolled.Refused {
        record Done(String kioskId, X509Certificate certificate) implements Enrolled {
        }

        record Refused(CodeState state) implements Enrolled {
        }
    }

    public void insertCode(EnrolmentCode code, SiteDetails site, Instant createdAt, Instant expiresAt) {
        String sql = "INSERT INTO enrolment_codes (code_hash, code_hint, region_code, site_type, address, "
                + "host_organisation, contact, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setString(1, code.hash());
            insert.setString(2, code.hint());
            insert.setString(3, site.regionCode().value());
            insert.setString(4, site.siteType().name());
            insert.setString(5, site.address());
            insert.setString(6, site.hostOrganisation());
            insert.setString(7, site.contact());
            insert.setObject(8, utc(createdAt));
            insert.setObject(9, utc(expiresAt));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw failure("store the enrolment code …" + code.hint(), e);
        }
    }

    /** Every code, newest first. */
    public List<CodeRow> codes() {
        String sql = "SELECT " + CODE_COLUMNS + " FROM enrolment_codes ORDER BY created_at DESC, code_hint";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(sql);
             ResultSet rows = select.executeQuery()) {
            List<CodeRow> codes = new ArrayList<>();
            while (rows.next()) {
                codes.add(codeRow(rows));
            }
            return codes;
        } catch (SQLException e) {
            throw failure("list the enrolment codes", e);
        }
    }

    public Optional<CodeRow> code(EnrolmentCode code) {
        try (Connection connection = dataSource.getConnection()) {
            return code(connection, code.hash());
        } catch (SQLException e) {
            throw failure("read the enrolment code …" + code.hint(), e);
        }
    }

    /**
     * Claims {@code code} (which must exist) for a new kiosk named {@code name} at the code's site, numbered
     * next in its region, and stores the certificate {@code issuer} signs for it; all or nothing.
     */
    public Enrolled enrol(EnrolmentCode code, String name, Instant now, Issuer issuer) {
        for (int attempt = 1; ; attempt++) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(false);
                try {
                    Enrolled enrolled = enrolOnce(connection, code, name, now, issuer);
                    if (enrolled instanceof Enrolled.Done) {
                        connection.commit();
                    } else {
                        connection.rollback();
                    }
                    return enrolled;
                } catch (SQLException | RuntimeException e) {
                    connection.rollback();
                    throw e;
                }
            } catch (SQLException e) {
                // another enrolment in the same region took the number: count again
                if (!isDuplicateKey(e) || attempt >= MAX_NUMBER_ATTEMPTS) {
                    throw failure("enrol a kiosk with the code …" + code.hint(), e);
                }
            }
        }
    }

    private Enrolled enrolOnce(Connection connection, EnrolmentCode code, String name, Instant now, Issuer issuer)
            throws SQLException {
        CodeRow row = code(connection, code.hash()).orElseThrow(
                () -> new IllegalStateException("enrolment code …" + code.hint() + " vanished"));
        SiteDetails site = row.site();
        int number;
        try (PreparedStatement count = connection.prepareStatement(
                "SELECT COUNT(*) FROM enrolled_kiosks WHERE region_code = ?")) {
            count.setString(1, site.regionCode().value());
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                number = rows.getInt(1) + 1;
            }
        }
        if (number > 9999) {
            throw new org.budayang.central.web.ApiException(409, "REGION_FULL", "Region " + site.regionCode()
                    + " has 9999 kiosks already, the most a kiosk id can number; enrol with a code for a "
                    + "neighbouring region code.");
        }
        String kioskId = "KSK-" + site.regionCode().value() + "-" + String.format("%04d", number);
        try (PreparedStatement claim = connection.prepareStatement("UPDATE enrolment_codes SET used_at = ?, "
                + "used_by = ? WHERE code_hash = ? AND used_at IS NULL AND expires_at > ?")) {
            claim.setObject(1, utc(now));
            claim.setString(2, kioskId);
            claim.setString(3, code.hash());
            claim.setObject(4, utc(now));
            if (claim.executeUpdate() != 1) {
                CodeRow current = code(connection, code.hash()).orElseThrow();
                CodeState state = current.state(now);
                return new Enrolled.Refused(state == CodeState.ISSUED ? CodeState.USED : state);
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO enrolled_kiosks (kiosk_id, name, "
                + "region_code, site_type, address, host_organisation, contact, status, enrolled_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, kioskId);
            insert.setString(2, name);
            insert.setString(3, site.regionCode().value());
            insert.setString(4, site.siteType().name());
            insert.setString(5, site.address());
            insert.setString(6, site.hostOrganisation());
            insert.setString(7, site.contact());
            insert.setString(8, KioskStatus.ACTIVE.name());
            insert.setObject(9, utc(now));
            insert.executeUpdate();
        }
        X509Certificate certificate = issuer.apply(kioskId);
        insertCertificate(connection, kioskId, certificate, now);
        return new Enrolled.Done(kioskId, certificate);
    }

    /** Records a renewed certificate of {@code kioskId}. */
    public void addCertificate(String kioskId, X509Certificate certificate, Instant now) {
        try (Connection connection = dataSource.getConnection()) {
            insertCertificate(connection, kioskId, certificate, now);
        } catch (SQLException e) {
            throw failure("store the renewed certificate of kiosk " + kioskId, e);
        }
    }

    /** The certificate with {@code serial} (lower-case hex) and its kiosk's status now; read on every request. */
    public Optional<CertificateRow> certificate(String serial) {
        String sql = "SELECT c.kiosk_id, k.status, c.not_after FROM kiosk_certificates c "
                + "JOIN enrolled_kiosks k ON k.kiosk_id = c.kiosk_id WHERE c.serial = ?";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, serial);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                return Optional.of(new CertificateRow(serial, rows.getString(1), KioskStatus.valueOf(rows.getString(2)),
                        instant(rows, 3)));
            }
        } catch (SQLException e) {
            throw failure("read the kiosk certificate " + serial, e);
        }
    }

    /** The enrolled kiosk with that id (any status); empty when there is none. */
    public Optional<EnrolledKiosk> kiosk(String kioskId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT name, region_code, site_type, address, "
                     + "status, enrolled_at FROM enrolled_kiosks WHERE kiosk_id = ?")) {
            select.setString(1, kioskId);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                return Optional.of(new EnrolledKiosk(kioskId, rows.getString(1), rows.getString(2),
                        SiteType.valueOf(rows.getString(3)), rows.getString(4), KioskStatus.valueOf(rows.getString(5)),
                        instant(rows, 6)));
            }
        } catch (SQLException e) {
            throw failure("read the enrolled kiosk " + kioskId, e);
        }
    }

    /** The status of an enrolled kiosk; empty when there is none with that id. */
    public Optional<KioskStatus> status(String kioskId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT status FROM enrolled_kiosks WHERE kiosk_id = ?")) {
            select.setString(1, kioskId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(KioskStatus.valueOf(rows.getString(1))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure("read the status of kiosk " + kioskId, e);
        }
    }

    /** Marks an ACTIVE kiosk REVOKED; false when it was not ACTIVE (unknown or revoked already). */
    public boolean revoke(String kioskId, Instant now) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement("UPDATE enrolled_kiosks SET status = ?, "
                     + "revoked_at = ? WHERE kiosk_id = ? AND status = ?")) {
            update.setString(1, KioskStatus.REVOKED.name());
            update.setObject(2, utc(now));
            update.setString(3, kioskId);
            update.setString(4, KioskStatus.ACTIVE.name());
            return update.executeUpdate() == 1;
        } catch (SQLException e) {
            throw failure("revoke kiosk " + kioskId, e);
        }
    }

    private static void insertCertificate(Connection connection, String kioskId, X509Certificate certificate,
                                          Instant now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO kiosk_certificates (serial, "
                + "kiosk_id, not_before, not_after, issued_at) VALUES (?, ?, ?, ?, ?)")) {
            insert.setString(1, certificate.getSerialNumber().toString(16));
            insert.setString(2, kioskId);
            insert.setObject(3, utc(certificate.getNotBefore().toInstant()));
            insert.setObject(4, utc(certificate.getNotAfter().toInstant()));
            insert.setObject(5, utc(now));
            insert.executeUpdate();
        }
    }

    private static Optional<CodeRow> code(Connection connection, String hash) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT " + CODE_COLUMNS + " FROM enrolment_codes WHERE code_hash = ?")) {
            select.setString(1, hash);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(codeRow(rows)) : Optional.empty();
            }
        }
    }

    private static CodeRow codeRow(ResultSet rows) throws SQLException {
        SiteDetails site = new SiteDetails(new RegionCode(rows.getString(2)), SiteType.valueOf(rows.getString(3)),
                rows.getString(4), rows.getString(5), rows.getString(6));
        OffsetDateTime used = rows.getObject(9, OffsetDateTime.class);
        return new CodeRow(rows.getString(1), site, instant(rows, 7), instant(rows, 8),
                Optional.ofNullable(used).map(OffsetDateTime::toInstant), Optional.ofNullable(rows.getString(10)));
    }

    private static Instant instant(ResultSet rows, int column) throws SQLException {
        return rows.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static boolean isDuplicateKey(SQLException e) {
        // 23505: unique violation in both H2 and PostgreSQL
        return "23505".equals(e.getSQLState());
    }

    private static DatabaseException failure(String what, SQLException e) {
        return new DatabaseException("Cannot " + what + " (SQLState " + e.getSQLState() + ")", e);
    }
}
