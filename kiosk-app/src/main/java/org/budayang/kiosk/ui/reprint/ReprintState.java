package org.budayang.kiosk.ui.reprint;

/** The reprint offer's life: nothing shown, asking the desk, offering, printing, printed, failed. */
public enum ReprintState {
    NONE,
    CHECKING,
    OFFERED,
    PRINTING,
    PRINTED,
    FAILED;

    /** Whether the offer's screen is shown in this state. */
    public boolean shown() {
        return this == OFFERED || this == PRINTING || this == PRINTED || this == FAILED;
    }
}
