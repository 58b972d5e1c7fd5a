package org.budayang.kiosk.fleet.telemetry;

/** Where heartbeats go to reach central; {@link OutboxHeartbeatQueue} in the kiosk. */
public interface HeartbeatQueue {
    /** Whether an older heartbeat still waits for central (then a new one is coalesced, not queued). */
    boolean waiting();

    /** Queues the heartbeat (JSON) for central. */
    void offer(String json);
}
