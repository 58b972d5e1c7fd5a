package org.budayang.central.fleet.alerts;

/** Why an alert opened. Subjects: the device role, the item code, the evaluation id, or "" for the kiosk. */
public enum AlertRule {
    /** No heartbeat for {@code alerts.silentIntervals} heartbeat intervals (checked by a timer). */
    KIOSK_SILENT(true, Severity.CRITICAL, false),
    /** A configured device OFFLINE for longer than {@code alerts.deviceOfflineAfter}. */
    DEVICE_OFFLINE(true, Severity.CRITICAL, true),
    PAPER_OUT(true, Severity.CRITICAL, true),
    PAPER_LOW(true, Severity.WARNING, true),
    /** CASHBOX_FULL reported, or the cash box at least {@code alerts.cashBoxPercent} full. */
    CASHBOX_FULL(true, Severity.CRITICAL, true),
    /** {@code alerts.itemFailures} failed transactions of one item within {@code alerts.itemFailureWindow}. */
    ITEM_FAILURES(true, Severity.WARNING, false),
    /** 差评 received: ops call back within one working day; resolved by ops, never by itself. */
    BAD_EVALUATION(false, Severity.WARNING, false);

    /**
     * How urgent an alert of the rule is: CRITICAL when the kiosk or one of its devices cannot serve citizens now
     * (silent, offline, out of paper, cash box full), WARNING when it still serves (paper low, failures of one item,
     * a 差评 to call back).
     */
    public enum Severity { WARNING, CRITICAL }

    private final boolean autoResolves;
    private final Severity severity;
    private final boolean subjectIsRole;

    AlertRule(boolean autoResolves, Severity severity, boolean subjectIsRole) {
        this.autoResolves = autoResolves;
        this.severity = severity;
        this.subjectIsRole = subjectIsRole;
    }

    public Severity severity() {
        return severity;
    }

    /** Whether the alert's subject is a device role (the heartbeat rules); else an item code, an evaluation or "". */
    public boolean subjectIsRole() {
        return subjectIsRole;
    }

    /** Whether the alert resolves itself when its condition clears. */
    public boolean autoResolves() {
        return autoResolves;
    }
}
