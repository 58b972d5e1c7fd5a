package org.budayang.provisioning.fleet;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.budayang.kiosk.core.config.ConfigRules;

/**
 * Where the kiosk keeps what provisioning shares with it, from the configuration's {@code data.dir} (a relative path is
 * resolved against the configuration file's folder, as the kiosk resolves it): the enrolment's credentials in
 * {@code <data.dir>/fleet} (read by the kiosk at start, decision 0014) and the last self-test report in
 * {@code <data.dir>/provisioning/selftest-last.json}.
 *
 * @param dataDir the kiosk's absolute data directory
 */
public record KioskDirs(Path dataDir) {
    public static final String SELFTEST_LAST = "selftest-last.json";

    public KioskDirs {
        Objects.requireNonNull(dataDir, "KioskDirs.dataDir is required");
        if (!dataDir.isAbsolute()) {
            throw new IllegalArgumentException("KioskDirs.dataDir must be absolute, got '" + dataDir + "'");
        }
        dataDir = dataDir.normalize();
    }

    /** The directories of the configuration {@code values} read from {@code configFile}; empty without data.dir. */
    public static Optional<KioskDirs> of(Path configFile, Map<String, String> values) {
        String value = values.get(ConfigRules.DATA_DIR);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            Path path = Path.of(value.strip());
            Path folder = configFile.toAbsolutePath().getParent();
            return Optional.of(new KioskDirs(path.isAbsolute() ? path : folder.resolve(path)));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** The kiosk's credentials from enrolment. */
    public Path fleet() {
        return dataDir.resolve("fleet");
    }

    /** The last self-test report (JSON, {@code budayang.selftest/1}). */
    public Path selftestLast() {
        return dataDir.resolve("provisioning").resolve(SELFTEST_LAST);
    }
}
