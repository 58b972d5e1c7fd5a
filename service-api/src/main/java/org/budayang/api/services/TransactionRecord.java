package org.budayang.api.services;

import java.time.Instant;

/**
 * {@code POST /api/v1/transactions}: the record of one finished kiosk transaction (a citizen's service from item
 * chosen to finish), sent through the outbox with an {@code Idempotency-Key}. No personal data: central learns
 * what was done, when and how it ended, for statistics, alerts and reconciliation.
 *
 * @param transactionId     the kiosk's transaction id (8–64 of [A-Za-z0-9_-])
 * @param itemCode          the item's implementation code
 * @param applicationNumber 办件编号 when one was issued, else null
 * @param outcome           how it ended
 * @param failureCode       the stable error code when it failed or was abandoned, else null (also for
 *                          NOT_ACCEPTED: the missing items are on central's application)
 * @param startedAt         when the citizen started the item
 * @param finishedAt        when it ended (not before startedAt)
 * @param printed           how many documents or receipts were printed in it
 */
public record TransactionRecord(String transactionId, String itemCode, String applicationNumber, Outcome outcome,
                                String failureCode, Instant startedAt, Instant finishedAt, int printed) {
    public TransactionRecord {
        transactionId = Require.text("TransactionRecord.transactionId", transactionId);
        if (!transactionId.matches("[A-Za-z0-9_-]{8,64}")) {
            throw new IllegalArgumentException("TransactionRecord.transactionId: '" + transactionId
                    + "' is not 8-64 characters of [A-Za-z0-9_-]");
        }
        itemCode = Require.text("TransactionRecord.itemCode", itemCode);
        applicationNumber = applicationNumber == null || applicationNumber.isBlank() ? null : applicationNumber.strip();
        Require.present("TransactionRecord.outcome", outcome);
        failureCode = failureCode == null || failureCode.isBlank() ? null
                : Require.code("TransactionRecord.failureCode", failureCode);
        Require.present("TransactionRecord.startedAt", startedAt);
        Require.present("TransactionRecord.finishedAt", finishedAt);
        if (finishedAt.isBefore(startedAt)) {
            throw new IllegalArgumentException("TransactionRecord.finishedAt " + finishedAt + " is before startedAt "
                    + startedAt);
        }
        if (printed < 0) {
            throw new IllegalArgumentException("TransactionRecord.printed: " + printed + " is negative");
        }
    }

    /** How a transaction ended. */
    public enum Outcome {
        COMPLETED,
        /**
         * The department answered 不予受理 (the citizen was given the 一次性告知单 of what is missing): the kiosk did
         * its part, so this is neither COMPLETED nor a failure of the kiosk or the item.
         */
        NOT_ACCEPTED,
        FAILED,
        ABANDONED,
        /** Finished on the next start by the journal's recovery. */
        RECOVERED
    }
}
