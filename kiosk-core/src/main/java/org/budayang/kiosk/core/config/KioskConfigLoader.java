package org.budayang.kiosk.core.config;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.budayang.api.catalog.DeviceRole;
import org.budayang.kiosk.core.security.PinHasher;

/** Reads {@link KioskConfig} from a UTF-8 properties file; see {@link KioskConfig#load(Path)}. */
final class KioskConfigLoader {
    static final String SITE_NAME = "site.name";
    static final String SITE_REGION = "site.region";
    static final String CENTRAL_URL = "central.url";
    static final String DATA_DIR = "data.dir";
    static final String IDLE_TIMEOUT = "idle.timeout.seconds";
    static final String IDLE_COUNTDOWN = "idle.countdown.seconds";
    static final String PIN_HASH = "technician.pin.hash";
    static final String ORIENTATION = "display.orientation";
    static final String THEME = "display.theme";
    static final String LOCALE = "locale";
    static final String OLD_DEVICES_PREFIX = "devices.";
    /** Keys of the kiosk secret of #4: refused, the kiosk enrols instead (decision 0014). */
    static final Set<String> SECRET_KEYS = Set.of("kiosk.id", "kiosk.secretFile");
    static final String HEARTBEAT_INTERVAL = "fleet.heartbeatInterval";
    static final String JOURNAL_RETENTION = "journal.retention";
    static final String SITE_PHONE = "site.phone";

    private static final Set<String> KEYS = Set.of(SITE_NAME, SITE_REGION, CENTRAL_URL, DATA_DIR, IDLE_TIMEOUT,
            IDLE_COUNTDOWN, PIN_HASH, ORIENTATION, THEME, LOCALE, HEARTBEAT_INTERVAL, JOURNAL_RETENTION, SITE_PHONE);

    private final Path file;
    private final Properties properties;

    private KioskConfigLoader(Path file, Properties properties) {
        this.file = file;
        this.properties = properties;
    }

    static KioskConfig load(Path propertiesFile) {
        Path file = propertiesFile.toAbsolutePath().normalize();
        return new KioskConfigLoader(file, read(file)).build();
    }

