package org.budayang.central.idempotency;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.UUID;
import javax.sql.DataSource;
import org.budayang.central.db.DatabaseException;

/**
 * The {@code idempotency_records} table. {@link #claim} inserts first, so that of two concurrent
 * requests with the same (kiosk, key) exactly one wins the primary key and runs; the other sees the
 * row. A claim left {@code IN_FLIGHT} longer than {@code abandonAfter} (central died mid-request)
 * may be taken over by one later request.
 */
public final class IdempotencyStore {
    /** The SQL state of a unique / primary-key violation on both H2 and PostgreSQL. */
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String IN_FLIGHT = "IN_FLIGHT";
    private static final String DONE = "DONE";

    private final DataSource dataSource;
    private final Clock clock;
    private final Duration abandonAfter;

    public IdempotencyStore(DataSource dataSource, Clock clock, Duration abandonAfter) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.abandonAfter = Objects.requireNonNull(abandonAfter, "abandonAfter");
    }

    /** What {@link #claim} found. */
    public sealed interface Claim {
    }

    /** This request owns the key and runs; complete or release it afterwards with its token. */
    public record Claimed(String token) implements Claim {
        public Claimed {
            Objects.requireNonNull(token, "token");
        }
    }

    /** An earlier request with the same key and the same content is still running. */
    public record InFlight() implements Claim {
    }

    /** The key was used for a different request. */
    public record Mismatch() implements Claim {
    }

    /** The stored first response of the same request. */
    public record Replay(int status, String contentType, byte[] body) implements Claim {
        public Replay {
            body = body == null ? new byte[0] : body.clone();
        }

        @Override
        public byte[] body() {
            return body.clone();
        }
    }

    public Claim claim(String kioskId, String key, String requestHash) {
        for (int attempt = 0; attempt < 3; attempt++) {
            try (Connection connection = dataSource.getConnection()) {
                String token = UUID.randomUUID().toString();
                if (insert(connection, kioskId, key, requestHash, token)) {
                    return new Claimed(token);
                }
                Claim existing = existing(connection, kioskId, key, requestHash);
                if (existing != null) {
                    return existing;
                }
                // the row was released between our insert and our select: try again
            } catch (SQLException e) {
                throw new DatabaseException("Cannot claim idempotency key for kiosk " + kioskId + " (SQLState " + e.getSQLState() + ")", e);
            }
        }
        return new InFlight();
    }

    private boolean insert(Connection connection, String kioskId, String key, String requestHash, String token)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO idempotency_records "
                + "(kiosk_id, idem_key, request_hash, state, created_at, claim_token) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, kioskId);
            insert.setString(2, key);
            insert.setString(3, requestHash);
            insert.setString(4, IN_FLIGHT);
            insert.setObject(5, now());
            insert.setString(6, token);
            insert.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                return false;
            }
            throw e;
        }
    }

    private Claim existing(Connection connection, String kioskId, String key, String requestHash)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT request_hash, state, response_status, "
                + "response_type, response_body FROM idempotency_records WHERE kiosk_id = ? AND idem_key = ?")) {
            select.setString(1, kioskId);
            select.setString(2, key);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return null;
                }
                if (!row.getString(1).equals(requestHash)) {
                    return new Mismatch();
                }
                if (DONE.equals(row.getString(2))) {
                    return new Replay(row.getInt(3), row.getString(4), row.getBytes(5));
                }
            }
        }
        String token = UUID.randomUUID().toString();
        return takeOverAbandoned(connection, kioskId, key, token) ? new Claimed(token) : new InFlight();
    }

    /** Takes over a claim older than abandonAfter with a new token, so that its first owner can no longer finish it. */
    private boolean takeOverAbandoned(Connection connection, String kioskId, String key, String token)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE idempotency_records SET created_at = ?, "
                + "claim_token = ? WHERE kiosk_id = ? AND idem_key = ? AND state = ? AND created_at < ?")) {
            update.setObject(1, now());
            update.setString(2, token);
            update.setString(3, kioskId);
            update.setString(4, key);
            update.setString(5, IN_FLIGHT);
            update.setObject(6, OffsetDateTime.ofInstant(clock.instant().minus(abandonAfter), ZoneOffset.UTC));
            return update.executeUpdate() == 1;
        }
    }

    /**
     * Stores the first response of a key claimed with {@code token}; false (nothing stored) when the claim was taken
     * over by a later request in the meantime, whose answer is the one kept.
     */
    public boolean complete(String kioskId, String key, String token, int status, String contentType, byte[] body) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement("UPDATE idempotency_records SET state = ?, "
                     + "response_status = ?, response_type = ?, response_body = ? WHERE kiosk_id = ? AND idem_key = ?"
                     + " AND claim_token = ? AND state = ?")) {
            update.setString(1, DONE);
            update.setInt(2, status);
            update.setString(3, contentType);
            update.setBytes(4, body);
            update.setString(5, kioskId);
            update.setString(6, key);
            update.setString(7, token);
            update.setString(8, IN_FLIGHT);
            return update.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new DatabaseException("Cannot store the response of idempotency key for kiosk " + kioskId + " (SQLState " + e.getSQLState() + ")", e);
        }
    }

    /**
     * Forgets a key claimed with {@code token} whose request failed on central's side, so that the kiosk may retry it;
     * false (nothing deleted) when the claim was taken over meanwhile.
     */
    public boolean release(String kioskId, String key, String token) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement("DELETE FROM idempotency_records WHERE kiosk_id = ?"
                     + " AND idem_key = ? AND state = ? AND claim_token = ?")) {
            delete.setString(1, kioskId);
            delete.setString(2, key);
            delete.setString(3, IN_FLIGHT);
            delete.setString(4, token);
            return delete.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new DatabaseException("Cannot release idempotency key for kiosk " + kioskId + " (SQLState " + e.getSQLState() + ")", e);
        }
    }

    /** Deletes the records created before {@code before}; returns how many. */
    public int purge(Instant before) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement(
                     "DELETE FROM idempotency_records WHERE created_at < ?")) {
            delete.setObject(1, OffsetDateTime.ofInstant(before, ZoneOffset.UTC));
            return delete.executeUpdate();
        } catch (SQLException e) {
            throw new DatabaseException("Cannot purge idempotency records older than " + before + " (SQLState " + e.getSQLState() + ")", e);
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
