package org.budayang.driver.runtime;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.budayang.driver.Device;
import org.budayang.driver.DriverConfigurationException;
import org.budayang.driver.DriverConfigurationException.Reason;
import org.budayang.driver.DriverContext;
import org.budayang.driver.DriverProvider;
import org.budayang.driver.DriverSettings;

/**
 * Which driver serves each device role, with its settings, read from flat properties:
 * <pre>
 *   device.idCardReader.driver = idcard-sam
 *   device.idCardReader.link   = serial
 *   device.idCardReader.port   = /dev/ttyUSB0
 * </pre>
 * Keys that do not start with {@code device.} are not ours and are left alone. An unknown role, an
 * unknown driver or a setting the driver does not accept is refused with a
 * {@link DriverConfigurationException} naming the key, the value and what is accepted; there is no
 * silent fallback. Immutable; a new configuration replaces the old one whole.
 */
public final class DeviceConfiguration {

    /** The device roles a kiosk knows, in display order. */
    public static final List<String> ROLES = List.of("idCardReader", "socialCardReader", "receiptPrinter",
            "documentPrinter", "cashAcceptor", "camera", "qrScanner");

    static final String PREFIX = "device.";
    static final String DRIVER = "driver";

    /** One configured role: the driver that serves it and the settings it gets. */
    public record RoleConfiguration(String role, DriverProvider provider, DriverSettings settings) {
        public RoleConfiguration {
            Objects.requireNonNull(role, "RoleConfiguration.role is required");
            Objects.requireNonNull(provider, "RoleConfiguration.provider is required");
            Objects.requireNonNull(settings, "RoleConfiguration.settings is required");
        }
    }

    private final Map<String, RoleConfiguration> roles;

    private DeviceConfiguration(Map<String, RoleConfiguration> roles) {
        this.roles = roles;
    }

    /**
     * Reads the {@code device.*} keys of {@code properties} and resolves each role's driver in {@code registry}.
     *
     * @throws DriverConfigurationException for the first wrong key, naming the key, its value and what is accepted
     */
    public static DeviceConfiguration parse(Map<String, String> properties, DriverRegistry registry) {
        Objects.requireNonNull(properties, "properties is required");
        Objects.requireNonNull(registry, "registry is required");
        Map<String, Map<String, String>> byRole = new TreeMap<>();
        new TreeMap<>(properties).forEach((key, value) -> {
            if (key.startsWith(PREFIX)) {
                String rest = key.substring(PREFIX.length());
                int dot = rest.indexOf('.');
                String role = dot < 0 ? rest : rest.substring(0, dot);
                if (!ROLES.contains(role)) {
                    throw new DriverConfigurationException(Reason.UNKNOWN_KEY, role.isEmpty() ? "?" : role, key,
                            value, "the roles " + String.join(", ", ROLES) + " (keys device.<role>.driver and"
                            + " device.<role>.<setting>)");
                }
                if (dot < 0 || dot == rest.length() - 1) {
                    throw new DriverConfigurationException(Reason.UNKNOWN_KEY, role, key, value,
                            "device." + role + ".driver or device." + role + ".<setting>");
                }
                byRole.computeIfAbsent(role, r -> new TreeMap<>()).put(rest.substring(dot + 1), value);
            }
        });
        Map<String, RoleConfiguration> roles = new LinkedHashMap<>();
        for (String role : ROLES) {
            Map<String, String> settings = byRole.get(role);
            if (settings != null) {
                roles.put(role, resolve(role, settings, registry));
            }
        }
        return new DeviceConfiguration(Collections.unmodifiableMap(roles));
    }

    private static RoleConfiguration resolve(String role, Map<String, String> values, DriverRegistry registry) {
        String driverKey = PREFIX + role + "." + DRIVER;
        String driver = values.remove(DRIVER);
        String accepted = "a driver name: " + registry.describeAvailable();
        if (driver == null) {
            throw new DriverConfigurationException(Reason.MISSING, role, driverKey, null, accepted);
        }
        DriverProvider provider = registry.find(driver.strip()).orElseThrow(() ->
                new DriverConfigurationException(Reason.INVALID, role, driverKey, driver, accepted));
        TreeSet<String> known = new TreeSet<>(provider.settingKeys());
        for (Map.Entry<String, String> setting : values.entrySet()) {
            if (!known.contains(setting.getKey())) {
                throw new DriverConfigurationException(Reason.UNKNOWN_KEY, role, PREFIX + role + "." + setting.getKey(),
                        setting.getValue(), "for driver " + provider.name() + " the settings "
                        + (known.isEmpty() ? "(none)" : String.join(", ", known)));
            }
        }
        return new RoleConfiguration(role, provider, DriverSettings.of(role, values));
    }

    /** The configured roles, in {@link #ROLES} order. */
    public Map<String, RoleConfiguration> roles() {
        return roles;
    }

    /** The roles with no driver configured. */
    public List<String> unconfiguredRoles() {
        List<String> missing = new ArrayList<>();
        for (String role : ROLES) {
            if (!roles.containsKey(role)) {
                missing.add(role);
            }
        }
        return missing;
    }

    /**
     * Builds a CLOSED device for every configured role through its provider.
     *
     * @throws DriverConfigurationException when a driver refuses its settings
     */
    public Map<String, Device> createDevices(Clock clock) {
        Objects.requireNonNull(clock, "clock is required");
        Map<String, Device> devices = new LinkedHashMap<>();
        for (RoleConfiguration configuration : roles.values()) {
            Device device;
            try {
                device = configuration.provider().create(
                        new DriverContext(configuration.role(), configuration.settings(), clock));
            } catch (RuntimeException refused) {
                devices.values().forEach(Device::close);
                throw refused;
            }
            devices.put(configuration.role(), Objects.requireNonNull(device,
                    () -> "driver " + configuration.provider().name() + " created no device for "
                            + configuration.role()));
        }
        return Collections.unmodifiableMap(devices);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("DeviceConfiguration[");
        roles.values().forEach(r -> text.append(r.role()).append('=').append(r.provider().name()).append(' '));
        return text.append(']').toString();
    }
}
