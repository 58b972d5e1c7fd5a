package org.budayang.provisioning.config;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.budayang.kiosk.core.config.ConfigProblem;
import org.budayang.driver.Device;
import org.budayang.driver.DriverConfigurationException;
import org.budayang.driver.runtime.DeviceConfiguration;
import org.budayang.driver.runtime.DriverRegistry;

/**
 * Checks the {@code device.<role>.<key>} lines exactly as the kiosk will at start: each role's lines through the
 * driver runtime's {@link DeviceConfiguration} (known role, installed driver, keys the driver accepts), then the
 * driver itself builds the device from them (every setting's value checked by the driver), without opening anything.
 * Each role is checked on its own, so that one bad role does not hide the problems of the others.
 */
public final class DeviceRules {
    private final DriverRegistry registry;
    private final Clock clock;

    public DeviceRules(DriverRegistry registry, Clock clock) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public List<ConfigProblem> check(Map<String, String> values) {
        Map<String, Map<String, String>> byRole = new TreeMap<>();
        values.forEach((key, value) -> {
            if (key.startsWith("device.")) {
                String rest = key.substring("device.".length());
                int dot = rest.indexOf('.');
                byRole.computeIfAbsent(dot < 0 ? rest : rest.substring(0, dot), r -> new TreeMap<>()).put(key, value);
            }
        });
        List<ConfigProblem> problems = new ArrayList<>();
        byRole.forEach((role, lines) -> {
            try {
                DeviceConfiguration configuration = DeviceConfiguration.parse(lines, registry);
                configuration.createDevices(clock).values().forEach(Device::close);
            } catch (DriverConfigurationException bad) {
                String key = bad.key().startsWith("device.") ? bad.key() : "device." + role + "." + bad.key();
                problems.add(new ConfigProblem("CONFIG_DEVICE_" + bad.reason().name(), key, bad.value().orElse(null),
                        bad.accepted()));
            } catch (IllegalArgumentException bad) {
                problems.add(new ConfigProblem("CONFIG_DEVICE_INVALID", "device." + role, null, bad.getMessage()));
            }
        });
        return problems;
    }
}
