package org.budayang.central.fleet.alerts;

/** No alert has this id (ALERT_NOT_FOUND). */
public final class AlertNotFoundException extends RuntimeException {
    public AlertNotFoundException(long id) {
        super("No alert has the id " + id + "; list alerts with GET /api/v1/ops/alerts");
    }
}
