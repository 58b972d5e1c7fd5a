package org.budayang.kiosk.ui.tech;

import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.budayang.driver.Device;
import org.budayang.driver.DriverConfigurationException;
import org.budayang.driver.runtime.DeviceConfiguration;
import org.budayang.driver.runtime.DriverRegistry;
import org.budayang.kiosk.core.config.ConfigEditor;
import org.budayang.kiosk.core.config.ConfigException;
import org.budayang.kiosk.core.config.ConfigFile;
import org.budayang.kiosk.core.config.ConfigStore;
import org.budayang.kiosk.core.config.KioskConfig;

/**
 * 应用并重启's write: the proposed {@code device.<role>.*} lines replace every line of their roles in the kiosk's
 * configuration file, as {@code budayang provision probe --apply} does. The new device lines are first built by the
 * installed drivers (as the kiosk does at start, without opening a port); the file is then changed by kiosk-core's
 * {@link ConfigEditor#apply} (the whole configuration checked by the kiosk's rules, written atomically with the
 * former file kept as {@code FILE.bak}). A refusal names the key, the value and what is accepted, and leaves the
 * file as it was.
 */
public final class ProbeApply {
    private final Path file;
    private final DriverRegistry registry;
    private final Clock clock;

    /** @param file the kiosk's configuration file (the one it started with) */
    public ProbeApply(Path file, DriverRegistry registry, Clock clock) {
        this.file = Objects.requireNonNull(file, "ProbeApply.file");
        this.registry = Objects.requireNonNull(registry, "ProbeApply.registry");
        this.clock = Objects.requireNonNull(clock, "ProbeApply.clock");
    }

    public Path file() {
        return file;
    }

    /**
     * Writes {@code lines} (each role's lines replace that role's).
     *
     * @return the configuration the kiosk will read at its next start
     * @throws ConfigException when the file is unusable or the new lines are refused; nothing is written then
     */
    public KioskConfig apply(Map<String, String> lines) {
        ConfigFile current = new ConfigStore(clock).read(file);
        if (!current.integrity().usable()) {
            throw new ConfigException(file, "the configuration file is " + current.integrity() + " ("
                    + current.detail() + "); nothing was written", null);
        }
        Set<String> roles = new TreeSet<>();
        lines.keySet().forEach(key -> roles.add(role(key)));
        Set<String> removals = new TreeSet<>();
        current.values().keySet().stream()
                .filter(key -> roles.stream().anyMatch(role -> key.startsWith("device." + role + ".")))
                .filter(key -> !lines.containsKey(key)).forEach(removals::add);
        Map<String, String> values = new LinkedHashMap<>(current.values());
        values.keySet().removeAll(removals);
        values.putAll(lines);
        checkDevices(values);
        return new ConfigEditor(file, clock).apply(new TreeMap<>(lines), removals);
    }

    /** The drivers build every device of the new lines (no port is opened), as KioskDevices does at start. */
    private void checkDevices(Map<String, String> values) {
        Map<String, String> devices = new TreeMap<>();
        values.forEach((key, value) -> {
            if (key.startsWith("device.")) {
                devices.put(key, value);
            }
        });
        try {
            for (Device device : DeviceConfiguration.parse(devices, registry).createDevices(clock).values()) {
                device.close();
            }
        } catch (DriverConfigurationException refused) {
            throw new ConfigException(file, refused.key().startsWith("device.") ? refused.key()
                    : "device." + refused.role() + "." + refused.key(), refused.value().orElse(null),
                    refused.accepted() + " [" + refused.code() + "]; nothing was written");
        }
    }

    static String role(String key) {
        if (!key.startsWith("device.") || key.indexOf('.', "device.".length()) < 0) {
            throw new IllegalArgumentException("ProbeApply: '" + key + "' is not a device.<role>.<key> line");
        }
        return key.substring("device.".length(), key.indexOf('.', "device.".length()));
    }
}
