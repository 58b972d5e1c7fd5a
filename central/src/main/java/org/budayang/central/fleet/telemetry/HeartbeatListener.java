package org.budayang.central.fleet.telemetry;

import java.time.Instant;
import org.budayang.api.fleet.Heartbeat;

/** Told of every heartbeat central stored (the alert rules), on the request's thread after the write. */
@FunctionalInterface
public interface HeartbeatListener {
    /**
     * @param newest whether it is the kiosk's newest heartbeat (false for one delivered late by the outbox, which
     *               describes the past and must not change current alerts)
     */
    void onHeartbeat(String kioskId, Heartbeat heartbeat, Instant receivedAt, boolean newest);
}
