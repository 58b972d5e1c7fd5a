package org.budayang.central.fleet.telemetry;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import org.budayang.api.fleet.DeviceHealth;
import org.budayang.api.fleet.Heartbeat;

/**
 * What of a heartbeat counts as a change of the kiosk's health for the sampled history: the app version and, per
 * device role, its state, conditions, recommended action and fill level in tens of percent. Network figures,
 * disk, memory, uptime and screen change with every heartbeat and are sampled, not tracked.
 */
final class HealthDigest {
    private HealthDigest() {
    }

    /** SHA-256 (hex) of the health-relevant fields; the device order of the heartbeat does not matter. */
    static String of(Heartbeat heartbeat) {
        StringBuilder text = new StringBuilder(heartbeat.appVersion()).append('\n');
        List<DeviceHealth> devices = heartbeat.devices().stream()
                .sorted(Comparator.comparing(DeviceHealth::role)).toList();
        for (DeviceHealth device : devices) {
            text.append(device.role()).append('|').append(device.state()).append('|')
                    .append(device.conditions().stream().sorted().toList()).append('|').append(device.action())
                    .append('|').append(device.fillPercent() == null ? "-" : device.fillPercent() / 10).append('\n');
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JDK", e);
        }
    }
}
