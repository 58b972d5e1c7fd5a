package org.budayang.central.flows;

/**
 * The follow-up of one 差评: OPEN until the citizen is called back (due within 1 working day), CALLED_BACK until the
 * cause is rectified (due within 15 working days), then RECTIFIED. Each operation names the state it refuses.
 */
public enum FollowUpState {
    OPEN,
    CALLED_BACK,
    RECTIFIED;

    /** The state after the call back; only from OPEN. */
    public FollowUpState callBack() {
        if (this != OPEN) {
            throw new IllegalStateException("Cannot record the call back of a 差评 follow-up in state " + this
                    + "; only an OPEN follow-up is called back");
        }
        return CALLED_BACK;
    }

    /** The state after rectification; only from CALLED_BACK (the citizen is heard first). */
    public FollowUpState rectify() {
        if (this != CALLED_BACK) {
            throw new IllegalStateException("Cannot record the rectification of a 差评 follow-up in state " + this
                    + "; call back first (state CALLED_BACK)");
        }
        return RECTIFIED;
    }
}