    private static Properties read(Path file) {
        Properties properties = new Properties();
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader reader = new InputStreamReader(Files.newInputStream(file), decoder)) {
            properties.load(reader);
        } catch (CharacterCodingException e) {
            throw new ConfigException(file, "the file is not valid UTF-8 (" + e + "); save it as UTF-8", e);
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigException(file, "cannot read the file (" + e
                    + "); start from kiosk-app/config/kiosk-demo.properties", e);
        }
        return properties;
    }

    private KioskConfig build() {
        rejectUnknownKeys();
        return new KioskConfig(
                required(SITE_NAME, v -> v, ConfigRules::siteName, ConfigRules.SITE_NAME),
                required(SITE_REGION, v -> v, ConfigRules::region, ConfigRules.REGION),
                required(CENTRAL_URL, KioskConfigLoader::uri, ConfigRules::centralUrl, ConfigRules.CENTRAL_URL),
                required(DATA_DIR, this::dataDir, d -> true, ConfigRules.DATA_DIR),
                optional(IDLE_TIMEOUT, KioskConfigLoader::seconds, ConfigRules::idleTimeout, ConfigRules.IDLE_TIMEOUT,
                        KioskConfig.DEFAULT_IDLE_TIMEOUT),
                optional(IDLE_COUNTDOWN, KioskConfigLoader::seconds, ConfigRules::idleCountdown,
                        ConfigRules.IDLE_COUNTDOWN, KioskConfig.DEFAULT_IDLE_COUNTDOWN),
                pinHash(),
                optional(ORIENTATION, v -> named(Orientation.values(), Orientation::configValue, v), o -> true,
                        "portrait or landscape (default landscape)", Orientation.LANDSCAPE),
                optional(THEME, v -> named(Theme.values(), Theme::configValue, v), t -> true,
                        "standard or elder (default standard)", Theme.STANDARD),
                devices(),
                optional(LOCALE, KioskConfigLoader::locale, l -> true, ConfigRules.LOCALE, KioskConfig.DEFAULT_LOCALE),
                optional(HEARTBEAT_INTERVAL, KioskConfigLoader::isoDuration, ConfigRules::heartbeatInterval,
                        ConfigRules.HEARTBEAT_INTERVAL, KioskConfig.DEFAULT_HEARTBEAT_INTERVAL),
                optional(JOURNAL_RETENTION, KioskConfigLoader::isoDuration, ConfigRules::journalRetention,
                        ConfigRules.JOURNAL_RETENTION, KioskConfig.DEFAULT_JOURNAL_RETENTION),
                optional(SITE_PHONE, v -> v, ConfigRules::sitePhone, ConfigRules.SITE_PHONE,
                        KioskConfig.DEFAULT_SITE_PHONE));
    }

    private void rejectUnknownKeys() {
        for (String key : new TreeSet<>(properties.stringPropertyNames())) {
            if (KEYS.contains(key)) {
                continue;
            }
            if (SECRET_KEYS.contains(key)) {
                throw ConfigException.retired(file, key, ConfigRules.ENROL_INSTEAD);
            }
            if (key.startsWith(OLD_DEVICES_PREFIX)) {
                throw new ConfigException(file, key, properties.getProperty(key),
                        "the device.<role>.* keys; devices.<role>=<driver> is no longer read: write "
                                + ConfigRules.DEVICE_PREFIX + key.substring(OLD_DEVICES_PREFIX.length()) + ".driver="
                                + properties.getProperty(key).strip() + " and the driver's settings"
                                + " (e.g. .link=tcp, .host, .tcpPort or .link=serial, .port, .baud)");
            }
            if (key.startsWith(ConfigRules.DEVICE_PREFIX)) {
                if (!ConfigRules.deviceKey(key)) {
                    throw new ConfigException(file, key, properties.getProperty(key), ConfigRules.DEVICE_KEY);
                }
                continue;
            }
            throw new ConfigException(file, key, properties.getProperty(key),
                    "no such key; the keys are " + String.join(", ", new TreeSet<>(KEYS)) + " and device.<role>.*");
        }
    }

    private Map<String, String> devices() {
        Map<String, String> devices = new TreeMap<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith(ConfigRules.DEVICE_PREFIX)) {
                devices.put(key, properties.getProperty(key).strip());
            }
        }
        return devices;
    }

    private String pinHash() {
        String value = properties.getProperty(PIN_HASH);
        if (value == null || value.isBlank()) {
            throw new ConfigException(file, PIN_HASH, null, ConfigRules.PIN_HASH);
        }
        String stored = value.strip();
        PinHasher.formatProblem(stored).ifPresent(why -> {
            throw new ConfigException(file, PIN_HASH, stored, ConfigRules.PIN_HASH + " (this value: " + why + ")");
        });
        return stored;
    }

    private <T> T required(String key, Function<String, T> parse, Predicate<T> ok,
            String accepted) {
        String value = properties.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new ConfigException(file, key, null, accepted);
        }
        return check(key, value.strip(), parse, ok, accepted);
    }

    private <T> T optional(String key, Function<String, T> parse, Predicate<T> ok,
            String accepted, T defaultValue) {
        String value = properties.getProperty(key);
        if (value == null) {
            return defaultValue;
        }
        return check(key, value.strip(), parse, ok, accepted);
    }

    private <T> T check(String key, String value, Function<String, T> parse, Predicate<T> ok,
            String accepted) {
        T parsed;
        try {
            parsed = parse.apply(value);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(file, key, value, accepted);
        }
        if (parsed == null || !ok.test(parsed)) {
            throw new ConfigException(file, key, value, accepted);
        }
        return parsed;
    }

    private Path dataDir(String value) {
        try {
            Path path = Path.of(value);
            return (path.isAbsolute() ? path : file.getParent().resolve(path)).normalize();
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static URI uri(String value) {
        try {
            return new URI(value);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static Duration isoDuration(String value) {
        try {
            return Duration.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static Duration seconds(String value) {
        return Duration.ofSeconds(Long.parseLong(value));
    }

    private static Locale locale(String value) {
        if (!ConfigRules.localeText(value)) {
            throw new IllegalArgumentException(value);
        }
        return ConfigRules.locale(value);
    }

    private static <E> E named(E[] values, Function<E, String> name, String value) {
        for (E e : values) {
            if (name.apply(e).equals(value)) {
                return e;
            }
        }
        throw new IllegalArgumentException(value);
    }
}
