package org.budayang.driver;

import java.time.Duration;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The typed settings of one device role (e.g. {@code receiptPrinter}: {@code port}, {@code baud}, …),
 * an immutable view over the role's configured strings.
 *
 * <p>Every getter either returns a valid value or throws a {@link DriverConfigurationException} that
 * names the role, the key, the value and what is accepted. A required setting that is missing is an
 * error; an {@code optional…} getter returns empty only when the key is absent — a key that is present
 * with a bad or empty value is always an error, never a silent fallback to a default. Values are read
 * with surrounding whitespace stripped. {@link #requireOnly(Set)} refuses keys the driver does not know,
 * so that a misspelt key does not silently leave a default in place.
 */
public final class DriverSettings {
    private final String role;
    private final Map<String, String> values;

    private DriverSettings(String role, Map<String, String> values) {
        this.role = role;
        this.values = values;
    }

    /**
     * @param role   the device role these settings configure, e.g. {@code receiptPrinter}
     * @param values the role's settings (copied)
     */
    public static DriverSettings of(String role, Map<String, String> values) {
        Objects.requireNonNull(role, "DriverSettings.role is required");
        if (role.isBlank()) {
            throw new IllegalArgumentException("DriverSettings.role must name the device role, got a blank role");
        }
        Objects.requireNonNull(values, "DriverSettings.values is required (may be empty)");
        TreeMap<String, String> copy = new TreeMap<>();
        values.forEach((key, value) -> {
            if (key == null || key.isBlank()) {
                throw new IllegalArgumentException(role + ": a setting has a blank key (value '" + value + "')");
            }
            if (value == null) {
                throw new IllegalArgumentException(role + ": setting '" + key + "' has no value (null)");
            }
            copy.put(key, value);
        });
        return new DriverSettings(role, Collections.unmodifiableMap(copy));
    }

    public String role() {
        return role;
    }

    /** The configured keys, sorted. */
    public Set<String> keys() {
        return values.keySet();
    }

    /** All settings as configured (unmodifiable, sorted by key). */
    public Map<String, String> asMap() {
        return values;
    }

    /**
     * Refuses any key that is not in {@code accepted}.
     *
     * @return this, for chaining
     */
    public DriverSettings requireOnly(Set<String> accepted) {
        for (String key : values.keySet()) {
            if (!accepted.contains(key)) {
                throw new DriverConfigurationException(DriverConfigurationException.Reason.UNKNOWN_KEY, role, key,
                        values.get(key), "the keys " + String.join(", ", new TreeSet<>(accepted)));
            }
        }
        return this;
    }

    /** A required non-empty text. */
    public String string(String key) {
        return optionalString(key).orElseThrow(() -> missing(key, "any non-empty text"));
    }

    /** A non-empty text, or empty when the key is absent. */
    public Optional<String> optionalString(String key) {
        return raw(key).map(value -> {
            if (value.isEmpty()) {
                throw invalid(key, value, "any non-empty text");
            }
            return value;
        });
    }

    /** A required integer from {@code min} to {@code max} inclusive. */
    public int integer(String key, int min, int max) {
        OptionalInt value = optionalInteger(key, min, max);
        if (value.isEmpty()) {
            throw missing(key, integerRange(min, max));
        }
        return value.getAsInt();
    }

    /** An integer from {@code min} to {@code max} inclusive, or empty when the key is absent. */
    public OptionalInt optionalInteger(String key, int min, int max) {
        if (min > max) {
            throw new IllegalArgumentException("integer range for '" + key + "' is empty: " + min + " > " + max);
        }
        Optional<String> text = raw(key);
        if (text.isEmpty()) {
            return OptionalInt.empty();
        }
        int value;
        try {
            value = Integer.parseInt(text.get());
        } catch (NumberFormatException notAnInteger) {
            throw invalid(key, text.get(), integerRange(min, max));
        }
        if (value < min || value > max) {
            throw invalid(key, text.get(), integerRange(min, max));
        }
        return OptionalInt.of(value);
    }

    /** A required constant of {@code type}, matched by name regardless of case. */
    public <E extends Enum<E>> E enumValue(String key, Class<E> type) {
        return optionalEnum(key, type).orElseThrow(() -> missing(key, enumNames(type)));
    }

    /** A constant of {@code type} matched by name regardless of case, or empty when the key is absent. */
    public <E extends Enum<E>> Optional<E> optionalEnum(String key, Class<E> type) {
        return raw(key).map(text -> {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equalsIgnoreCase(text)) {
                    return constant;
                }
            }
            throw invalid(key, text, enumNames(type));
        });
    }

    /** A required duration from {@code min} to {@code max} inclusive, written as {@value DurationText#SYNTAX}. */
    public Duration duration(String key, Duration min, Duration max) {
        return optionalDuration(key, min, max).orElseThrow(() -> missing(key, durationRange(min, max)));
    }

    /** A duration from {@code min} to {@code max} inclusive, or empty when the key is absent. */
    public Optional<Duration> optionalDuration(String key, Duration min, Duration max) {
        if (min.compareTo(max) > 0) {
            throw new IllegalArgumentException("duration range for '" + key + "' is empty: " + min + " > " + max);
        }
        return raw(key).map(text -> {
            Duration value = DurationText.parse(text)
                    .orElseThrow(() -> invalid(key, text, durationRange(min, max)));
            if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
                throw invalid(key, text, durationRange(min, max));
            }
            return value;
        });
    }

    private Optional<String> raw(String key) {
        Objects.requireNonNull(key, "key is required");
        return Optional.ofNullable(values.get(key)).map(String::strip);
    }

    private DriverConfigurationException missing(String key, String accepted) {
        return new DriverConfigurationException(DriverConfigurationException.Reason.MISSING, role, key, null, accepted);
    }

    private DriverConfigurationException invalid(String key, String value, String accepted) {
        return new DriverConfigurationException(DriverConfigurationException.Reason.INVALID, role, key, value, accepted);
    }

    private static String integerRange(int min, int max) {
        return "an integer from " + min + " to " + max;
    }

    private static String durationRange(Duration min, Duration max) {
        return DurationText.SYNTAX + ", from " + DurationText.format(min) + " to " + DurationText.format(max);
    }

    private static <E extends Enum<E>> String enumNames(Class<E> type) {
        StringBuilder names = new StringBuilder("one of ");
        E[] constants = type.getEnumConstants();
        for (int i = 0; i < constants.length; i++) {
            names.append(i == 0 ? "" : ", ").append(constants[i].name().toLowerCase(Locale.ROOT));
        }
        return names.append(" (any case)").toString();
    }

    @Override
    public String toString() {
        return "DriverSettings[" + role + ", keys=" + values.keySet() + "]";
    }
}
