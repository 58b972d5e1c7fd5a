package org.budayang.kiosk.ui.tech;

/**
 * Where the technician's 注册到中心 page stands. {@link #EDITING} takes the code sheet's values; an enrolled kiosk asks
 * {@link #CONFIRM_REPLACE} first (a new certificate replaces the old one); {@link #SENDING} (生成密钥 → 发送申请, one call
 * to central) and {@link #SAVING} (保存证书: the stored credentials are read back) run off the FX thread;
 * {@link #ENROLLED} waits for the technician to confirm the restart, {@link #RESTARTING} is the end.
 */
public enum EnrolPhase {
    EDITING,
    CONFIRM_REPLACE,
    SENDING,
    SAVING,
    ENROLLED,
    RESTARTING;

    /** True while the values may be edited and enrolment started. */
    public boolean editable() {
        return this == EDITING;
    }

    /** True while enrolment runs (the page shows progress, no button starts anything). */
    public boolean running() {
        return this == SENDING || this == SAVING;
    }

    /** Refuses {@code operation} unless the phase is one of {@code allowed}. */
    void require(String operation, EnrolPhase... allowed) {
        for (EnrolPhase phase : allowed) {
            if (phase == this) {
                return;
            }
        }
        throw new IllegalStateException("ENROL_PHASE: " + operation + " is not possible in phase " + this
                + " (allowed in " + java.util.Arrays.toString(allowed) + ")");
    }
}
