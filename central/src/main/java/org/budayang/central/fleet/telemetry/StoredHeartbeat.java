package org.budayang.central.fleet.telemetry;

import java.time.Instant;
import org.budayang.api.fleet.Heartbeat;

/**
 * A kiosk's heartbeat as central stored it.
 *
 * @param kioskId    the kiosk that sent it
 * @param heartbeat  what it said
 * @param receivedAt when central received it
 */
public record StoredHeartbeat(String kioskId, Heartbeat heartbeat, Instant receivedAt) {
}
