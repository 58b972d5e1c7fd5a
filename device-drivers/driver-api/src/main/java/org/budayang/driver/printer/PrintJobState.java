package org.budayang.driver.printer;

/**
 * Where a print job is (issue #5): QUEUED → SENDING → PRINTED | FAILED. A FAILED job may be sent again
 * (SENDING) once the cause is cleared; a PRINTED job is final and is never printed a second time.
 */
public enum PrintJobState {
    QUEUED,
    SENDING,
    PRINTED,
    FAILED;

    /** Whether a job in this state may move to {@code next}. */
    public boolean canMoveTo(PrintJobState next) {
        return switch (this) {
            case QUEUED -> next == SENDING || next == FAILED;
            case SENDING -> next == PRINTED || next == FAILED;
            case FAILED -> next == SENDING;
            case PRINTED -> false;
        };
    }
}
