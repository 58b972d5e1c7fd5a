package org.budayang.central.console.data;

/** The SQL that turns a kiosks row and its telemetry row into a {@link KioskStatus} name. */
final class StatusSql {
    /** With telemetry ({@code s} joined): takes one parameter, the instant before which a kiosk counts as silent. */
    static final String WITH_TELEMETRY = "CASE WHEN k.enabled = FALSE THEN 'DISABLED' WHEN s.kiosk_id IS NULL "
            + "THEN 'UNKNOWN' WHEN s.last_heartbeat_at < ? THEN 'OFFLINE' ELSE s.status END";
    /** Without telemetry: only enabled/disabled is known. */
    static final String WITHOUT_TELEMETRY = "CASE WHEN k.enabled = FALSE THEN 'DISABLED' ELSE 'UNKNOWN' END";
    static final String JOIN = " LEFT JOIN " + Sources.KIOSK_STATE + " s ON s.kiosk_id = k.kiosk_id";

    private StatusSql() {
    }

    static KioskStatus parse(String name) {
        try {
            return KioskStatus.valueOf(name);
        } catch (IllegalArgumentException | NullPointerException e) {
            return KioskStatus.UNKNOWN;
        }
    }
}
