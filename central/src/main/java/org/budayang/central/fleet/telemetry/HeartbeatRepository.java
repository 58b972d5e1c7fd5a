package org.budayang.central.fleet.telemetry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.budayang.api.fleet.Heartbeat;
import org.budayang.api.json.ApiJson;
import org.budayang.central.db.DatabaseException;

/**
 * The tables {@code fleet_kiosk_state} (newest heartbeat per kiosk) and {@code fleet_heartbeats} (history).
 * Stateless: several central nodes may write at once; the newest {@code sentAt} wins the current state, so a
 * heartbeat the outbox delivers late never overwrites a newer one. The history is bounded two ways without a scan
 * of the whole table: {@link #purge} deletes by age (index on {@code received_at}), and every
 * {@value #TRIM_EVERY}th insert (at random) trims that kiosk to its newest {@code perKiosk} (index on
 * {@code (kiosk_id, id)}), so the per-kiosk bound costs a few index entries per heartbeat on average.
 */
public final class HeartbeatRepository {
    private static final int MAX_JSON = 16_000;
    private static final String UNIQUE_VIOLATION = "23505";

    static final int TRIM_EVERY = 64;

    private final DataSource dataSource;
    private final int perKiosk;
    private final ObjectMapper json = ApiJson.mapper();

    public HeartbeatRepository(DataSource dataSource) {
        this(dataSource, TelemetrySettings.DEFAULTS.historyPerKiosk());
    }

