package org.budayang.central.fleet.alerts;

/** Why an alert opened. Subjects: the device role, the item code, the evaluation id, or "" for the kiosk. */
public enum AlertRule {
    /** No heartbeat for {@code alerts.silentIntervals} heartbeat intervals (checked by a timer). */
    KIOSK_SILENT(true),
    /** A configured device OFFLINE for longer than {@code alerts.deviceOfflineAfter}. */
    DEVICE_OFFLINE(true),
    PAPER_OUT(true),
    PAPER_LOW(true),
    /** CASHBOX_FULL reported, or the cash box at least {@code alerts.cashBoxPercent} full. */
    CASHBOX_FULL(true),
    /** {@code alerts.itemFailures} failed transactions of one item within {@code alerts.itemFailureWindow}. */
    ITEM_FAILURES(true),
    /** 差评 received: ops call back within one working day; resolved by ops, never by itself. */
    BAD_EVALUATION(false);

    private final boolean autoResolves;

    AlertRule(boolean autoResolves) {
        this.autoResolves = autoResolves;
    }

    /** Whether the alert resolves itself when its condition clears. */
    public boolean autoResolves() {
        return autoResolves;
    }
}
