package org.budayang.central.fleet.alerts;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.budayang.central.fleet.telemetry.SettingsReader;

/**
 * Configuration keys {@code alerts.*}: {@code webhookUrl} (where alert events are POSTed; none: no notifications),
 * {@code webhookAttempts} (default 5), {@code webhookBackoff} (first wait between attempts, doubled each time,
 * default PT2S), {@code silentIntervals} (heartbeat intervals without a heartbeat before KIOSK_SILENT, default 3),
 * {@code deviceOfflineAfter} (default PT2M), {@code cashBoxPercent} (default 90), {@code itemFailures} (default 3)
 * within {@code itemFailureWindow} (default PT1H), {@code checkEvery} (the silence check, default PT10S).
 */
public record AlertSettings(URI webhookUrl, int webhookAttempts, Duration webhookBackoff, int silentIntervals,
                            Duration deviceOfflineAfter, int cashBoxPercent, int itemFailures,
                            Duration itemFailureWindow, Duration checkEvery) {
    public static final AlertSettings DEFAULTS = new AlertSettings(null, 5, Duration.ofSeconds(2), 3,
            Duration.ofMinutes(2), 90, 3, Duration.ofHours(1), Duration.ofSeconds(10));

    public AlertSettings {
        if (webhookAttempts < 1 || silentIntervals < 1 || itemFailures < 1 || cashBoxPercent < 1
                || cashBoxPercent > 100) {
            throw new IllegalArgumentException("AlertSettings: webhookAttempts " + webhookAttempts + ", silentIntervals "
                    + silentIntervals + ", itemFailures " + itemFailures + " must be at least 1 and cashBoxPercent "
                    + cashBoxPercent + " in 1..100");
        }
        for (Duration d : new Duration[] {webhookBackoff, deviceOfflineAfter, itemFailureWindow, checkEvery}) {
            if (d == null || d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("AlertSettings: every duration must be positive, got " + d);
            }
        }
    }

    public static AlertSettings from(Map<String, String> section) {
        SettingsReader keys = new SettingsReader("alerts", section, Set.of("webhookUrl", "webhookAttempts",
                "webhookBackoff", "silentIntervals", "deviceOfflineAfter", "cashBoxPercent", "itemFailures",
                "itemFailureWindow", "checkEvery"));
        AlertSettings d = DEFAULTS;
        return new AlertSettings(keys.url("webhookUrl"),
                (int) keys.number("webhookAttempts", d.webhookAttempts, 1, 20),
                keys.duration("webhookBackoff", d.webhookBackoff, Duration.ofMillis(10), Duration.ofMinutes(10)),
                (int) keys.number("silentIntervals", d.silentIntervals, 1, 1000),
                keys.duration("deviceOfflineAfter", d.deviceOfflineAfter, Duration.ZERO.plusSeconds(1),
                        Duration.ofDays(1)),
                (int) keys.number("cashBoxPercent", d.cashBoxPercent, 1, 100),
                (int) keys.number("itemFailures", d.itemFailures, 1, 1000),
                keys.duration("itemFailureWindow", d.itemFailureWindow, Duration.ofMinutes(1), Duration.ofDays(7)),
                keys.duration("checkEvery", d.checkEvery, Duration.ofMillis(100), Duration.ofHours(1)));
    }

    public AlertSettings withWebhook(URI url, int attempts, Duration backoff) {
        return new AlertSettings(url, attempts, backoff, silentIntervals, deviceOfflineAfter, cashBoxPercent,
                itemFailures, itemFailureWindow, checkEvery);
    }
}
