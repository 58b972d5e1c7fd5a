package org.budayang.kiosk.devices;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;
import org.budayang.api.catalog.DeviceRole;
import org.budayang.driver.Device;
import org.budayang.driver.DriverConfigurationException;
import org.budayang.driver.DriverContext;
import org.budayang.driver.DriverProvider;
import org.budayang.driver.DriverSettings;
import org.budayang.driver.idcard.IdCardReader;
import org.budayang.kiosk.config.ConfigException;
import org.budayang.kiosk.config.KioskConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kiosk's devices: one device per role of the {@code device.<role>.*} configuration, built by the
 * driver named there (found through {@link ServiceLoader}), kept open and reported to the
 * {@link DeviceBoard}. A driver that is not installed, or settings it refuses, stop the kiosk with a
 * {@link ConfigException} naming the configuration file, the key, the value, the role and the installed
 * drivers; there is no fallback.
 *
 * <p>INTERIM: until the driver runtime ({@code DriverRegistry}, {@code DeviceConfiguration},
 * {@code Supervisor}) is on main, the drivers are looked up here and each device is kept by a
 * {@link DeviceKeeper}; both are replaced by the runtime's classes when it lands.
 */
public final class KioskDevices implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(KioskDevices.class);
    private static final String PREFIX = "device.";

    private final Map<String, Device> devices;
    private final List<DeviceKeeper> keepers = new ArrayList<>();
    private final DeviceBoard board;
    private final Clock clock;

    private KioskDevices(Map<String, Device> devices, DeviceBoard board, Clock clock) {
        this.devices = devices;
        this.board = board;
        this.clock = clock;
    }

    /**
     * Builds a CLOSED device for every configured role (nothing is opened yet).
     *
     * @param configFile the file {@code config} was read from, named in errors
     * @throws ConfigException when a driver is not installed or refuses its settings
     */
    public static KioskDevices create(KioskConfig config, Path configFile, DeviceBoard board, Clock clock) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(board, "board");
        Map<String, DriverProvider> installed = installedDrivers();
        String names = installed.isEmpty() ? "none" : String.join(", ", installed.keySet());
        Map<String, Device> devices = new LinkedHashMap<>();
        for (DeviceRole role : config.configuredRoles()) {
            String prefix = PREFIX + role.configKey() + ".";
            String driver = config.driverOf(role).orElseThrow();
            DriverProvider provider = installed.get(driver);
            if (provider == null) {
                devices.values().forEach(Device::close);
                throw new ConfigException(configFile, prefix + "driver", driver, "a driver installed in this kiosk: "
                        + names + " [role " + role.configKey() + ": the driver '" + driver + "' is not installed;"
                        + " install its jar or remove the " + prefix + "* lines]");
            }
            Map<String, String> settings = new TreeMap<>();
            config.deviceSettings().forEach((key, value) -> {
                if (key.startsWith(prefix) && !key.equals(prefix + "driver")) {
                    settings.put(key.substring(prefix.length()), value);
                }
            });
            try {
                devices.put(role.configKey(), provider.create(new DriverContext(role.configKey(),
                        DriverSettings.of(role.configKey(), settings), clock)));
            } catch (DriverConfigurationException refused) {
                devices.values().forEach(Device::close);
                String key = refused.key().startsWith(PREFIX) ? refused.key() : prefix + refused.key();
                throw new ConfigException(configFile, key, refused.value().orElse(null), refused.accepted()
                        + " [" + refused.code() + ", role " + role.configKey() + ", driver " + driver + "]");
            }
        }
        LOG.info("Devices configured: {} (installed drivers: {})", devices.keySet(), names);
        return new KioskDevices(devices, board, clock);
    }

    private static Map<String, DriverProvider> installedDrivers() {
        Map<String, DriverProvider> installed = new TreeMap<>();
        for (DriverProvider provider : ServiceLoader.load(DriverProvider.class)) {
            installed.putIfAbsent(provider.name(), provider);
        }
        return installed;
    }

    /** Opens and keeps every device, each on its own thread. */
    public void start() {
        devices.values().forEach(device -> {
            DeviceKeeper keeper = new DeviceKeeper(device, board, clock);
            keepers.add(keeper);
            keeper.start();
        });
    }

    /** The ID card reader, when one is configured. */
    public Optional<IdCardReader> idCardReader() {
        Device device = devices.get(DeviceRole.ID_CARD_READER.configKey());
        return device instanceof IdCardReader reader ? Optional.of(reader) : Optional.empty();
    }

    /** Stops keeping the devices and closes them. */
    @Override
    public void close() {
        keepers.forEach(DeviceKeeper::stop);
        devices.values().forEach(Device::close);
    }
}
