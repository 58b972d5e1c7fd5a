package org.budayang.api.fleet;

import org.budayang.api.ApiPaths;

/** The fleet operations paths: kiosk telemetry and commands, and the ops side. */
public final class FleetPaths {
    /** {@code POST}: a {@link Heartbeat} (kiosk, idempotency key). */
    public static final String HEARTBEATS = ApiPaths.V1 + "/heartbeats";
    /** {@code GET}: the kiosk's pending {@link KioskCommand}s; {@code ?waitSeconds=0..30} holds the request open. */
    public static final String COMMANDS = ApiPaths.V1 + "/commands";
    /** {@code POST}: a {@link CommandResult} for {@code {commandId}}. */
    public static final String COMMAND_RESULT = ApiPaths.V1 + "/commands/{commandId}/result";
    /** {@code GET} over mutual TLS: {@link KioskSelf}, what central sees of the calling kiosk. */
    public static final String KIOSK_SELF = ApiPaths.V1 + "/kiosks/self";
    /**
     * {@code POST} over mutual TLS: a {@link SelftestUpload} (kiosk, idempotency key); answers 201 with the
     * {@link KioskSelf.SelftestSummary} central stored.
     */
    public static final String KIOSK_SELFTESTS = ApiPaths.V1 + "/kiosks/self/selftests";
    /** Everything under it needs the ops token ({@code Authorization: Bearer <ops.token>}) and an ops user. */
    public static final String OPS = ApiPaths.V1 + "/ops";
    /** {@code POST} a {@link CommandRequest}; {@code GET} the kiosk's {@link CommandStatus}es. */
    public static final String OPS_KIOSK_COMMANDS = OPS + "/kiosks/{kioskId}/commands";
    /** {@code GET}: the attachment of a command's result (logs, screenshot). */
    public static final String OPS_COMMAND_ATTACHMENT = OPS + "/commands/{commandId}/attachment";
    /** {@code GET}: the kiosk's newest heartbeat. */
    public static final String OPS_KIOSK_STATE = OPS + "/kiosks/{kioskId}/state";
    /** {@code GET}: the kiosk's self-test reports central keeps, newest (last received) first. */
    public static final String OPS_KIOSK_SELFTESTS = OPS + "/kiosks/{kioskId}/selftests";
    /** {@code GET}: alerts, {@code ?state=OPEN|ACKNOWLEDGED|RESOLVED}. */
    public static final String OPS_ALERTS = OPS + "/alerts";
    /** {@code POST}: acknowledge an alert. */
    public static final String OPS_ALERT_ACKNOWLEDGE = OPS + "/alerts/{alertId}/acknowledge";
    /** {@code POST}: resolve an alert by hand. */
    public static final String OPS_ALERT_RESOLVE = OPS + "/alerts/{alertId}/resolve";
    /** The ops user acting, until the console's login exists (1–64 of [A-Za-z0-9._@-]). */
    public static final String OPS_USER_HEADER = "X-Budayang-Ops-User";

    /** {@code /api/v1/commands/<id>/result}. */
    public static String commandResult(String commandId) {
        return COMMAND_RESULT.replace("{commandId}", commandId);
    }

    private FleetPaths() {
    }
}
