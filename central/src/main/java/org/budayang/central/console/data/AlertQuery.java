package org.budayang.central.console.data;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.budayang.central.fleet.alerts.AlertRepository;
import org.budayang.central.fleet.alerts.AlertState;

/** The alert queue, read through fleet-ops' {@link AlertRepository} ({@code fleet_alerts}). */
final class AlertQuery {
    private final AlertRepository alerts;

    AlertQuery(AlertRepository alerts) {
        this.alerts = alerts;
    }

    /** Alerts in {@code state}, or the unresolved ones (OPEN and ACKNOWLEDGED) when null; newest first. */
    List<AlertRow> queue(String state, int limit) {
        if (state != null) {
            return alerts.list(AlertState.valueOf(state), null, limit).stream().map(AlertRow::new).toList();
        }
        List<AlertRow> unresolved = new ArrayList<>();
        alerts.list(AlertState.OPEN, null, limit).forEach(a -> unresolved.add(new AlertRow(a)));
        alerts.list(AlertState.ACKNOWLEDGED, null, limit).forEach(a -> unresolved.add(new AlertRow(a)));
        unresolved.sort(Comparator.comparingLong((AlertRow a) -> a.alert().id()).reversed());
        return unresolved.subList(0, Math.min(limit, unresolved.size()));
    }
}
