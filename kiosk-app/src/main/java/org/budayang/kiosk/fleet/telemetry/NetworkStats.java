package org.budayang.kiosk.fleet.telemetry;

import org.budayang.api.fleet.NetworkQuality;

/**
 * How the kiosk's calls to central went since the last heartbeat: the last round trip and the failures, fed by
 * every fleet call ({@code FleetClient}) and read by {@link HeartbeatBuilder}. Thread-safe.
 */
public final class NetworkStats {
    private Long lastLatencyMs;
    private long failures;
    private long coalesced;

    public synchronized void succeeded(long latencyMs) {
        lastLatencyMs = Math.max(0, Math.min(latencyMs, 600_000));
    }

    public synchronized void failed() {
        failures = Math.min(failures + 1, 1_000_000);
    }

    /** A heartbeat was not queued because an older one still waits for the network. */
    public synchronized void coalesced() {
        coalesced = Math.min(coalesced + 1, 1_000_000);
    }

    /** The numbers since the previous call, which starts counting afresh (the latency is kept). */
    public synchronized NetworkQuality takeQuality() {
        NetworkQuality quality = new NetworkQuality(lastLatencyMs, failures, coalesced);
        failures = 0;
        coalesced = 0;
        return quality;
    }
}
