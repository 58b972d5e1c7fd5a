package org.budayang.central.fleet.telemetry;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

/**
 * Configuration keys {@code telemetry.*}: {@code interval} (the kiosks' heartbeat interval, ISO-8601, default
 * PT30S), {@code historyPerKiosk} (heartbeats kept per kiosk, default 2880 = one day at 30 s),
 * {@code historyRetention} (no heartbeat older than this is kept, default P7D), {@code purgeEvery} (default PT1H),
 * {@code historySampleEvery} (an unchanged kiosk's heartbeat goes to the history once per this period; every change
 * of health goes at once; PT0S keeps every heartbeat; default PT10M — decision 0015).
 */
public record TelemetrySettings(Duration interval, int historyPerKiosk, Duration historyRetention,
                                Duration purgeEvery, Duration historySampleEvery) {
    public static final TelemetrySettings DEFAULTS = new TelemetrySettings(Duration.ofSeconds(30), 2880,
            Duration.ofDays(7), Duration.ofHours(1), Duration.ofMinutes(10));

    public TelemetrySettings {
        if (interval == null || interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("TelemetrySettings.interval: " + interval + " must be positive");
        }
        if (historyPerKiosk < 1) {
            throw new IllegalArgumentException("TelemetrySettings.historyPerKiosk: " + historyPerKiosk
                    + " must be at least 1");
        }
        if (historyRetention == null || historyRetention.isNegative() || historyRetention.isZero()) {
            throw new IllegalArgumentException("TelemetrySettings.historyRetention: " + historyRetention
                    + " must be positive");
        }
        if (purgeEvery == null || purgeEvery.isNegative() || purgeEvery.isZero()) {
            throw new IllegalArgumentException("TelemetrySettings.purgeEvery: " + purgeEvery + " must be positive");
        }
        if (historySampleEvery == null || historySampleEvery.isNegative()) {
            throw new IllegalArgumentException("TelemetrySettings.historySampleEvery: " + historySampleEvery
                    + " must be zero (every heartbeat) or positive");
        }
    }

    /** From {@code CentralConfig.section("telemetry")}. */
    public static TelemetrySettings from(Map<String, String> section) {
        SettingsReader keys = new SettingsReader("telemetry", section,
                Set.of("interval", "historyPerKiosk", "historyRetention", "purgeEvery", "historySampleEvery"));
        return new TelemetrySettings(
                keys.duration("interval", DEFAULTS.interval, Duration.ofSeconds(1), Duration.ofHours(1)),
                (int) keys.number("historyPerKiosk", DEFAULTS.historyPerKiosk, 1, 1_000_000),
                keys.duration("historyRetention", DEFAULTS.historyRetention, Duration.ofHours(1), Duration.ofDays(400)),
                keys.duration("purgeEvery", DEFAULTS.purgeEvery, Duration.ofMinutes(1), Duration.ofDays(1)),
                keys.duration("historySampleEvery", DEFAULTS.historySampleEvery, Duration.ZERO, Duration.ofDays(1)));
    }
}
