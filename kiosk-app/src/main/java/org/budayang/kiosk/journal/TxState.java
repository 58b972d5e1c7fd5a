package org.budayang.kiosk.journal;

/**
 * A journalled transaction's state: {@code OPEN → DONE | COMPENSATED | FAILED}. The three end states are
 * final; only an OPEN transaction takes new steps or ends.
 */
public enum TxState {
    /** Begun and not ended: after a crash the kiosk must finish or compensate it. */
    OPEN,
    /** Every side effect happened and was recorded. */
    DONE,
    /** Side effects were undone or made good (money returned, application withdrawn…). */
    COMPENSATED,
    /** Ended without its purpose and without anything to undo. */
    FAILED;

    /** Whether the transaction has ended (its personal data may be purged after the retention period). */
    public boolean ended() {
        return this != OPEN;
    }

    void requireOpen(String txId, String operation) {
        if (this != OPEN) {
            throw new JournalException(JournalException.REFUSED, "transaction " + txId + " is " + this
                    + "; cannot " + operation + " (only an OPEN transaction can)");
        }
    }
}
