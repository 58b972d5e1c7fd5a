package org.budayang.central.fleet.enrol;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.budayang.central.config.ConfigException;

/**
 * Configuration section {@code fleet}: {@code fleet.codeValidity} (ISO-8601, default PT72H, 10 minutes to 90
 * days), {@code fleet.certificateValidity} (default P365D, 1 day to 825 days) and
 * {@code fleet.demoEnrolmentSheet} (a file: at each start central creates a fresh code for a demo site and
 * writes the code sheet there, owner-only; for {@code ./budayang demo} only).
 */
public record EnrolmentSettings(Duration codeValidity, Duration certificateValidity, Optional<Path> demoSheet) {
    public static final Duration DEFAULT_CODE_VALIDITY = Duration.ofHours(72);
    public static final Duration DEFAULT_CERTIFICATE_VALIDITY = Duration.ofDays(365);

    public EnrolmentSettings {
        Objects.requireNonNull(codeValidity, "codeValidity");
        Objects.requireNonNull(certificateValidity, "certificateValidity");
        demoSheet = demoSheet == null ? Optional.empty() : demoSheet;
    }

    public static EnrolmentSettings defaults() {
        return new EnrolmentSettings(DEFAULT_CODE_VALIDITY, DEFAULT_CERTIFICATE_VALIDITY, Optional.empty());
    }

    /** From the keys of section {@code fleet} (without the prefix). */
    public static EnrolmentSettings from(Map<String, String> section) {
        Duration code = DEFAULT_CODE_VALIDITY;
        Duration certificate = DEFAULT_CERTIFICATE_VALIDITY;
        Path sheet = null;
        for (Map.Entry<String, String> entry : section.entrySet()) {
            switch (entry.getKey()) {
                case "codeValidity" -> code = duration("fleet.codeValidity", entry.getValue(), Duration.ofMinutes(10),
                        Duration.ofDays(90));
                case "certificateValidity" -> certificate = duration("fleet.certificateValidity", entry.getValue(),
                        Duration.ofDays(1), Duration.ofDays(825));
                case "demoEnrolmentSheet" -> sheet = Path.of(entry.getValue());
                default -> throw new ConfigException("Configuration key 'fleet." + entry.getKey() + "' is unknown; "
                        + "accepted: fleet.codeValidity, fleet.certificateValidity, fleet.demoEnrolmentSheet");
            }
        }
        return new EnrolmentSettings(code, certificate, Optional.ofNullable(sheet));
    }

    static Duration duration(String key, String text, Duration min, Duration max) {
        try {
            Duration value = Duration.parse(text.strip());
            if (value.compareTo(min) >= 0 && value.compareTo(max) <= 0) {
                return value;
            }
        } catch (java.time.format.DateTimeParseException e) {
            // reported below
        }
        throw new ConfigException("Configuration key '" + key + "' has the value '" + text + "'; expected an "
                + "ISO-8601 duration from " + min + " to " + max + ", e.g. PT72H or P365D");
    }
}
