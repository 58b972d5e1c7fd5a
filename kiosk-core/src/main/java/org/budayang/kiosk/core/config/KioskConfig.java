package org.budayang.kiosk.core.config;

import static org.budayang.kiosk.core.config.ConfigRules.require;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.budayang.api.catalog.DeviceRole;
import org.budayang.kiosk.core.security.PinHasher;

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
 * @param deviceSettings    the {@code device.<role>.<key>} lines as written ({@code device.idCardReader.driver=idcard-sam},
 *                          {@code device.idCardReader.link=tcp}, …), resolved against the installed drivers by
 *                          the driver runtime's {@code DeviceConfiguration} when the kiosk starts
 * @param locale            the start language
 * @param heartbeatInterval {@code fleet.heartbeatInterval}: how often an enrolled kiosk reports to central's fleet
 *                          operations (default 30 s; the kiosk proves itself by its certificate from enrolment, in
 *                          {@code <dataDir>/fleet}, never by a configured secret)
 * @param journalRetention  {@code journal.retention}: how long an ended transaction keeps its personal data
 * @param sitePhone         {@code site.phone}: the help number the citizen is told when central cannot be reached
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
        Map<String, String> deviceSettings,
        Locale locale,
        Duration heartbeatInterval,
        Duration journalRetention,
        String sitePhone) {

    /** Default idle time before the countdown. */
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(60);
    /** Default countdown length. */
    public static final Duration DEFAULT_IDLE_COUNTDOWN = Duration.ofSeconds(10);
    /** Default locale. */
    public static final Locale DEFAULT_LOCALE = Locale.SIMPLIFIED_CHINESE;
    /** Default {@code fleet.heartbeatInterval}: 30 s (issue #9). */
    public static final Duration DEFAULT_HEARTBEAT_INTERVAL = Duration.ofSeconds(30);
    /** Default {@code journal.retention}: a week (decision 0012). */
    public static final Duration DEFAULT_JOURNAL_RETENTION = Duration.ofDays(7);
    /** Default {@code site.phone}: the government service hotline. */
    public static final String DEFAULT_SITE_PHONE = "12345";
    /**
     * A {@link PinHasher} hash of the demo PIN 246810, used by {@link #builder()} and the demo
     * configuration. Never deploy a kiosk with it.
     */
    public static final String DEMO_PIN_HASH =
            "pbkdf2-sha256$120000$o+jS57XhecUVVKPPGBlCcg$AR0IzCojVexmYhmo+lacK0ON7FDEkI70ntCD1xFnpZI";

    public KioskConfig {
        siteName = require("siteName", siteName, ConfigRules.siteName(siteName), ConfigRules.A_SITE_NAME).strip();
        require("regionCode", regionCode, ConfigRules.region(regionCode), ConfigRules.A_REGION);
        require("centralUrl", centralUrl, ConfigRules.centralUrl(centralUrl), ConfigRules.A_CENTRAL_URL);
        require("dataDir", dataDir, dataDir != null && dataDir.isAbsolute(), "an absolute directory path");
        dataDir = dataDir.normalize();
        require("idleTimeout", idleTimeout, ConfigRules.idleTimeout(idleTimeout), ConfigRules.A_IDLE_TIMEOUT);
        require("idleCountdown", idleCountdown, ConfigRules.idleCountdown(idleCountdown),
                ConfigRules.A_IDLE_COUNTDOWN);
        try {
            PinHasher.checkFormat(technicianPinHash);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("KioskConfig.technicianPinHash: " + e.getMessage(), e);
        }
        Objects.requireNonNull(orientation, "KioskConfig.orientation is required");
        Objects.requireNonNull(theme, "KioskConfig.theme is required");
        Objects.requireNonNull(deviceSettings, "KioskConfig.deviceSettings is required (may be empty)");
        TreeMap<String, String> devices = new TreeMap<>();
        deviceSettings.forEach((key, value) -> {
            require("deviceSettings key", key, ConfigRules.deviceKey(key), ConfigRules.A_DEVICE_KEY);
            require("deviceSettings[" + key + "]", value, value != null, "a value (may be empty)");
            devices.put(key, value.strip());
        });
        deviceSettings = Collections.unmodifiableMap(devices);
        Objects.requireNonNull(locale, "KioskConfig.locale is required");
        require("heartbeatInterval", heartbeatInterval, ConfigRules.heartbeatInterval(heartbeatInterval),
                ConfigRules.A_HEARTBEAT_INTERVAL);
        require("journalRetention", journalRetention, ConfigRules.journalRetention(journalRetention),
                ConfigRules.A_JOURNAL_RETENTION);
        sitePhone = require("sitePhone", sitePhone, ConfigRules.sitePhone(sitePhone), ConfigRules.A_SITE_PHONE);
    }

    /** A configuration with the default heartbeat interval, retention and site phone. */
    public KioskConfig(String siteName, String regionCode, URI centralUrl, Path dataDir, Duration idleTimeout,
            Duration idleCountdown, String technicianPinHash, Orientation orientation, Theme theme,
            Map<String, String> deviceSettings, Locale locale) {
        this(siteName, regionCode, centralUrl, dataDir, idleTimeout, idleCountdown, technicianPinHash, orientation,
                theme, deviceSettings, locale, DEFAULT_HEARTBEAT_INTERVAL, DEFAULT_JOURNAL_RETENTION, DEFAULT_SITE_PHONE);
    }

    /** The folder of the transaction journal: {@code <dataDir>/journal}. */
    public Path journalDir() {
        return dataDir.resolve("journal");
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

    /** The driver named for {@code role} ({@code device.<role>.driver}), if any. */
    public Optional<String> driverOf(DeviceRole role) {
        return Optional.ofNullable(deviceSettings.get(ConfigRules.DEVICE_PREFIX + role.configKey() + ".driver"));
    }

    /** The roles with a {@code device.<role>.driver} line. */
    public Set<DeviceRole> configuredRoles() {
        Set<DeviceRole> roles = EnumSet.noneOf(DeviceRole.class);
        for (DeviceRole role : DeviceRole.values()) {
            if (driverOf(role).isPresent()) {
                roles.add(role);
            }
        }
        return roles;
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

    public KioskConfig withDeviceSettings(Map<String, String> settings) {
        return toBuilder().deviceSettings(settings).build();
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
                .orientation(orientation).theme(theme).deviceSettings(deviceSettings).locale(locale)
                .heartbeatInterval(heartbeatInterval).journalRetention(journalRetention).sitePhone(sitePhone);
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
        private final Map<String, String> deviceSettings = new TreeMap<>();
        private Locale locale = DEFAULT_LOCALE;
        private Duration heartbeatInterval = DEFAULT_HEARTBEAT_INTERVAL;
        private Duration journalRetention = DEFAULT_JOURNAL_RETENTION;
        private String sitePhone = DEFAULT_SITE_PHONE;

        private Builder() {
        }

        /** {@code fleet.heartbeatInterval}. */
        public Builder heartbeatInterval(Duration value) {
            heartbeatInterval = value;
            return this;
        }

        public Builder journalRetention(Duration value) {
            journalRetention = value;
            return this;
        }

        public Builder sitePhone(String value) {
            sitePhone = value;
            return this;
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

        /** Replaces all {@code device.*} settings. */
        public Builder deviceSettings(Map<String, String> value) {
            deviceSettings.clear();
            deviceSettings.putAll(value);
            return this;
        }

        /** Configures one device role: its driver and settings (keys without the {@code device.<role>.} prefix). */
        public Builder device(DeviceRole role, String driverName, Map<String, String> settings) {
            String prefix = ConfigRules.DEVICE_PREFIX + role.configKey() + ".";
            deviceSettings.keySet().removeIf(k -> k.startsWith(prefix));
            deviceSettings.put(prefix + "driver", driverName);
            settings.forEach((k, v) -> deviceSettings.put(prefix + k, v));
            return this;
        }

        public Builder locale(Locale value) {
            locale = value;
            return this;
        }

        public KioskConfig build() {
            return new KioskConfig(siteName, regionCode, centralUrl, dataDir, idleTimeout, idleCountdown,
                    technicianPinHash, orientation, theme, deviceSettings, locale, heartbeatInterval, journalRetention,
                    sitePhone);
        }
    }
}
