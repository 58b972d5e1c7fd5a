package org.budayang.kiosk.ui.printing;

/**
 * Where the print screen is: IDLE (not shown) → PRINTING → PRINTED | FAILED; FAILED → PRINTING on 重新打印;
 * any → IDLE on 返回 (not while PRINTING) or on the session wipe.
 */
public enum PrintProgressState {
    IDLE,
    PRINTING,
    PRINTED,
    FAILED;

    /** Whether {@code next} may follow this state. */
    public boolean canMoveTo(PrintProgressState next) {
        return switch (this) {
            case IDLE -> next == PRINTING;
            case PRINTING -> next == PRINTED || next == FAILED || next == IDLE;
            case PRINTED -> next == IDLE || next == PRINTING;
            case FAILED -> next == PRINTING || next == IDLE;
        };
    }
}
