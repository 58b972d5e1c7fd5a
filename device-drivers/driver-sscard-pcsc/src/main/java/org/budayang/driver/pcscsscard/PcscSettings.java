package org.budayang.driver.pcscsscard;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.budayang.driver.DriverSettings;

/**
 * The {@code pcsc-sscard} settings.
 *
 * @param reader       a substring of the PC/SC reader name (e.g. {@code Virtual PCD 00 00}, {@code ACS ACR39});
 *                     empty: the first reader listed
 * @param pollInterval how long the card watcher waits for a change per call (and so how soon close() is done)
 * @param readAttempts how many times a read is tried when the card's answer is corrupt
 */
public record PcscSettings(Optional<String> reader, Duration pollInterval, int readAttempts) {
    public static final Set<String> KEYS = Set.of("reader", "pollInterval", "readAttempts");

    public PcscSettings {
        if (reader == null) {
            throw new IllegalArgumentException("PcscSettings.reader is required (may be empty)");
        }
        if (pollInterval == null || pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException("PcscSettings.pollInterval must be positive, got " + pollInterval);
        }
        if (readAttempts < 1 || readAttempts > 5) {
            throw new IllegalArgumentException("PcscSettings.readAttempts must be 1 to 5, got " + readAttempts);
        }
    }

    static PcscSettings from(DriverSettings settings) {
        settings.requireOnly(KEYS);
        return new PcscSettings(settings.optionalString("reader"),
                settings.optionalDuration("pollInterval", Duration.ofMillis(50), Duration.ofSeconds(5))
                        .orElse(Duration.ofMillis(250)),
                settings.optionalInteger("readAttempts", 1, 5).orElse(2));
    }
}
