package org.budayang.kiosk.config;

import static org.budayang.kiosk.config.ConfigRules.require;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.budayang.api.catalog.DeviceRole;
import org.budayang.kiosk.security.PinHasher;

/**
 * The kiosk's configuration, immutable and replaced whole. Read it from a properties file with
 * {@link #load(Path)}; build it in tests with {@link #builder()}.
 *
 * @param siteName          the hall or site name shown on the attract screen
 * @param regionCode        the 6-digit administrative region code of the site
 * @param centralUrl        the base URL of central (http or https)
 * @param dataDir           absolute directory for the catalogue cache ({@link #cacheDir()}) and logs ({@link #logDir()})
 * @param idleTimeout       idle time before the "是否继续办理？" countdown, 15-600 s
 * @param idleCountdown     length of that countdown, 5-60 s
 * @param technicianPinHash the technician PIN as a {@link PinHasher} hash
 * @param orientation       how the screen is mounted
 * @param theme             the theme the kiosk starts in
 * @param configuredDevices device role → driver name, for the roles this kiosk has
 * @param locale            the start language
 */
public record KioskConfig(
        String siteName,
        String regionCode,
        URI centralUrl,
        Path dataDir,
        Duration idleTimeout,
        Duration idleCountdown,
        String technicianPinHash,
        Orientation orientation,
        Theme theme,
        Map<DeviceRole, String> configuredDevices,
        Locale locale) {

    /** Default idle time before the countdown. */
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(60);
    /** Default countdown length. */
    public static final Duration DEFAULT_IDLE_COUNTDOWN = Duration.ofSeconds(10);
    /** Default locale. */
    public static final Locale DEFAULT_LOCALE = Locale.SIMPLIFIED_CHINESE;
    /**
     * A {@link PinHasher} hash of the demo PIN 246810, used by {@link #builder()} and the demo
     * configuration. Never deploy a kiosk with it.
     */
    public static final String DEMO_PIN_HASH =
            "pbkdf2-sha256$120000$o+jS57XhecUVVKPPGBlCcg$AR0IzCojVexmYhmo+lacK0ON7FDEkI70ntCD1xFnpZI";

    public KioskConfig {
        siteName = require("siteName", siteName, ConfigRules.siteName(siteName), ConfigRules.SITE_NAME).strip();
        require("regionCode", regionCode, ConfigRules.region(regionCode), ConfigRules.REGION);
        require("centralUrl", centralUrl, ConfigRules.centralUrl(centralUrl), ConfigRules.CENTRAL_URL);
        require("dataDir", dataDir, dataDir != null && dataDir.isAbsolute(), "an absolute directory path");
        dataDir = dataDir.normalize();
        require("idleTimeout", idleTimeout, ConfigRules.idleTimeout(idleTimeout), ConfigRules.IDLE_TIMEOUT);
        require("idleCountdown", idleCountdown, ConfigRules.idleCountdown(idleCountdown),
                ConfigRules.IDLE_COUNTDOWN);
        try {
            PinHasher.checkFormat(technicianPinHash);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("KioskConfig.technicianPinHash: " + e.getMessage(), e);
        }
        Objects.requireNonNull(orientation, "KioskConfig.orientation is required");
        Objects.requireNonNull(theme, "KioskConfig.theme is required");
        Objects.requireNonNull(configuredDevices, "KioskConfig.configuredDevices is required (may be empty)");
        EnumMap<DeviceRole, String> devices = new EnumMap<>(DeviceRole.class);
        configuredDevices.forEach((role, driver) -> {
            Objects.requireNonNull(role, "KioskConfig.configuredDevices contains a null role");
            require("configuredDevices[" + role.configKey() + "]", driver, ConfigRules.driverName(driver),
                    ConfigRules.DRIVER);
            devices.put(role, driver);
        });
        configuredDevices = Map.copyOf(devices);
        Objects.requireNonNull(locale, "KioskConfig.locale is required");
    }

    /**
     * Reads a UTF-8 properties file. A relative {@code data.dir} is resolved against the folder the
     * file is in. Every bad, missing or unknown key is a {@link ConfigException}; nothing falls back
     * silently.
     */
    public static KioskConfig load(Path propertiesFile) {
        return KioskConfigLoader.load(propertiesFile);
    }

    /** The folder the catalogue cache lives in: {@code <dataDir>/cache}. */
    public Path cacheDir() {
        return dataDir.resolve("cache");
    }

    /** The folder the log files go to: {@code <dataDir>/logs} (logback.xml uses the same). */
    public Path logDir() {
        return dataDir.resolve("logs");
    }

    /** Whether a driver is configured for {@code role}. */
    public boolean hasDevice(DeviceRole role) {
        return configuredDevices.containsKey(role);
    }

    public KioskConfig withCentralUrl(URI url) {
        return toBuilder().centralUrl(url).build();
    }

    public KioskConfig withDataDir(Path dir) {
        return toBuilder().dataDir(dir).build();
    }

    public KioskConfig withTheme(Theme newTheme) {
        return toBuilder().theme(newTheme).build();
    }

    public KioskConfig withOrientation(Orientation newOrientation) {
        return toBuilder().orientation(newOrientation).build();
    }

    public KioskConfig withIdleTimeout(Duration timeout) {
        return toBuilder().idleTimeout(timeout).build();
    }

    public KioskConfig withIdleCountdown(Duration countdown) {
        return toBuilder().idleCountdown(countdown).build();
    }

    public KioskConfig withConfiguredDevices(Map<DeviceRole, String> devices) {
        return toBuilder().configuredDevices(devices).build();
    }

    public KioskConfig withLocale(Locale newLocale) {
        return toBuilder().locale(newLocale).build();
    }

    /**
     * A builder with defaults for tests and the demo: the Lanzhou 城关区 service centre, region 620102,
     * central at http://127.0.0.1:8080, data under {@code ~/.budayang/kiosk} (set {@link Builder#dataDir}
     * in tests), the demo PIN 246810, landscape, standard theme, no devices, zh_CN.
     */
    public static Builder builder() {
        return new Builder();
    }

    /** {@link #builder()} with the data directory given. */
    public static Builder builder(Path dataDir) {
        return new Builder().dataDir(dataDir);
    }

    /** A builder holding this configuration's values. */
    public Builder toBuilder() {
        return new Builder().siteName(siteName).regionCode(regionCode).centralUrl(centralUrl).dataDir(dataDir)
                .idleTimeout(idleTimeout).idleCountdown(idleCountdown).technicianPinHash(technicianPinHash)
                .orientation(orientation).theme(theme).configuredDevices(configuredDevices).locale(locale);
    }

    /** Builds a {@link KioskConfig}; {@link #build()} validates like the constructor. */
    public static final class Builder {
        private String siteName = "兰州市城关区政务服务中心 24小时自助服务区";
        private String regionCode = "620102";
        private URI centralUrl = URI.create("http://127.0.0.1:8080");
        private Path dataDir = Path.of(System.getProperty("user.home"), ".budayang", "kiosk");
        private Duration idleTimeout = DEFAULT_IDLE_TIMEOUT;
        private Duration idleCountdown = DEFAULT_IDLE_COUNTDOWN;
        private String technicianPinHash = DEMO_PIN_HASH;
        private Orientation orientation = Orientation.LANDSCAPE;
        private Theme theme = Theme.STANDARD;
        private final Map<DeviceRole, String> configuredDevices = new EnumMap<>(DeviceRole.class);
        private Locale locale = DEFAULT_LOCALE;

        private Builder() {
        }

        public Builder siteName(String value) {
            siteName = value;
            return this;
        }

        public Builder regionCode(String value) {
            regionCode = value;
            return this;
        }

        public Builder centralUrl(URI value) {
            centralUrl = value;
            return this;
        }

        public Builder dataDir(Path value) {
            dataDir = value == null ? null : value.toAbsolutePath();
            return this;
        }

        public Builder idleTimeout(Duration value) {
            idleTimeout = value;
            return this;
        }

        public Builder idleCountdown(Duration value) {
            idleCountdown = value;
            return this;
        }

        public Builder technicianPinHash(String value) {
            technicianPinHash = value;
            return this;
        }

        public Builder orientation(Orientation value) {
            orientation = value;
            return this;
        }

        public Builder theme(Theme value) {
            theme = value;
            return this;
        }

        /** Replaces all configured devices. */
        public Builder configuredDevices(Map<DeviceRole, String> value) {
            configuredDevices.clear();
            configuredDevices.putAll(value);
            return this;
        }

        /** Configures one device role with a driver name. */
        public Builder device(DeviceRole role, String driverName) {
            configuredDevices.put(role, driverName);
            return this;
        }

        /** Configures the demo's devices: every role except the cash acceptor. */
        public Builder demoDevices() {
            configuredDevices.put(DeviceRole.ID_CARD_READER, "idcard-sam");
            configuredDevices.put(DeviceRole.RECEIPT_PRINTER, "escpos");
            configuredDevices.put(DeviceRole.DOCUMENT_PRINTER, "cups");
            configuredDevices.put(DeviceRole.CAMERA, "camera-v4l2");
            configuredDevices.put(DeviceRole.SOCIAL_CARD_READER, "pcsc-sscard");
            configuredDevices.put(DeviceRole.QR_SCANNER, "qr-serial");
            return this;
        }

        public Builder locale(Locale value) {
            locale = value;
            return this;
        }

        public KioskConfig build() {
            return new KioskConfig(siteName, regionCode, centralUrl, dataDir, idleTimeout, idleCountdown,
                    technicianPinHash, orientation, theme, configuredDevices, locale);
        }
    }
}