    /** @param perKiosk heartbeats kept per kiosk (about: trimmed at every {@value #TRIM_EVERY}th insert on average) */
    public HeartbeatRepository(DataSource dataSource, int perKiosk) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        if (perKiosk < 1) {
            throw new IllegalArgumentException("HeartbeatRepository.perKiosk: " + perKiosk + " must be at least 1");
        }
        this.perKiosk = perKiosk;
    }

    /** Stores {@code heartbeat} in the history and as the kiosk's state when newest; returns whether it was newest. */
    public boolean record(String kioskId, Heartbeat heartbeat, Instant receivedAt) {
        String body = write(heartbeat);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO fleet_heartbeats (kiosk_id, sent_at,"
                        + " received_at, heartbeat) VALUES (?, ?, ?, ?)")) {
                    insert.setString(1, kioskId);
                    insert.setObject(2, utc(heartbeat.sentAt()));
                    insert.setObject(3, utc(receivedAt));
                    insert.setString(4, body);
                    insert.executeUpdate();
                }
                boolean newest = updateState(c, kioskId, heartbeat, receivedAt, body);
                if (java.util.concurrent.ThreadLocalRandom.current().nextInt(TRIM_EVERY) == 0) {
                    trim(c, kioskId, perKiosk);
                }
                c.commit();
                return newest;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new DatabaseException("Cannot store the heartbeat of kiosk " + kioskId + " (SQLState "
                    + e.getSQLState() + ")", e);
        }
    }

    private boolean updateState(Connection c, String kioskId, Heartbeat heartbeat, Instant receivedAt, String body)
            throws SQLException {
        for (int attempt = 0; attempt < 2; attempt++) {
            try (PreparedStatement update = c.prepareStatement("UPDATE fleet_kiosk_state SET sent_at = ?,"
                    + " received_at = ?, app_version = ?, heartbeat = ? WHERE kiosk_id = ? AND sent_at <= ?")) {
                update.setObject(1, utc(heartbeat.sentAt()));
                update.setObject(2, utc(receivedAt));
                update.setString(3, heartbeat.appVersion());
                update.setString(4, body);
                update.setString(5, kioskId);
                update.setObject(6, utc(heartbeat.sentAt()));
                if (update.executeUpdate() == 1) {
                    return true;
                }
            }
            try (PreparedStatement exists = c.prepareStatement(
                    "SELECT 1 FROM fleet_kiosk_state WHERE kiosk_id = ?")) {
                exists.setString(1, kioskId);
                try (ResultSet rows = exists.executeQuery()) {
                    if (rows.next()) {
                        return false; // a newer heartbeat is the state already
                    }
                }
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO fleet_kiosk_state (kiosk_id, sent_at,"
                    + " received_at, app_version, heartbeat) VALUES (?, ?, ?, ?, ?)")) {
                insert.setString(1, kioskId);
                insert.setObject(2, utc(heartbeat.sentAt()));
                insert.setObject(3, utc(receivedAt));
                insert.setString(4, heartbeat.appVersion());
                insert.setString(5, body);
                insert.executeUpdate();
                return true;
            } catch (SQLException e) {
                if (!UNIQUE_VIOLATION.equals(e.getSQLState()) || attempt > 0) {
                    throw e;
                }
                // another node inserted the kiosk's first state meanwhile: compare with it once more
            }
        }
        return false;
    }

    /** The kiosk's newest heartbeat. */
    public Optional<StoredHeartbeat> current(String kioskId) {
        List<StoredHeartbeat> rows = query("SELECT kiosk_id, heartbeat, received_at FROM fleet_kiosk_state"
                + " WHERE kiosk_id = ?", kioskId);
        return rows.stream().findFirst();
    }

    /** The kiosk's history, newest first, at most {@code limit}. */
    public List<StoredHeartbeat> history(String kioskId, int limit) {
        return query("SELECT kiosk_id, heartbeat, received_at FROM fleet_heartbeats WHERE kiosk_id = ?"
                + " ORDER BY id DESC FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY", kioskId);
    }

    /** Kiosks whose newest heartbeat was received before {@code before}, with that time. */
    public Map<String, Instant> lastHeardBefore(Instant before) {
        Map<String, Instant> silent = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement("SELECT kiosk_id, received_at FROM fleet_kiosk_state"
                     + " WHERE received_at < ? ORDER BY received_at")) {
            select.setObject(1, utc(before));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    silent.put(rows.getString(1), rows.getObject(2, OffsetDateTime.class).toInstant());
                }
            }
        } catch (SQLException e) {
            throw new DatabaseException("Cannot list the kiosks silent since " + before + " (SQLState "
                    + e.getSQLState() + ")", e);
        }
        return silent;
    }

    /** Deletes the history received before {@code olderThan}; returns how many rows went. */
    public int purge(Instant olderThan) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement old = c.prepareStatement("DELETE FROM fleet_heartbeats WHERE received_at < ?")) {
            old.setObject(1, utc(olderThan));
            return old.executeUpdate();
        } catch (SQLException e) {
            throw new DatabaseException("Cannot purge the heartbeat history (SQLState " + e.getSQLState() + ")", e);
        }
    }

    /** Keeps only the kiosk's newest {@code keep} heartbeats now; returns how many rows went. */
    public int trim(String kioskId, int keep) {
        try (Connection c = dataSource.getConnection()) {
            return trim(c, kioskId, keep);
        } catch (SQLException e) {
            throw new DatabaseException("Cannot trim the heartbeat history of kiosk " + kioskId + " (SQLState "
                    + e.getSQLState() + ")", e);
        }
    }

    private static int trim(Connection c, String kioskId, int keep) throws SQLException {
        long cutoff;
        try (PreparedStatement select = c.prepareStatement("SELECT id FROM fleet_heartbeats WHERE kiosk_id = ?"
                + " ORDER BY id DESC OFFSET ? ROWS FETCH NEXT 1 ROWS ONLY")) {
            select.setString(1, kioskId);
            select.setInt(2, keep);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return 0;
                }
                cutoff = rows.getLong(1);
            }
        }
        try (PreparedStatement delete = c.prepareStatement(
                "DELETE FROM fleet_heartbeats WHERE kiosk_id = ? AND id <= ?")) {
            delete.setString(1, kioskId);
            delete.setLong(2, cutoff);
            return delete.executeUpdate();
        }
    }

    private List<StoredHeartbeat> query(String sql, String kioskId) {
        List<StoredHeartbeat> found = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(sql)) {
            select.setString(1, kioskId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(new StoredHeartbeat(rows.getString(1), read(rows.getString(2)),
                            rows.getObject(3, OffsetDateTime.class).toInstant()));
                }
            }
        } catch (SQLException e) {
            throw new DatabaseException("Cannot read the heartbeats of kiosk " + kioskId + " (SQLState "
                    + e.getSQLState() + ")", e);
        }
        return found;
    }

    private String write(Heartbeat heartbeat) {
        try {
            String body = json.writeValueAsString(heartbeat);
            if (body.length() > MAX_JSON) {
                throw new IllegalStateException("A validated heartbeat wrote " + body.length() + " characters of JSON,"
                        + " more than the " + MAX_JSON + " its column holds; Heartbeat's bounds and the column disagree");
            }
            return body;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a heartbeat as JSON", e);
        }
    }

    private Heartbeat read(String body) {
        try {
            return json.readValue(body, Heartbeat.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored heartbeat is not readable as a Heartbeat any more: "
                    + e.getOriginalMessage(), e);
        }
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
