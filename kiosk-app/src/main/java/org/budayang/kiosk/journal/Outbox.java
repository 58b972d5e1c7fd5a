package org.budayang.kiosk.journal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The messages that must reach central, stored in the journal's file. A step's messages are appended in the
 * step's own SQL transaction ({@link JournalStep#done}); others (telemetry) through {@link #append}. Bodies are
 * encrypted like personal data. An {@link OutboxDeliverer} drains it in order per kind.
 */
public final class Outbox {
    private static final Logger log = LoggerFactory.getLogger(Outbox.class);
    private static final String COLUMNS = "id, kind, path, idempotency_key, body, tx_id, state, attempts, last_error,"
            + " created_at, next_attempt_at, sent_at";

    private final Journal journal;

    Outbox(Journal journal) {
        this.journal = journal;
    }

    /** Appends a message that belongs to no step; on disk when this returns. */
    public void append(OutboxMessage message) {
        journal.write("append " + message + " to the outbox", c -> {
            append(c, message, null);
            return null;
        });
    }

    void append(Connection c, OutboxMessage m, String txId) throws SQLException {
        long now = journal.clock().millis();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO outbox (kind, path, idempotency_key, body, tx_id,"
                + " state, created_at, next_attempt_at) VALUES (?, ?, ?, ?, ?, 'PENDING', ?, ?)")) {
            ps.setString(1, m.kind());
            ps.setString(2, m.path());
            ps.setString(3, m.idempotencyKey());
            ps.setBytes(4, journal.cipher().seal(m.body(), aad(m.idempotencyKey())));
            ps.setString(5, txId);
            ps.setLong(6, now);
            ps.setLong(7, now);
            ps.executeUpdate();
        } catch (SQLException e) {
            if (e.getMessage() != null && e.getMessage().contains("UNIQUE")) {
                throw new JournalException(JournalException.INVALID, "outbox idempotency key " + m.idempotencyKey()
                        + " is already used; give every message its own key (OutboxMessage.of makes one)", e);
            }
            throw e;
        }
    }

    /**
     * For each kind, its oldest PENDING record if its backoff has elapsed at {@code now}: what may be sent next
     * without overtaking an earlier record of the same kind. Ordered by id.
     */
    public List<OutboxRecord> due(Instant now) {
        return query("SELECT " + COLUMNS + " FROM outbox o WHERE state = 'PENDING' AND next_attempt_at <= ?"
                + " AND id = (SELECT MIN(id) FROM outbox p WHERE p.state = 'PENDING' AND p.kind = o.kind) ORDER BY id",
                now.toEpochMilli());
    }

    /** When the earliest PENDING record becomes due, or empty when nothing is pending. */
    public Optional<Instant> nextDue() {
        return journal.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT MIN(next_attempt_at) FROM outbox WHERE state = 'PENDING'");
                    ResultSet rs = ps.executeQuery()) {
                rs.next();
                return Optional.ofNullable(JournalRows.instant(rs, 1));
            }
        });
    }

    /** Every record in the given state, oldest first (DEAD: what ops must look at). */
    public List<OutboxRecord> records(OutboxState state) {
        return query("SELECT " + COLUMNS + " FROM outbox WHERE state = ? ORDER BY id", state.name());
    }

    /** Central accepted it (2xx, or a replay of the first answer under the same key). */
    public void markSent(long id) {
        update("mark outbox record " + id + " sent", "UPDATE outbox SET state = 'SENT', sent_at = ?,"
                + " attempts = attempts + 1, last_error = NULL WHERE id = ? AND state = 'PENDING'",
                journal.clock().millis(), id);
    }

    /** A failed attempt to retry later; {@code error} names what happened (no body, nothing personal). */
    public void markRetry(long id, String error, Instant nextAttempt) {
        update("schedule outbox record " + id + " for retry", "UPDATE outbox SET attempts = attempts + 1,"
                + " last_error = ?, next_attempt_at = ? WHERE id = ? AND state = 'PENDING'", error,
                nextAttempt.toEpochMilli(), id);
    }

    /** Central refused it for good: kept for ops with the reason, never sent again unless ops {@link #revive}. */
    public void markDead(long id, String reason) {
        update("mark outbox record " + id + " dead", "UPDATE outbox SET state = 'DEAD', attempts = attempts + 1,"
                + " last_error = ? WHERE id = ? AND state = 'PENDING'", reason, id);
        log.warn("Outbox record {} is DEAD: {}; ops must correct and revive or discard it", id, reason);
    }

    /** Ops decided a DEAD record should be sent again (after central was fixed): back to PENDING, due now. */
    public void revive(long id) {
        int n = update("revive outbox record " + id, "UPDATE outbox SET state = 'PENDING', next_attempt_at = ?"
                + " WHERE id = ? AND state = 'DEAD'", journal.clock().millis(), id);
        if (n == 0) {
            throw new JournalException(JournalException.REFUSED, "outbox record " + id
                    + " is not DEAD; cannot revive it (only a DEAD record can)");
        }
    }

    private int update(String what, String sql, Object... args) {
        return journal.write(what, c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                bind(ps, args);
                return ps.executeUpdate();
            }
        });
    }

    private List<OutboxRecord> query(String sql, Object... args) {
        return journal.read(c -> {
            List<OutboxRecord> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                bind(ps, args);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String key = rs.getString(4);
                        out.add(new OutboxRecord(rs.getLong(1), rs.getString(2), rs.getString(3), key,
                                journal.cipher().open(rs.getBytes(5), aad(key)), rs.getString(6),
                                OutboxState.valueOf(rs.getString(7)), rs.getInt(8), rs.getString(9),
                                JournalRows.instant(rs, 10), JournalRows.instant(rs, 11), JournalRows.instant(rs, 12)));
                    }
                }
            }
            return out;
        });
    }

    private static void bind(PreparedStatement ps, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            ps.setObject(i + 1, args[i]);
        }
    }

    private static String aad(String key) {
        return "outbox:" + key;
    }
}
