package org.budayang.kiosk.ui.tech;

/**
 * Where the 设备自检 page stands: {@link #READY} shows the configured roles and 开始自检; {@link #RUNNING} tests them one
 * after the other off the FX thread (跳过 skips the role under test, 返回 stops); {@link #DONE} shows each role's result
 * and the summary (开始自检 runs it again).
 */
public enum SelftestPhase {
    READY,
    RUNNING,
    DONE;

    /** Refuses {@code operation} unless the phase is one of {@code allowed}. */
    void require(String operation, SelftestPhase... allowed) {
        for (SelftestPhase phase : allowed) {
            if (phase == this) {
                return;
            }
        }
        throw new IllegalStateException("SELFTEST_PHASE: " + operation + " is not possible in phase " + this
                + " (allowed in " + java.util.Arrays.toString(allowed) + ")");
    }
}
