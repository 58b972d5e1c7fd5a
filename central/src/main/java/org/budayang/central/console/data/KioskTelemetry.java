package org.budayang.central.console.data;

import java.util.List;
import java.util.Objects;
import org.budayang.central.fleet.telemetry.StoredHeartbeat;

/**
 * A kiosk's telemetry as fleet-ops stored it (HeartbeatRepository): the newest heartbeat with each device role's
 * health, and the bounded history, newest first.
 *
 * @param current the newest heartbeat (by the kiosk's sentAt)
 * @param history the latest heartbeats received, newest first, at most {@link #HISTORY}
 */
public record KioskTelemetry(StoredHeartbeat current, List<StoredHeartbeat> history) {
    /** Heartbeats of the history shown on the kiosk page. */
    public static final int HISTORY = 10;

    public KioskTelemetry {
        Objects.requireNonNull(current, "KioskTelemetry.current");
        history = List.copyOf(history);
    }
}
