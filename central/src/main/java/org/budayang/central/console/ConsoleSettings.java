package org.budayang.central.console;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The ops console's settings (configuration section {@code console.*}); every value is checked.
 *
 * @param idleTimeout       a session unused this long ends ({@code console.idleTimeout}, default PT15M)
 * @param absoluteTimeout   a session ends this long after login however busy ({@code console.absoluteTimeout},
 *                          default PT8H)
 * @param maxFailures       failed logins in a row that lock an account ({@code console.lockAfterFailures}, default 5)
 * @param lockDuration      how long a locked account stays locked ({@code console.lockDuration}, default PT15M)
 * @param addressFreeFailures failed logins from one address before it is slowed down
 *                          ({@code console.addressFreeFailures}, default 5)
 * @param addressMaxDelay   the longest wait imposed on a failing address ({@code console.addressMaxDelay}, default PT60S)
 */
public record ConsoleSettings(Duration idleTimeout, Duration absoluteTimeout, int maxFailures, Duration lockDuration,
                              int addressFreeFailures, Duration addressMaxDelay) {
    public static final ConsoleSettings DEFAULT = new ConsoleSettings(Duration.ofMinutes(15), Duration.ofHours(8), 5,
            Duration.ofMinutes(15), 5, Duration.ofSeconds(60));
    private static final Set<String> KEYS = Set.of("idleTimeout", "absoluteTimeout", "lockAfterFailures",
            "lockDuration", "addressFreeFailures", "addressMaxDelay");

    public ConsoleSettings {
        positive(idleTimeout, "idleTimeout");
        positive(absoluteTimeout, "absoluteTimeout");
        positive(lockDuration, "lockDuration");
        positive(addressMaxDelay, "addressMaxDelay");
        if (absoluteTimeout.compareTo(idleTimeout) < 0) {
            throw new IllegalArgumentException("ConsoleSettings.absoluteTimeout " + absoluteTimeout
                    + " is shorter than idleTimeout " + idleTimeout);
        }
        if (maxFailures < 1 || maxFailures > 100) {
            throw new IllegalArgumentException("ConsoleSettings.maxFailures: " + maxFailures + " is outside 1..100");
        }
        if (addressFreeFailures < 1 || addressFreeFailures > 1000) {
            throw new IllegalArgumentException("ConsoleSettings.addressFreeFailures: " + addressFreeFailures
                    + " is outside 1..1000");
        }
    }

    /** From the keys of configuration section {@code console} (without the prefix); absent keys keep the default. */
    public static ConsoleSettings from(Map<String, String> section) {
        Set<String> unknown = new TreeSet<>(section.keySet());
        unknown.removeAll(KEYS);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("Configuration key 'console." + unknown.iterator().next()
                    + "' is unknown; accepted: console." + String.join(", console.", new TreeSet<>(KEYS)));
        }
        ConsoleSettings d = DEFAULT;
        try {
            return new ConsoleSettings(duration(section, "idleTimeout", d.idleTimeout()),
                    duration(section, "absoluteTimeout", d.absoluteTimeout()),
                    number(section, "lockAfterFailures", d.maxFailures()),
                    duration(section, "lockDuration", d.lockDuration()),
                    number(section, "addressFreeFailures", d.addressFreeFailures()),
                    duration(section, "addressMaxDelay", d.addressMaxDelay()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Configuration section console: " + e.getMessage(), e);
        }
    }

    private static Duration duration(Map<String, String> section, String key, Duration fallback) {
        String text = section.get(key);
        if (text == null) {
            return fallback;
        }
        try {
            return Duration.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("Configuration key 'console." + key + "' has the value '" + text
                    + "', which is not an ISO-8601 duration such as PT15M", e);
        }
    }

    private static int number(Map<String, String> section, String key, int fallback) {
        String text = section.get(key);
        if (text == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Configuration key 'console." + key + "' has the value '" + text
                    + "', which is not a whole number", e);
        }
    }

    private static void positive(Duration value, String name) {
        Objects.requireNonNull(value, "ConsoleSettings." + name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("ConsoleSettings." + name + ": " + value + " must be positive");
        }
    }
}
