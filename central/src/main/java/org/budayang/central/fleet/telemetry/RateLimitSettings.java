package org.budayang.central.fleet.telemetry;

import java.util.Map;
import java.util.Set;

/**
 * Configuration keys {@code ratelimit.*}: {@code kioskPerSecond} (each kiosk's sustained rate of POST/PUT/PATCH/
 * DELETE, default 2) and {@code kioskBurst} (how many at once, default 60: an outbox draining after an outage).
 */
public record RateLimitSettings(double perSecond, int burst) {
    public static final RateLimitSettings DEFAULTS = new RateLimitSettings(2, 60);

    public RateLimitSettings {
        if (!(perSecond > 0) || perSecond > 10_000) {
            throw new IllegalArgumentException("RateLimitSettings.perSecond: " + perSecond + " is not in (0, 10000]");
        }
        if (burst < 1 || burst > 100_000) {
            throw new IllegalArgumentException("RateLimitSettings.burst: " + burst + " is not in 1..100000");
        }
    }

    public static RateLimitSettings from(Map<String, String> section) {
        SettingsReader keys = new SettingsReader("ratelimit", section, Set.of("kioskPerSecond", "kioskBurst"));
        return new RateLimitSettings(keys.number("kioskPerSecond", 2, 1, 10_000),
                (int) keys.number("kioskBurst", DEFAULTS.burst, 1, 100_000));
    }
}
