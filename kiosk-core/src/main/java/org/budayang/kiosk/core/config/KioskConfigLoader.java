package org.budayang.kiosk.core.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads {@link KioskConfig} from a UTF-8 properties file; see {@link KioskConfig#load(Path)}. The file is read by
 * {@link ConfigStore} (a half-written file is refused), its values are checked by {@link ConfigRules#check} and read
 * by the same rules.
 */
final class KioskConfigLoader {
    private static final Logger LOG = LoggerFactory.getLogger(KioskConfigLoader.class);
    private static final String START_FROM = "start from kiosk-app/config/kiosk-demo.properties";

    private KioskConfigLoader() {
    }

    static KioskConfig load(Path propertiesFile) {
        Path file = propertiesFile.toAbsolutePath().normalize();
        ConfigFile read = ConfigStore.readFile(file).file();
        switch (read.integrity()) {
            case ABSENT -> throw new ConfigException(file, "cannot read the file (" + read.detail() + "); "
                    + START_FROM, null);
            case UNREADABLE -> throw new ConfigException(file, "cannot read the file: " + read.detail() + "; "
                    + START_FROM, null);
            case HALF_WRITTEN -> throw new ConfigException(file, "the file is half-written: " + read.detail(), null);
            case EDITED -> LOG.warn("Kiosk configuration {} was changed by hand since it was written ({}); reading it"
                    + " as it is", file, read.detail());
            default -> {
                // SEALED or HAND_WRITTEN: read as it is
            }
        }
        return from(file, read.values());
    }

    /**
     * The configuration {@code values} (key to value as written in {@code file}) stand for.
     *
     * @throws ConfigException naming every problem {@link ConfigRules#check} finds, the first first
     */
    static KioskConfig from(Path file, Map<String, String> values) {
        List<ConfigProblem> problems = ConfigRules.check(values);
        if (!problems.isEmpty()) {
            throw ConfigException.of(file, problems);
        }
        Path dataDir = ConfigRules.DATA_DIR_RULE.read(values, null);
        return new KioskConfig(
                ConfigRules.SITE_NAME_RULE.read(values, null),
                ConfigRules.REGION_RULE.read(values, null),
                ConfigRules.CENTRAL_URL_RULE.read(values, null),
                (dataDir.isAbsolute() ? dataDir : file.toAbsolutePath().getParent().resolve(dataDir)).normalize(),
                ConfigRules.IDLE_TIMEOUT_RULE.read(values, KioskConfig.DEFAULT_IDLE_TIMEOUT),
                ConfigRules.IDLE_COUNTDOWN_RULE.read(values, KioskConfig.DEFAULT_IDLE_COUNTDOWN),
                ConfigRules.PIN_HASH_RULE.read(values, null),
                ConfigRules.ORIENTATION_RULE.read(values, Orientation.LANDSCAPE),
                ConfigRules.THEME_RULE.read(values, Theme.STANDARD),
                devices(values),
                ConfigRules.LOCALE_RULE.read(values, KioskConfig.DEFAULT_LOCALE),
                ConfigRules.HEARTBEAT_RULE.read(values, KioskConfig.DEFAULT_HEARTBEAT_INTERVAL),
                ConfigRules.RETENTION_RULE.read(values, KioskConfig.DEFAULT_JOURNAL_RETENTION),
                ConfigRules.SITE_PHONE_RULE.read(values, KioskConfig.DEFAULT_SITE_PHONE));
    }

    private static Map<String, String> devices(Map<String, String> values) {
        Map<String, String> devices = new TreeMap<>();
        values.forEach((key, value) -> {
            if (key.startsWith(ConfigRules.DEVICE_PREFIX)) {
                devices.put(key, value.strip());
            }
        });
        return devices;
    }
}
