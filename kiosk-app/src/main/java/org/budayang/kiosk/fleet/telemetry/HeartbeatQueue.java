package org.budayang.kiosk.fleet.telemetry;

/** Where heartbeats go to reach central; {@link OutboxHeartbeatQueue} in the kiosk. */
@FunctionalInterface
public interface HeartbeatQueue {
    /**
     * @param json the heartbeat as JSON
     * @return true when queued, false when coalesced (an older heartbeat still waits: it is not queued)
     */
    boolean offer(String json);
}
