package org.budayang.api.fleet;

import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/** Validation helpers of the fleet records; every message names the record's field, the value and what is accepted. */
final class Check {
    static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,31}");
    static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{8,64}");

    private Check() {
    }

    static <T> T present(String field, T value) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value;
    }

    static long range(String field, long value, long min, long max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(field + ": " + value + " is out of range; accepted " + min + ".." + max);
        }
        return value;
    }

    /** A stripped text of 1..max characters matching {@code pattern} (described as {@code accepted}). */
    static String text(String field, String value, int max, Pattern pattern, String accepted) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank; accepted " + accepted);
        }
        String stripped = value.strip();
        if (stripped.length() > max || (pattern != null && !pattern.matcher(stripped).matches())) {
            throw new IllegalArgumentException(field + ": '" + shown(stripped) + "' is not accepted; expected "
                    + accepted);
        }
        return stripped;
    }

    /**
     * As {@link #text} but a refusal does not repeat the value (a field where a kiosk bug could put what a citizen
     * typed, such as the screen name: the message must not carry it into a response or a log).
     */
    static String quietText(String field, String value, int max, Pattern pattern, String accepted) {
        if (value == null || value.isBlank() || value.strip().length() > max
                || !pattern.matcher(value.strip()).matches()) {
            throw new IllegalArgumentException(field + " is not accepted (" + (value == null ? 0 : value.length())
                    + " characters, value not repeated); expected " + accepted);
        }
        return value.strip();
    }

    /** Null or blank → null; otherwise as {@link #text}. */
    static String optionalText(String field, String value, int max, Pattern pattern, String accepted) {
        return value == null || value.isBlank() ? null : text(field, value, max, pattern, accepted);
    }

    static <T> List<T> list(String field, Collection<T> values, int max) {
        if (values == null) {
            return List.of();
        }
        if (values.size() > max) {
            throw new IllegalArgumentException(field + " has " + values.size() + " entries; at most " + max);
        }
        for (T value : values) {
            if (value == null) {
                throw new IllegalArgumentException(field + " contains null");
            }
        }
        return List.copyOf(values);
    }

    /** At most 60 characters of a refused value, so that a message never carries a whole payload. */
    static String shown(String value) {
        return value.length() > 60 ? value.substring(0, 60) + "…" : value;
    }
}
