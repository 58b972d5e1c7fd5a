package org.budayang.central.fleet.selftest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import javax.sql.DataSource;
import org.budayang.api.fleet.SelftestCheck;
import org.budayang.api.fleet.SelftestUpload;
import org.budayang.api.json.ApiJson;
import org.budayang.central.db.DatabaseException;

/**
 * The table {@code fleet_selftests} (V104): one row per self-test report, its summary in columns and its checks as
 * JSON. Bounded per kiosk: {@link #record} stores a report and, in the same transaction, deletes the kiosk's reports
 * beyond the newest {@code keepPerKiosk} (newest: last received, by id — never by the kiosk's clock; index
 * {@code (kiosk_id, id)}).
 * Stores of one kiosk's reports running at the same time (several nodes, or a burst) each keep the newest committed
 * reports and their own, so up to one report per concurrent store is left over until the next store trims it; there
 * are never fewer than {@code keepPerKiosk}. Stateless, so several central nodes may share it.
 */
public final class SelftestRepository {
    private static final String COLUMNS = "id, kiosk_id, ran_at, received_at, app_version, checks";
    private static final TypeReference<List<SelftestCheck>> CHECKS = new TypeReference<>() {
    };

    private final DataSource dataSource;
    private final int keepPerKiosk;
    private final ObjectMapper json = ApiJson.mapper();

    public SelftestRepository(DataSource dataSource) {
        this(dataSource, SelftestSettings.DEFAULTS);
    }

    public SelftestRepository(DataSource dataSource, SelftestSettings settings) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.keepPerKiosk = Objects.requireNonNull(settings, "settings").keepPerKiosk();
    }

    /** What {@link #record} did: the report as stored, and how many older reports of the kiosk it deleted. */
    public record Recorded(StoredSelftest stored, int deleted) {
    }

    /** Stores {@code report} of {@code kioskId}, received now, and trims the kiosk's reports to the newest kept. */
    public Recorded record(String kioskId, SelftestUpload report, Instant receivedAt) {
        String checks = write(report.checks());
        String failedRoles = String.join(",", new StoredSelftest(0, kioskId, receivedAt, report).failedRoles());
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                long id;
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO fleet_selftests (kiosk_id, "
                        + "ran_at, received_at, app_version, passed, check_count, failure_count, failed_roles, checks)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"})) {
                    insert.setString(1, kioskId);
                    insert.setObject(2, utc(report.ranAt()));
                    insert.setObject(3, utc(receivedAt));
                    insert.setString(4, report.appVersion());
                    insert.setBoolean(5, report.passed());
                    insert.setInt(6, report.checks().size());
                    insert.setInt(7, report.failures());
                    insert.setString(8, failedRoles);
                    insert.setString(9, checks);
                    insert.executeUpdate();
                    try (ResultSet keys = insert.getGeneratedKeys()) {
                        if (!keys.next()) {
                            throw new SQLException("the database returned no id for the new row", "02000");
                        }
                        id = keys.getLong(1);
                    }
                }
                int deleted;
                try (PreparedStatement trim = connection.prepareStatement("DELETE FROM fleet_selftests WHERE "
                        + "kiosk_id = ? AND id NOT IN (SELECT id FROM fleet_selftests WHERE kiosk_id = ? "
                        + "ORDER BY id DESC FETCH FIRST " + keepPerKiosk + " ROWS ONLY)")) {
                    trim.setString(1, kioskId);
                    trim.setString(2, kioskId);
                    deleted = trim.executeUpdate();
                }
                connection.commit();
                return new Recorded(new StoredSelftest(id, kioskId, receivedAt, report), deleted);
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw failure("store a self-test report of kiosk " + kioskId, e);
        }
    }

    /** The kiosk's newest report (the last received), if central has one. */
    public Optional<StoredSelftest> newest(String kioskId) {
        return list(kioskId, 1).stream().findFirst();
    }

    /** The kiosk's reports, newest first, at most {@code limit}. */
    public List<StoredSelftest> list(String kioskId, int limit) {
        String sql = "SELECT " + COLUMNS + " FROM fleet_selftests WHERE kiosk_id = ? ORDER BY id DESC "
                + "FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, kioskId);
            try (ResultSet rows = select.executeQuery()) {
                List<StoredSelftest> reports = new ArrayList<>();
                while (rows.next()) {
                    long id = rows.getLong(1);
                    SelftestUpload report = new SelftestUpload(rows.getString(5), instant(rows, 3),
                            read(id, rows.getString(6)));
                    reports.add(new StoredSelftest(id, rows.getString(2), instant(rows, 4), report));
                }
                return reports;
            }
        } catch (SQLException e) {
            throw failure("read the self-test reports of kiosk " + kioskId, e);
        }
    }

    /** How many reports central keeps of the kiosk now. */
    public int count(String kioskId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT COUNT(*) FROM fleet_selftests WHERE kiosk_id = ?")) {
            select.setString(1, kioskId);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        } catch (SQLException e) {
            throw failure("count the self-test reports of kiosk " + kioskId, e);
        }
    }

    private String write(List<SelftestCheck> checks) {
        try {
            return json.writeValueAsString(checks);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write self-test checks as JSON: " + e.getOriginalMessage(), e);
        }
    }

    private List<SelftestCheck> read(long id, String text) {
        try {
            return json.readValue(text, CHECKS);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new IllegalStateException("The checks of self-test report " + id + " in fleet_selftests cannot be "
                    + "read as SelftestCheck JSON (" + e.getMessage() + "); the row was written by an incompatible "
                    + "version of central", e);
        }
    }

    private static Instant instant(ResultSet rows, int column) throws SQLException {
        return rows.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static DatabaseException failure(String what, SQLException e) {
        return new DatabaseException("Cannot " + what + " in fleet_selftests (SQLState " + e.getSQLState() + ")", e);
    }
}
