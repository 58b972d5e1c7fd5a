package org.budayang.kiosk.journal;

/**
 * A step's state: written {@code INTENDED} before its side effect, then {@code DONE} or {@code FAILED} after
 * it. A step still INTENDED after a crash means its outcome is unknown: the recovery must ask (e.g. central,
 * with the step's idempotency key) before repeating it.
 */
public enum StepState {
    INTENDED,
    DONE,
    FAILED;

    void requireIntended(String txId, int seq, String name, String operation) {
        if (this != INTENDED) {
            throw new JournalException(JournalException.REFUSED, "step " + seq + " " + name + " of transaction "
                    + txId + " is " + this + "; cannot " + operation + " (only an INTENDED step can)");
        }
    }
}
