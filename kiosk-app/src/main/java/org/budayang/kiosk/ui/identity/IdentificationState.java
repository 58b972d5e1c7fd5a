package org.budayang.kiosk.ui.identity;

import java.util.EnumSet;
import java.util.Set;

/**
 * Identification (ID card, 社保卡 or 医保电子凭证), as the screens see it (STYLE.md 8).
 *
 * <pre>
 *   state        read() allowed   what the home screen shows
 *   NONE         yes              nothing
 *   WAITING      yes              the way chosen on the choice screen: 请将身份证放在读卡区, 请插入社保卡, 请出示二维码
 *   READING      no               正在读取身份证……
 *   IDENTIFIED   no               the holder masked, 取走身份证即结束办理, 结束办理
 *   EXPIRED      yes              身份证已过有效期，请到窗口换领 (not identified)
 *   FAILED       yes              what to do, 重新读取 (not identified)
 * </pre>
 * A read's result moves READING to IDENTIFIED, EXPIRED or FAILED (or NONE when cancelled; back to WAITING when
 * a 社保卡 is not inserted yet or a scanned code is not a 医保电子凭证); the wipe moves every state to NONE.
 */
public enum IdentificationState {
    NONE,
    WAITING,
    READING,
    IDENTIFIED,
    EXPIRED,
    FAILED;

    private static final Set<IdentificationState> CAN_READ = EnumSet.of(NONE, WAITING, EXPIRED, FAILED);

    /** Whether a new read may start from here (a card placed, 重新读取). */
    public boolean canStartRead() {
        return CAN_READ.contains(this);
    }
}
