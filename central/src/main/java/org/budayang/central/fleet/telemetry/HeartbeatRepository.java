package org.budayang.central.fleet.telemetry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
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
 * heartbeat the outbox delivers late never overwrites a newer one. Heartbeats need no idempotency record
 * (decision 0015): a heartbeat delivered again has the {@code sentAt} of one already stored and changes nothing
 * ({@link Recorded#duplicate()}). The history is <em>sampled</em>: a heartbeat goes to it when the kiosk's health
 * changed ({@link HealthDigest}), when the last one kept is {@code sampleEvery} old, or when it arrives late (what
 * the kiosk saw during an outage). It is bounded two ways without a scan of the whole table: {@link #purge}
 * deletes by age (index on {@code received_at}), and every {@value #TRIM_EVERY}th history insert of a node trims
 * that kiosk to its newest {@code perKiosk} (index on {@code (kiosk_id, id)}).
 */
public final class HeartbeatRepository {
    private static final int MAX_JSON = 16_000;
    private static final String UNIQUE_VIOLATION = "23505";

    static final int TRIM_EVERY = 64;

    private final DataSource dataSource;
    private final int perKiosk;
    private final Duration sampleEvery;
    private final ObjectMapper json = ApiJson.mapper();
    /** History inserts of this node: every {@value #TRIM_EVERY}th trims its kiosk. */
    private final java.util.concurrent.atomic.AtomicLong keptHere = new java.util.concurrent.atomic.AtomicLong();

    public HeartbeatRepository(DataSource dataSource) {
        this(dataSource, TelemetrySettings.DEFAULTS.historyPerKiosk(), TelemetrySettings.DEFAULTS.historySampleEvery());
    }

    /**
     * @param perKiosk    heartbeats kept per kiosk (trimmed back at the node's every {@value #TRIM_EVERY}th history insert)
     * @param sampleEvery an unchanged kiosk's heartbeat goes to the history once per this period
     */
    public HeartbeatRepository(DataSource dataSource, int perKiosk, Duration sampleEvery) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        if (perKiosk < 1) {
            throw new IllegalArgumentException("HeartbeatRepository.perKiosk: " + perKiosk + " must be at least 1");
        }
        if (sampleEvery == null || sampleEvery.isNegative()) {
            throw new IllegalArgumentException("HeartbeatRepository.sampleEvery: " + sampleEvery
                    + " must be zero (keep every heartbeat) or positive");
        }
        this.perKiosk = perKiosk;
        this.sampleEvery = sampleEvery;
    }

    /**
     * What {@link #record} did.
     *
     * @param newest    the heartbeat is the kiosk's state (also for a repeated delivery of the state)
     * @param duplicate a heartbeat with this {@code sentAt} was stored before; nothing changed
     * @param kept      it went to the history
     */
    public record Recorded(boolean newest, boolean duplicate, boolean kept) {
    }

    /** The kiosk's state row as {@link #record} reads it. */
    private record Head(Instant sentAt, String digest, Instant historyAt) {
    }

    /** Stores {@code heartbeat} as the kiosk's state when newest and in the history when due. */
    public Recorded record(String kioskId, Heartbeat heartbeat, Instant receivedAt) {
        String body = write(heartbeat);
        String digest = HealthDigest.of(heartbeat);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                Recorded recorded = null;
                for (int attempt = 0; attempt < 3 && recorded == null; attempt++) {
                    recorded = attempt(c, kioskId, heartbeat, receivedAt, body, digest);
                }
                if (recorded == null) {
                    throw new SQLException("the state of kiosk " + kioskId + " changed under three attempts",
                            "40001");
                }
                if (recorded.kept() && keptHere.incrementAndGet() % TRIM_EVERY == 0) {
                    trim(c, kioskId, perKiosk);
                }
                c.commit();
                return recorded;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new DatabaseException("Cannot store the heartbeat of kiosk " + kioskId + " (SQLState "
                    + e.getSQLState() + ")", e);
        }
    }

    /** One try; null when another node changed the kiosk's state between the read and the write. */
    private Recorded attempt(Connection c, String kioskId, Heartbeat heartbeat, Instant receivedAt, String body,
                             String digest) throws SQLException {
        // the columns hold microseconds: compare and store exactly what they keep
        Instant sentAt = heartbeat.sentAt().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        Head head = head(c, kioskId);
        if (head == null) {
            if (!insertState(c, kioskId, heartbeat, sentAt, receivedAt, body, digest)) {
                return null;
            }
            insertHistory(c, kioskId, sentAt, receivedAt, body);
            return new Recorded(true, false, true);
        }
        if (sentAt.equals(head.sentAt())) {
            return new Recorded(true, true, false);
        }
        if (sentAt.isBefore(head.sentAt())) {
            if (inHistory(c, kioskId, sentAt)) {
                return new Recorded(false, true, false);
            }
            insertHistory(c, kioskId, sentAt, receivedAt, body);
            return new Recorded(false, false, true);
        }
        boolean keep = !digest.equals(head.digest()) || head.historyAt() == null
                || !sentAt.isBefore(head.historyAt().plus(sampleEvery));
        try (PreparedStatement update = c.prepareStatement("UPDATE fleet_kiosk_state SET sent_at = ?,"
                + " received_at = ?, app_version = ?, heartbeat = ?, health_digest = ?, history_at = ?"
                + " WHERE kiosk_id = ? AND sent_at = ?")) {
            update.setObject(1, utc(sentAt));
            update.setObject(2, utc(receivedAt));
            update.setString(3, heartbeat.appVersion());
            update.setString(4, body);
            update.setString(5, digest);
            update.setObject(6, keep ? utc(sentAt) : head.historyAt() == null ? null : utc(head.historyAt()));
            update.setString(7, kioskId);
            update.setObject(8, utc(head.sentAt()));
            if (update.executeUpdate() == 0) {
                return null;
            }
        }
        if (keep) {
            insertHistory(c, kioskId, sentAt, receivedAt, body);
        }
        return new Recorded(true, false, keep);
    }

    private static Head head(Connection c, String kioskId) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT sent_at, health_digest, history_at"
                + " FROM fleet_kiosk_state WHERE kiosk_id = ?")) {
            select.setString(1, kioskId);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return null;
                }
                OffsetDateTime historyAt = rows.getObject(3, OffsetDateTime.class);
                return new Head(rows.getObject(1, OffsetDateTime.class).toInstant(), rows.getString(2),
                        historyAt == null ? null : historyAt.toInstant());
            }
        }
    }

    /** The kiosk's first state; false when another node inserted it meanwhile. */
    private static boolean insertState(Connection c, String kioskId, Heartbeat heartbeat, Instant sentAt,
                                       Instant receivedAt, String body, String digest) throws SQLException {
        java.sql.Savepoint before = c.setSavepoint();
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO fleet_kiosk_state (kiosk_id, sent_at,"
                + " received_at, app_version, heartbeat, health_digest, history_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, kioskId);
            insert.setObject(2, utc(sentAt));
            insert.setObject(3, utc(receivedAt));
            insert.setString(4, heartbeat.appVersion());
            insert.setString(5, body);
            insert.setString(6, digest);
            insert.setObject(7, utc(sentAt));
            insert.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw e;
            }
            c.rollback(before); // PostgreSQL: the transaction goes on after the failed statement
            return false;
        }
    }

    private static void insertHistory(Connection c, String kioskId, Instant sentAt, Instant receivedAt,
                                      String body) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO fleet_heartbeats (kiosk_id, sent_at,"
                + " received_at, heartbeat) VALUES (?, ?, ?, ?)")) {
            insert.setString(1, kioskId);
            insert.setObject(2, utc(sentAt));
            insert.setObject(3, utc(receivedAt));
            insert.setString(4, body);
            insert.executeUpdate();
        }
    }

    /** Whether a late heartbeat was kept already (its repeated delivery); reads the kiosk's rows only. */
    private static boolean inHistory(Connection c, String kioskId, Instant sentAt) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT 1 FROM fleet_heartbeats WHERE kiosk_id = ?"
                + " AND sent_at = ?")) {
            select.setString(1, kioskId);
            select.setObject(2, utc(sentAt));
            try (ResultSet rows = select.executeQuery()) {
                return rows.next();
            }
        }
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
