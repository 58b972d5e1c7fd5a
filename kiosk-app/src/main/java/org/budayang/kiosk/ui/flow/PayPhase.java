package org.budayang.kiosk.ui.flow;

/**
 * Where the PAY step stands ({@link PayModel}).
 *
 * <pre>
 *   LOADING   the bill is asked of central                        → CHOOSE
 *   CHOOSE    the bill; 现金 / 扫码支付 (disabled with a reason)   → WORKING
 *   WORKING   an order is made, or the end is settled at central  → CASH | QR | PAID | REFUNDED | CANCELLED | PENDING
 *   CASH      notes are taken: due, inserted, still due; 取消      → WORKING
 *   QR        the QR with its countdown, central polled; 取消     → WORKING
 *   PAID      FULFILLED: receipt printed, 下一步
 *   REFUNDED  money taken is refunded: 退款凭证 printed, 结束办理
 *   CANCELLED nothing taken: back to CHOOSE with 返回 or 结束办理
 *   PENDING   central did not say how it ended: the recovery settles it, 呼叫帮办
 * </pre>
 */
public enum PayPhase {
    LOADING,
    CHOOSE,
    WORKING,
    CASH,
    QR,
    PAID,
    REFUNDED,
    CANCELLED,
    PENDING;

    /** Money may be on its way: the citizen must use 取消 (not 返回), and a wipe cancels at central. */
    public boolean open() {
        return this == WORKING || this == CASH || this == QR;
    }

    /** The payment ended one way or the other. */
    public boolean ended() {
        return this == PAID || this == REFUNDED || this == CANCELLED || this == PENDING;
    }
}
