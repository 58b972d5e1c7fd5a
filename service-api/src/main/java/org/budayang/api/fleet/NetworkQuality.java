package org.budayang.api.fleet;

/**
 * How the kiosk's link to central has been since its previous heartbeat.
 *
 * @param latencyMs the last round trip to central in milliseconds (0–600000), null when no call succeeded yet
 * @param failures  calls to central that failed (no answer) since the previous heartbeat, 0–1000000
 * @param coalesced heartbeats not queued because an older one was still waiting for the network (0–1000000):
 *                  a measure of how long the kiosk was cut off
 */
public record NetworkQuality(Long latencyMs, long failures, long coalesced) {
    public NetworkQuality {
        if (latencyMs != null) {
            Check.range("NetworkQuality.latencyMs", latencyMs, 0, 600_000);
        }
        Check.range("NetworkQuality.failures", failures, 0, 1_000_000);
        Check.range("NetworkQuality.coalesced", coalesced, 0, 1_000_000);
    }
}
