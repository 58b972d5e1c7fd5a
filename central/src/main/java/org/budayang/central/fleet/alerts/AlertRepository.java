package org.budayang.central.fleet.alerts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.budayang.central.db.DatabaseException;

/**
 * The {@code fleet_alerts} table. Deduplication is the database's: {@code open_key} is unique while an alert is
 * unresolved, so two central nodes seeing the same condition at once open one alert. Transitions are conditional
 * updates ({@code WHERE state IN (...)}), so a concurrent acknowledge and resolve cannot both win.
 */
public final class AlertRepository {
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String COLUMNS = "id, kiosk_id, rule, subject, state, detail, opened_at, acknowledged_at,"
            + " acknowledged_by, resolved_at, resolved_by, resolution";

    private final DataSource dataSource;

    public AlertRepository(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /** Opens an alert for {@code key}; empty when one is already unresolved (the duplicate is dropped). */
    public Optional<Alert> open(Alert.Key key, String detail, Instant at) {
        String shortDetail = detail.length() > 500 ? detail.substring(0, 499) + "…" : detail;
        try (Connection c = dataSource.getConnection();
             PreparedStatement insert = c.prepareStatement("INSERT INTO fleet_alerts (kiosk_id, rule, subject, state,"
                     + " detail, open_key, opened_at) VALUES (?, ?, ?, 'OPEN', ?, ?, ?)",
                     Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, key.kioskId());
            insert.setString(2, key.rule().name());
            insert.setString(3, key.subject());
            insert.setString(4, shortDetail);
            insert.setString(5, key.openKey());
            insert.setObject(6, utc(at));
            insert.executeUpdate();
            try (ResultSet ids = insert.getGeneratedKeys()) {
                ids.next();
                return Optional.of(new Alert(ids.getLong(1), key.kioskId(), key.rule(), key.subject(), AlertState.OPEN,
                        shortDetail, at, null, null, null, null, null));
            }
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                return Optional.empty();
            }
            throw failure("open alert " + key.openKey(), e);
        }
    }

    /** OPEN → ACKNOWLEDGED by {@code user}; refuses other states naming them. */
    public Alert acknowledge(long id, String user, Instant at) {
        return transition(id, AlertState.Operation.ACKNOWLEDGE, "UPDATE fleet_alerts SET state = 'ACKNOWLEDGED',"
                + " acknowledged_at = ?, acknowledged_by = ? WHERE id = ? AND state = 'OPEN'", at, user, null);
    }

    /** OPEN or ACKNOWLEDGED → RESOLVED by {@code user} ({@link Alert#AUTO} when the condition cleared). */
    public Alert resolve(long id, String user, String resolution, Instant at) {
        return transition(id, AlertState.Operation.RESOLVE, "UPDATE fleet_alerts SET state = 'RESOLVED',"
                + " resolved_at = ?, resolved_by = ?, resolution = ?, open_key = NULL WHERE id = ?"
                + " AND state IN ('OPEN', 'ACKNOWLEDGED')", at, user, resolution);
    }

    private Alert transition(long id, AlertState.Operation operation, String sql, Instant at, String user,
                             String resolution) {
        try (Connection c = dataSource.getConnection(); PreparedStatement update = c.prepareStatement(sql)) {
            int i = 1;
            update.setObject(i++, utc(at));
            update.setString(i++, user);
            if (resolution != null) {
                update.setString(i++, resolution.length() > 500 ? resolution.substring(0, 500) : resolution);
            }
            update.setLong(i, id);
            if (update.executeUpdate() == 0) {
                Alert current = find(id).orElseThrow(() -> new AlertNotFoundException(id));
                throw current.state().refuse(id, operation);
            }
        } catch (SQLException e) {
            throw failure(operation + " alert " + id, e);
        }
        return find(id).orElseThrow(() -> new AlertNotFoundException(id));
    }

    public Optional<Alert> find(long id) {
        return query("SELECT " + COLUMNS + " FROM fleet_alerts WHERE id = ?", id).stream().findFirst();
    }

    /** The kiosk's OPEN and ACKNOWLEDGED alerts. */
    public List<Alert> unresolved(String kioskId) {
        return query("SELECT " + COLUMNS + " FROM fleet_alerts WHERE kiosk_id = ? AND state <> 'RESOLVED'"
                + " ORDER BY id", kioskId);
    }

    /** The kiosk's OPEN and ACKNOWLEDGED alerts, newest first, at most {@code limit}. */
    public List<Alert> unresolved(String kioskId, int limit) {
        return query("SELECT " + COLUMNS + " FROM fleet_alerts WHERE kiosk_id = ? AND state <> 'RESOLVED'"
                + " ORDER BY id DESC FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY", kioskId);
    }

    /** Alerts in {@code state} (any when null), optionally of one kiosk, newest first, at most {@code limit}. */
    public List<Alert> list(AlertState state, String kioskId, int limit) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM fleet_alerts WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (state != null) {
            sql.append(" AND state = ?");
            args.add(state.name());
        }
        if (kioskId != null) {
            sql.append(" AND kiosk_id = ?");
            args.add(kioskId);
        }
        sql.append(" ORDER BY id DESC FETCH FIRST ").append(Math.max(1, limit)).append(" ROWS ONLY");
        return query(sql.toString(), args.toArray());
    }

    private List<Alert> query(String sql, Object... args) {
        List<Alert> alerts = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                select.setObject(i + 1, args[i]);
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    alerts.add(new Alert(rows.getLong(1), rows.getString(2), AlertRule.valueOf(rows.getString(3)),
                            rows.getString(4), AlertState.valueOf(rows.getString(5)), rows.getString(6),
                            instant(rows, 7), instant(rows, 8), rows.getString(9), instant(rows, 10),
                            rows.getString(11), rows.getString(12)));
                }
            }
        } catch (SQLException e) {
            throw failure("read alerts", e);
        }
        return alerts;
    }

    private static Instant instant(ResultSet rows, int column) throws SQLException {
        OffsetDateTime value = rows.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    private static DatabaseException failure(String what, SQLException e) {
        return new DatabaseException("Cannot " + what + " in fleet_alerts (SQLState " + e.getSQLState() + ")", e);
    }
}
