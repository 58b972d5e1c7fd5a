package org.budayang.kiosk.journal;

/**
 * Sends one outbox record to central with its idempotency key. Implementations return an outcome for every
 * answer and every network failure (RETRY); a thrown RuntimeException is treated as RETRY and logged.
 * Called from the deliverer's thread only, one record at a time.
 */
@FunctionalInterface
public interface Sender {
    Delivery send(OutboxRecord record);
}
