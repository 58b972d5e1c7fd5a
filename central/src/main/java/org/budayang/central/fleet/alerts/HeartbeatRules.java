package org.budayang.central.fleet.alerts;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.budayang.api.fleet.DeviceHealth;
import org.budayang.api.fleet.DeviceState;
import org.budayang.api.fleet.Heartbeat;

/**
 * The alert rules a heartbeat decides by itself: what is wrong according to the kiosk's newest heartbeat, as
 * (rule, subject) → detail. A rule of {@link #RULES} that is not in the answer has cleared.
 */
final class HeartbeatRules {
    /** The rules a heartbeat opens and clears (KIOSK_SILENT is cleared by any heartbeat). */
    static final Set<AlertRule> RULES = Set.of(AlertRule.KIOSK_SILENT, AlertRule.DEVICE_OFFLINE, AlertRule.PAPER_OUT,
            AlertRule.PAPER_LOW, AlertRule.CASHBOX_FULL);

    private final AlertSettings settings;

    HeartbeatRules(AlertSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    Map<Alert.Key, String> evaluate(String kioskId, Heartbeat heartbeat) {
        Map<Alert.Key, String> active = new LinkedHashMap<>();
        for (DeviceHealth device : heartbeat.devices()) {
            String role = device.role();
            if (device.state() == DeviceState.OFFLINE) {
                Duration offline = Duration.between(device.since(), heartbeat.sentAt());
                if (offline.compareTo(settings.deviceOfflineAfter()) >= 0) {
                    active.put(new Alert.Key(kioskId, AlertRule.DEVICE_OFFLINE, role), role + " OFFLINE for "
                            + offline.toSeconds() + " s (since " + device.since() + "); recommended action "
                            + device.action());
                }
            }
            if (device.has("PAPER_OUT")) {
                active.put(new Alert.Key(kioskId, AlertRule.PAPER_OUT, role), role + " is out of paper ("
                        + device.state() + "); replace the paper roll");
            } else if (device.has("PAPER_LOW")) {
                active.put(new Alert.Key(kioskId, AlertRule.PAPER_LOW, role), role + " is low on paper; bring a "
                        + "paper roll at the next visit");
            }
            Integer fill = device.fillPercent();
            if (device.has("CASHBOX_FULL") || (fill != null && fill >= settings.cashBoxPercent())) {
                active.put(new Alert.Key(kioskId, AlertRule.CASHBOX_FULL, role), role + " cash box "
                        + (fill == null ? "reports CASHBOX_FULL" : fill + " % full (alert at "
                        + settings.cashBoxPercent() + " %)") + "; empty it");
            }
        }
        return active;
    }
}
