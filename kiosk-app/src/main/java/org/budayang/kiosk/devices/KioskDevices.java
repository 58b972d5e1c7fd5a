package org.budayang.kiosk.devices;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.budayang.api.catalog.DeviceRole;
import org.budayang.driver.Device;
import org.budayang.driver.DriverConfigurationException;
import org.budayang.driver.camera.Camera;
import org.budayang.driver.idcard.IdCardReader;
import org.budayang.driver.printer.DocumentPrinter;
import org.budayang.driver.printer.ReceiptPrinter;
import org.budayang.driver.scanner.CodeScanner;
import org.budayang.driver.sscard.SocialSecurityCardReader;
import org.budayang.driver.runtime.DeviceConfiguration;
import org.budayang.driver.runtime.DriverRegistry;
import org.budayang.driver.runtime.Supervisor;
import org.budayang.kiosk.core.config.ConfigException;
import org.budayang.kiosk.core.config.KioskConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kiosk's devices: the {@code device.*} configuration resolved against the installed drivers
 * ({@link DeviceConfiguration}), one device per configured role, and a {@link Supervisor} that opens,
 * polls and reopens them and feeds their health to the {@link DeviceBoard}. A configuration the drivers
 * refuse (unknown role or setting, a driver that is not installed) stops the kiosk with a
 * {@link ConfigException} naming the configuration file, the key, the value and what is accepted.
 */
public final class KioskDevices implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(KioskDevices.class);

    private final Map<String, Device> devices;
    private final Supervisor supervisor;
    private final AutoCloseable feed;

    private KioskDevices(Map<String, Device> devices, Supervisor supervisor, AutoCloseable feed) {
        this.devices = devices;
        this.supervisor = supervisor;
        this.feed = feed;
    }

    /** {@link #create(KioskConfig, Path, DriverRegistry, DeviceBoard, Clock, UnaryOperator)} with the supervisor's defaults. */
    public static KioskDevices create(KioskConfig config, Path configFile, DriverRegistry registry, DeviceBoard board,
            Clock clock) {
        return create(config, configFile, registry, board, clock, UnaryOperator.identity());
    }

    /**
     * Builds the devices and their supervisor (not started yet).
     *
     * @param configFile the file {@code config} was read from, named in errors
     * @param tuning     changes the supervisor's timings (tests poll faster); {@code b -> b} for the defaults
     * @throws ConfigException when the drivers refuse the configuration
     */
    public static KioskDevices create(KioskConfig config, Path configFile, DriverRegistry registry, DeviceBoard board,
            Clock clock, UnaryOperator<Supervisor.Builder> tuning) {
        Objects.requireNonNull(board, "board");
        Map<String, Device> devices;
        try {
            devices = DeviceConfiguration.parse(config.deviceSettings(), registry).createDevices(clock);
        } catch (DriverConfigurationException refused) {
            String prefix = "device." + refused.role() + ".";
            String key = refused.key().startsWith("device.") ? refused.key() : prefix + refused.key();
            throw new ConfigException(configFile, key, refused.value().orElse(null),
                    refused.accepted() + " [" + refused.code() + ", role " + refused.role() + "; installed drivers: "
                            + registry.describeAvailable() + "]");
        }
        Supervisor supervisor = tuning.apply(Supervisor.builder().devices(devices.values()).clock(clock)).build();
        supervisor.snapshot().forEach(board::update);
        AutoCloseable feed = supervisor.onChange((role, status, snapshot) -> board.update(role, status));
        LOG.info("Devices configured: {}", devices.keySet());
        return new KioskDevices(devices, supervisor, feed);
    }

    /** Starts supervising (opens every device on its own thread). */
    public void start() {
        supervisor.start();
    }

    /** The device serving {@code role}, when one is configured (the technician panel's 已处理 calls it). */
    public Optional<Device> device(DeviceRole role) {
        return Optional.ofNullable(devices.get(role.configKey()));
    }

    /** The device serving {@code role} when it is configured and is a {@code type} (the driver of that role). */
    private <T> Optional<T> device(DeviceRole role, Class<T> type) {
        return device(role).filter(type::isInstance).map(type::cast);
    }

    /** The ID card reader, when one is configured. */
    public Optional<IdCardReader> idCardReader() {
        return device(DeviceRole.ID_CARD_READER, IdCardReader.class);
    }

    /** The 社保卡 reader, when one is configured. */
    public Optional<SocialSecurityCardReader> socialCardReader() {
        return device(DeviceRole.SOCIAL_CARD_READER, SocialSecurityCardReader.class);
    }

    /** The code scanner, when one is configured. */
    public Optional<CodeScanner> codeScanner() {
        return device(DeviceRole.QR_SCANNER, CodeScanner.class);
    }

    /** The camera, when one is configured. */
    public Optional<Camera> camera() {
        return device(DeviceRole.CAMERA, Camera.class);
    }

    /** The receipt printer, when one is configured. */
    public Optional<ReceiptPrinter> receiptPrinter() {
        return device(DeviceRole.RECEIPT_PRINTER, ReceiptPrinter.class);
    }

    /** The document printer, when one is configured. */
    public Optional<DocumentPrinter> documentPrinter() {
        return device(DeviceRole.DOCUMENT_PRINTER, DocumentPrinter.class);
    }

    public Supervisor supervisor() {
        return supervisor;
    }

    /** Stops the supervisor and closes every device. */
    @Override
    public void close() {
        try {
            feed.close();
        } catch (Exception e) {
            LOG.warn("Could not unregister the device board from the supervisor: {}", e.toString());
        }
        supervisor.stop();
    }
}
