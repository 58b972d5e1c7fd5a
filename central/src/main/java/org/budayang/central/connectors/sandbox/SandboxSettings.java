package org.budayang.central.connectors.sandbox;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.budayang.api.catalog.Department;
import org.budayang.central.connectors.ConnectorConfigException;

/**
 * The sandbox's configuration, read from central's key/value configuration:
 * <ul>
 *   <li>{@code sandbox.<DEPARTMENT>.mode} = NORMAL | SLOW | UNAVAILABLE | FAILING (default NORMAL)</li>
 *   <li>{@code sandbox.<DEPARTMENT>.delayMillis} for SLOW (default 3000), 1..60000</li>
 *   <li>{@code sandbox.<DEPARTMENT>.failureRate} for FAILING (default 0.5), in (0, 1]</li>
 *   <li>{@code sandbox.adminToken}: the bearer token of the admin API; absent = admin API answers 404</li>
 * </ul>
 */
public record SandboxSettings(Map<Department, SandboxBehaviour> behaviours, Optional<String> adminToken) {
    public SandboxSettings {
        EnumMap<Department, SandboxBehaviour> copy = new EnumMap<>(Department.class);
        for (Department d : Department.values()) {
            copy.put(d, behaviours.getOrDefault(d, SandboxBehaviour.NORMAL));
        }
        behaviours = java.util.Collections.unmodifiableMap(copy);
        if (adminToken.isPresent() && adminToken.get().strip().length() < 16) {
            throw new ConnectorConfigException("Configuration sandbox.adminToken has " + adminToken.get().strip().length()
                    + " characters; use at least 16 random characters, or leave it out to disable the admin API.");
        }
    }

    public static SandboxSettings defaults() {
        return new SandboxSettings(Map.of(), Optional.empty());
    }

    /** Reads the {@code sandbox.*} keys; a bad value stops the start naming key, value and what is accepted. */
    public static SandboxSettings from(Map<String, String> config) {
        Map<Department, SandboxBehaviour> behaviours = new EnumMap<>(Department.class);
        for (Department d : Department.values()) {
            String prefix = "sandbox." + d.name() + ".";
            String modeKey = prefix + "mode";
            try {
                SandboxMode mode = config.containsKey(modeKey) ? SandboxMode.parse(modeKey, config.get(modeKey))
                        : SandboxMode.NORMAL;
                Long delay = parse(config, prefix + "delayMillis", Long::valueOf);
                Double rate = parse(config, prefix + "failureRate", Double::valueOf);
                behaviours.put(d, SandboxBehaviour.of(mode, delay, rate));
            } catch (IllegalArgumentException e) {
                throw new ConnectorConfigException("Configuration of the sandbox " + d + " system: " + e.getMessage());
            }
        }
        for (String key : config.keySet()) {
            if (key.startsWith("sandbox.") && !key.equals("sandbox.adminToken") && !knownDepartmentKey(key)) {
                throw new ConnectorConfigException("Configuration key '" + key + "' is unknown; accepted: "
                        + "sandbox.<DEPARTMENT>.mode|delayMillis|failureRate with DEPARTMENT one of "
                        + java.util.Arrays.toString(Department.values()) + ", and sandbox.adminToken.");
            }
        }
        String token = config.get("sandbox.adminToken");
        return new SandboxSettings(behaviours, Optional.ofNullable(token).map(String::strip).filter(t -> !t.isEmpty()));
    }

    private static boolean knownDepartmentKey(String key) {
        for (Department d : Department.values()) {
            for (String suffix : new String[] {"mode", "delayMillis", "failureRate"}) {
                if (key.equals("sandbox." + d.name() + "." + suffix)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static <T> T parse(Map<String, String> config, String key, java.util.function.Function<String, T> parser) {
        String text = config.get(key);
        if (text == null) {
            return null;
        }
        try {
            return parser.apply(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + "=" + text + " is not a number");
        }
    }
}
