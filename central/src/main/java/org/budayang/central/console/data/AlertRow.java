package org.budayang.central.console.data;

import java.util.Objects;
import org.budayang.central.fleet.alerts.Alert;

/**
 * One fleet alert as fleet-ops keeps it ({@code fleet_alerts}: OPEN → ACKNOWLEDGED → RESOLVED with who and when).
 *
 * @param alert the alert
 */
public record AlertRow(Alert alert) {
    public AlertRow {
        Objects.requireNonNull(alert, "AlertRow.alert");
    }

    public String alertId() {
        return Long.toString(alert.id());
    }

    public String kioskId() {
        return alert.kioskId();
    }

    public String rule() {
        return alert.rule().name();
    }

    /** The device role, item code or evaluation id; "—" for the kiosk itself. */
    public String subject() {
        return alert.subject().isEmpty() ? "—" : alert.subject();
    }

    public String state() {
        return alert.state().name();
    }
}
