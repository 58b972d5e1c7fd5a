package org.budayang.kiosk.journal;

import java.time.Instant;
import java.util.Objects;

/**
 * An outbox record as stored. {@code body} is decrypted; {@link #toString()} leaves it out.
 *
 * @param id            the order of appending (delivery order within a kind)
 * @param txId          the transaction whose step produced it, or null
 * @param attempts      deliveries tried so far
 * @param lastError     the last failed attempt or the reason it is DEAD, else null
 * @param nextAttemptAt not before this instant (the backoff)
 */
public record OutboxRecord(long id, String kind, String path, String idempotencyKey, String body, String txId,
        OutboxState state, int attempts, String lastError, Instant createdAt, Instant nextAttemptAt, Instant sentAt) {
    public OutboxRecord {
        Objects.requireNonNull(kind, "OutboxRecord.kind is required");
        Objects.requireNonNull(path, "OutboxRecord.path is required");
        Objects.requireNonNull(idempotencyKey, "OutboxRecord.idempotencyKey is required");
        Objects.requireNonNull(state, "OutboxRecord.state is required");
        Objects.requireNonNull(createdAt, "OutboxRecord.createdAt is required");
        Objects.requireNonNull(nextAttemptAt, "OutboxRecord.nextAttemptAt is required");
    }

    @Override
    public String toString() {
        return "OutboxRecord[" + id + " " + kind + " " + path + " key=" + idempotencyKey + " " + state
                + " attempts=" + attempts + (lastError == null ? "" : " lastError=" + lastError) + "]";
    }
}
