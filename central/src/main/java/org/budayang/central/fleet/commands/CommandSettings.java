package org.budayang.central.fleet.commands;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.budayang.central.fleet.telemetry.SettingsReader;

/**
 * Configuration keys {@code commands.*}: {@code longPollMax} (the longest a kiosk's {@code GET /api/v1/commands}
 * is held open, default PT25S), {@code expiryCheckEvery} (default PT1M), {@code pollLimit} (commands handed out per
 * poll, default 10).
 */
public record CommandSettings(Duration longPollMax, Duration expiryCheckEvery, int pollLimit) {
    public static final CommandSettings DEFAULTS = new CommandSettings(Duration.ofSeconds(25), Duration.ofMinutes(1),
            10);

    public static CommandSettings from(Map<String, String> section) {
        SettingsReader keys = new SettingsReader("commands", section, Set.of("longPollMax", "expiryCheckEvery",
                "pollLimit"));
        return new CommandSettings(
                keys.duration("longPollMax", DEFAULTS.longPollMax, Duration.ZERO, Duration.ofSeconds(60)),
                keys.duration("expiryCheckEvery", DEFAULTS.expiryCheckEvery, Duration.ofMillis(100),
                        Duration.ofHours(1)),
                (int) keys.number("pollLimit", DEFAULTS.pollLimit, 1, 100));
    }
}
