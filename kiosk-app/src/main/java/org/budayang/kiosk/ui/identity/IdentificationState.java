package org.budayang.kiosk.ui.identity;

import java.util.EnumSet;
import java.util.Set;

/**
 * Identification by ID card, as the screens see it (STYLE.md 8).
 *
 * <pre>
 *   state        read() allowed   what the home screen shows
 *   NONE         yes              nothing
 *   READING      no               正在读取身份证……
 *   IDENTIFIED   no               the holder masked, 取走身份证即结束办理, 结束办理
 *   EXPIRED      yes              身份证已过有效期，请到窗口换领 (not identified)
 *   FAILED       yes              what to do, 重新读取 (not identified)
 * </pre>
 * A read's result moves READING to IDENTIFIED, EXPIRED or FAILED (or NONE when cancelled); the wipe
 * moves every state to NONE.
 */
public enum IdentificationState {
    NONE,
    READING,
    IDENTIFIED,
    EXPIRED,
    FAILED;

    private static final Set<IdentificationState> CAN_READ = EnumSet.of(NONE, EXPIRED, FAILED);

    /** Whether a new read may start from here (a card placed, 重新读取). */
    public boolean canStartRead() {
        return CAN_READ.contains(this);
    }
}
