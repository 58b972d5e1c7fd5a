package org.budayang.central.fleet.telemetry;

import java.net.URI;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.budayang.central.config.ConfigException;

/**
 * Reads one configuration section of the fleet features ({@code telemetry.*}, {@code alerts.*},
 * {@code commands.*}, {@code ratelimit.*}): unknown keys and bad values stop central with a message naming the key,
 * the value and what is accepted.
 */
public final class SettingsReader {
    private final String section;
    private final Map<String, String> keys;

    /**
     * @param section  the prefix, e.g. {@code alerts}
     * @param keys     the section's keys without the prefix ({@code CentralConfig.section})
     * @param accepted the keys this section knows
     */
    public SettingsReader(String section, Map<String, String> keys, Set<String> accepted) {
        this.section = section;
        this.keys = Map.copyOf(keys);
        for (String key : keys.keySet()) {
            if (!accepted.contains(key)) {
                throw new ConfigException("Configuration key '" + section + "." + key + "' is unknown; accepted: "
                        + new TreeSet<>(accepted).stream().map(k -> section + "." + k).toList());
            }
        }
    }

    public Duration duration(String key, Duration fallback, Duration min, Duration max) {
        String text = keys.get(key);
        if (text == null) {
            return fallback;
        }
        try {
            Duration value = Duration.parse(text.strip());
            if (value.compareTo(min) >= 0 && value.compareTo(max) <= 0) {
                return value;
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        throw new ConfigException("Configuration key '" + section + "." + key + "' has the value '" + text
                + "'; expected an ISO-8601 duration from " + min + " to " + max + ", e.g. " + fallback);
    }

    public long number(String key, long fallback, long min, long max) {
        String text = keys.get(key);
        if (text == null) {
            return fallback;
        }
        try {
            long value = Long.parseLong(text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ConfigException("Configuration key '" + section + "." + key + "' has the value '" + text
                + "'; expected a whole number " + min + ".." + max);
    }

    /** An absolute http(s) URL, or null when the key is absent or empty. */
    public URI url(String key) {
        String text = keys.get(key);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(text.strip());
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return uri;
            }
        } catch (java.net.URISyntaxException e) {
            // reported below
        }
        throw new ConfigException("Configuration key '" + section + "." + key + "' has the value '" + text
                + "'; expected an absolute http or https URL, e.g. https://ops.example.gov.cn/hooks/budayang");
    }
}
