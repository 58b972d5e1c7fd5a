package org.budayang.central.fleet.alerts;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.budayang.api.fleet.FleetPaths;
import org.budayang.central.auth.KioskId;
import org.budayang.central.fleet.commands.OpsGate;
import org.budayang.central.web.ApiException;
import org.budayang.central.web.CentralModule;
import org.budayang.central.web.JsonBody;

/**
 * The ops side of alerts: {@code GET /api/v1/ops/alerts} ({@code ?state=OPEN|ACKNOWLEDGED|RESOLVED},
 * {@code ?kioskId=}, {@code ?limit=1..500}, newest first), {@code POST .../{alertId}/acknowledge} and
 * {@code POST .../{alertId}/resolve} (optional body {@code {"note": "..."}}), each with the ops user.
 */
public final class AlertsModule implements CentralModule {
    private final AlertEngine engine;
    private final AlertRepository alerts;

    public AlertsModule(AlertEngine engine, AlertRepository alerts) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.alerts = Objects.requireNonNull(alerts, "alerts");
    }

    /** The optional body of resolve. */
    public record Resolution(String note) {
        public Resolution {
            note = note == null ? "" : note.strip();
            if (note.length() > 500) {
                throw new IllegalArgumentException("Resolution.note has " + note.length() + " characters; at most 500");
            }
        }
    }

    @Override
    public void addRoutes(Javalin app) {
        app.get(FleetPaths.OPS_ALERTS, OpsGate.guard((ctx, user) -> list(ctx)), OpsGate.ROLES);
        app.post(FleetPaths.OPS_ALERT_ACKNOWLEDGE, OpsGate.guard((ctx, user) ->
                ctx.json(transition(() -> engine.acknowledge(alertId(ctx), user)))), OpsGate.ROLES);
        app.post(FleetPaths.OPS_ALERT_RESOLVE, OpsGate.guard((ctx, user) -> {
            String note = ctx.bodyAsBytes().length == 0 ? "" : JsonBody.read(ctx, Resolution.class).note();
            ctx.json(transition(() -> engine.resolve(alertId(ctx), user, note.isEmpty() ? "resolved by " + user : note)));
        }), OpsGate.ROLES);
    }

    @Override
    public Optional<String> openApiFragment() {
        return Optional.of("openapi/fleet-alerts.json");
    }

    private void list(Context ctx) {
        AlertState state = null;
        String stateText = ctx.queryParam("state");
        if (stateText != null) {
            try {
                state = AlertState.valueOf(stateText.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest("INVALID_FIELD", "Query parameter state '" + printable(stateText)
                        + "' is not one of OPEN, ACKNOWLEDGED, RESOLVED");
            }
        }
        String kiosk = ctx.queryParam("kioskId");
        if (kiosk != null && !KioskId.isValid(kiosk)) {
            throw ApiException.badRequest("INVALID_FIELD", "Query parameter kioskId '" + printable(kiosk) + "' is not "
                    + KioskId.FORMAT);
        }
        int limit = 100;
        String limitText = ctx.queryParam("limit");
        if (limitText != null) {
            try {
                limit = Integer.parseInt(limitText.strip());
            } catch (NumberFormatException e) {
                limit = -1;
            }
            if (limit < 1 || limit > 500) {
                throw ApiException.badRequest("INVALID_FIELD", "Query parameter limit '" + printable(limitText)
                        + "' is not a whole number 1..500");
            }
        }
        ctx.json(Map.of("alerts", alerts.list(state, kiosk, limit)));
    }

    private static long alertId(Context ctx) {
        String text = ctx.pathParam("alertId");
        try {
            long id = Long.parseLong(text);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiException.badRequest("INVALID_FIELD", "Path parameter alertId '" + printable(text)
                + "' is not a positive whole number");
    }

    private static Alert transition(java.util.function.Supplier<Alert> operation) {
        try {
            return operation.get();
        } catch (AlertNotFoundException e) {
            throw new ApiException(404, "ALERT_NOT_FOUND", e.getMessage());
        } catch (AlertRefusedException e) {
            throw new ApiException(409, "ALERT_STATE_CONFLICT", e.getMessage());
        }
    }

    private static String printable(String text) {
        String kept = text.codePoints().filter(c -> c >= 0x20 && c < 0x7f).limit(40)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return text.length() > 40 ? kept + "…" : kept;
    }
}
