package org.budayang.driver;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads and writes durations the way a technician types them: {@code 500ms}, {@code 5s}, {@code 2m}, {@code 1h}, or ISO-8601. */
final class DurationText {
    static final String SYNTAX = "a duration such as 500ms, 5s, 2m, 1h or ISO-8601 PT1.5S";

    private static final Pattern SHORT = Pattern.compile("(\\d{1,9})(ms|s|m|h)");

    private DurationText() {
    }

    /** The duration the text denotes, or empty when it is not a duration. */
    static Optional<Duration> parse(String text) {
        Matcher shortForm = SHORT.matcher(text);
        if (shortForm.matches()) {
            long amount = Long.parseLong(shortForm.group(1));
            switch (shortForm.group(2)) {
                case "ms":
                    return Optional.of(Duration.ofMillis(amount));
                case "s":
                    return Optional.of(Duration.ofSeconds(amount));
                case "m":
                    return Optional.of(Duration.ofMinutes(amount));
                default:
                    return Optional.of(Duration.ofHours(amount));
            }
        }
        try {
            return Optional.of(Duration.parse(text));
        } catch (DateTimeParseException notIso) {
            return Optional.empty();
        }
    }

    /** The shortest exact short form of a duration, e.g. {@code 1500ms}, {@code 90s}, {@code 2h}. */
    static String format(Duration duration) {
        if (duration.isNegative() || duration.getNano() % 1_000_000 != 0) {
            return duration.toString();
        }
        long millis = duration.toMillis();
        if (millis != 0 && millis % 3_600_000 == 0) {
            return millis / 3_600_000 + "h";
        }
        if (millis != 0 && millis % 60_000 == 0) {
            return millis / 60_000 + "m";
        }
        if (millis % 1_000 == 0) {
            return millis / 1_000 + "s";
        }
        return millis + "ms";
    }
}
