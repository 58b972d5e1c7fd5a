package org.budayang.central.fleet.telemetry;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.budayang.api.fleet.FleetPaths;
import org.budayang.api.fleet.Heartbeat;
import org.budayang.central.auth.Access;
import org.budayang.central.auth.KioskId;
import org.budayang.central.auth.KioskIdentity;
import org.budayang.central.fleet.commands.OpsGate;
import org.budayang.central.web.ApiException;
import org.budayang.central.web.CentralModule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /api/v1/heartbeats} (kiosk, {@link Access#REPEATABLE}: no idempotency record — a heartbeat delivered
 * again is recognised by its {@code sentAt} and changes nothing, decision 0015): stores the heartbeat and tells the
 * {@link HeartbeatListener}s (the alert rules); answers 202 {@code {"newest": true|false}}, the same for a repeat.
 * A malformed heartbeat is answered 400 {@code INVALID_FIELD} naming its JSON path and what is accepted.
 * {@code GET /api/v1/ops/kiosks/{kioskId}/state} (ops) answers the kiosk's newest heartbeat.
 */
public final class TelemetryModule implements CentralModule {
    private static final Logger LOG = LoggerFactory.getLogger(TelemetryModule.class);

    private final HeartbeatRepository heartbeats;
    private final List<HeartbeatListener> listeners;
    private final Clock clock;

    public TelemetryModule(HeartbeatRepository heartbeats, List<HeartbeatListener> listeners,
                           Clock clock) {
        this.heartbeats = Objects.requireNonNull(heartbeats, "heartbeats");
        this.listeners = List.copyOf(listeners);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void addRoutes(Javalin app) {
        app.post(FleetPaths.HEARTBEATS, this::receive, Access.REPEATABLE);
        app.get(FleetPaths.OPS_KIOSK_STATE, OpsGate.guard((ctx, user) -> state(ctx)), OpsGate.ROLES);
    }

    @Override
    public Optional<String> openApiFragment() {
        return Optional.of("openapi/fleet-telemetry.json");
    }

    private void receive(Context ctx) {
        String kiosk = KioskIdentity.of(ctx).kioskId();
        Heartbeat heartbeat = FleetJson.read(ctx, Heartbeat.class);
        Instant received = clock.instant();
        HeartbeatRepository.Recorded recorded = heartbeats.record(kiosk, heartbeat, received);
        boolean newest = recorded.newest();
        for (HeartbeatListener listener : recorded.duplicate() ? List.<HeartbeatListener>of() : listeners) {
            try {
                listener.onHeartbeat(kiosk, heartbeat, received, newest);
            } catch (RuntimeException e) {
                // the heartbeat is stored; the next one evaluates the rules again
                LOG.error("Evaluating the heartbeat of kiosk {} sent at {} failed in {}", kiosk, heartbeat.sentAt(),
                        listener.getClass().getSimpleName(), e);
            }
        }
        ctx.status(202).json(Map.of("newest", newest));
    }

    private void state(Context ctx) {
        String kiosk = ctx.pathParam("kioskId");
        if (!KioskId.isValid(kiosk)) {
            throw ApiException.badRequest("INVALID_FIELD", "Path parameter kioskId '" + printable(kiosk)
                    + "' is not " + KioskId.FORMAT);
        }
        StoredHeartbeat stored = heartbeats.current(kiosk).orElseThrow(() -> new ApiException(404,
                "KIOSK_NEVER_HEARD", "Kiosk " + kiosk + " has sent no heartbeat to central yet."));
        ctx.json(Map.of("kioskId", kiosk, "receivedAt", stored.receivedAt().toString(),
                "heartbeat", stored.heartbeat()));
    }

    static String printable(String text) {
        String kept = text.codePoints().filter(c -> c >= 0x20 && c < 0x7f).limit(40)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return text.length() > 40 ? kept + "…" : kept;
    }
}
