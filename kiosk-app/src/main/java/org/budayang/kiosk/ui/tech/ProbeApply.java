package org.budayang.kiosk.ui.tech;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.budayang.driver.Device;
import org.budayang.driver.DriverConfigurationException;
import org.budayang.driver.runtime.DeviceConfiguration;
import org.budayang.driver.runtime.DriverRegistry;
import org.budayang.kiosk.core.config.ConfigException;
import org.budayang.kiosk.core.config.KioskConfig;
import org.budayang.provisioning.config.ConfigFile;
import org.budayang.provisioning.config.ConfigStore;

/**
 * 应用并重启's write: the proposed {@code device.<role>.*} lines replace every line of their roles in the kiosk's
 * configuration file, exactly as {@code budayang provision probe --apply} does it (provisioning's
 * {@link ConfigStore}: written beside the file, forced to disk, the current file kept as {@code FILE.bak}, renamed
 * over it; sealed with its sha256 line). Before anything is written the new device lines are built by the installed
 * drivers (as the kiosk does at start, without opening a port) and the whole new file is read by the kiosk's own
 * loader; a refusal names the key, the value and what is accepted, and leaves the file as it was.
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
        ConfigStore store = new ConfigStore(clock);
        ConfigFile current = store.read(file);
        if (!current.integrity().usable()) {
            throw new ConfigException(file, "the configuration file is " + current.integrity() + " ("
                    + current.detail() + "); nothing was written", null);
        }
        Map<String, String> values = new LinkedHashMap<>(current.values());
        for (String key : lines.keySet()) {
            String role = role(key);
            values.keySet().removeIf(k -> k.startsWith("device." + role + "."));
        }
        values.putAll(new TreeMap<>(lines));
        checkDevices(values);
        Path scratch = file.resolveSibling("." + file.getFileName() + ".probe-check");
        try {
            store.write(scratch, values);
            KioskConfig.load(scratch);
        } catch (ConfigException refused) {
            throw new ConfigException(file, "the proposed lines are refused: "
                    + refused.getMessage().replace(scratch.toString(), file.toString()) + "; nothing was written",
                    refused);
        } catch (IOException e) {
            throw new ConfigException(file, "cannot check the new configuration beside the file (" + e
                    + "); check that the kiosk's user may write its folder", e);
        } finally {
            deleteQuietly(scratch);
            deleteQuietly(ConfigStore.backupOf(scratch));
        }
        try {
            store.write(file, values);
        } catch (IOException e) {
            throw new ConfigException(file, "cannot write the new configuration (" + e + "); the file is unchanged"
                    + " — check that the kiosk's user may write its folder and the disk has space", e);
        }
        return KioskConfig.load(file);
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
                    refused.accepted() + " [" + refused.code() + "]");
        }
    }

    static String role(String key) {
        if (!key.startsWith("device.") || key.indexOf('.', "device.".length()) < 0) {
            throw new IllegalArgumentException("ProbeApply: '" + key + "' is not a device.<role>.<key> line");
        }
        return key.substring("device.".length(), key.indexOf('.', "device.".length()));
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // a leftover scratch file is overwritten by the next check
        }
    }
}
