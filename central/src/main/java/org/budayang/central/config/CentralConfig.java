package org.budayang.central.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import org.budayang.central.db.DatabaseConfig;

/**
 * Central's configuration: a Java properties file (UTF-8) given by {@code --config}, plus the data
 * directory. Immutable; every key is checked at start, and a bad key or value stops central with a
 * message naming the key, the value and what is accepted. Keys:
 * <ul>
 *   <li>{@code db.url}, {@code db.user}, {@code db.password}, {@code db.poolSize} — default an H2 file
 *       database {@code <data-dir>/central};</li>
 *   <li>{@code http.maxBodyBytes} — largest request body, default 1 MiB;</li>
 *   <li>{@code kiosk.<kioskId>.secretHash} of #4 is refused with how to enrol instead: kiosks authenticate by the
 *       client certificate from enrolment only (decision 0014);</li>
 *   <li>{@code idempotency.retention} — how long idempotency records are kept (ISO-8601, default P7D);</li>
 *   <li>{@code connectors.*}, {@code identity.*}, {@code documents.*}, {@code sandbox.*}, {@code help.*} — passed
 *       through to those features ({@link #section(String)}), which check their own keys;</li>
 *   <li>{@code tls.*} (TLS port, host names, kiosk CA), {@code fleet.*} (enrolment) and {@code ops.token} —
 *       read by {@code TlsSettings}, {@code EnrolmentSettings} and {@code FleetTrust} (decision 0014).</li>
 *   <li>{@code telemetry.*}, {@code alerts.*}, {@code commands.*}, {@code ratelimit.*}, {@code selftests.*} — fleet
 *       operations ({@code FleetOperations}), which check their own keys.</li>
 * </ul>
 */
public final class CentralConfig {
    public static final long DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
    public static final Duration DEFAULT_IDEMPOTENCY_RETENTION = Duration.ofDays(7);
    /** The prefixes whose keys belong to features and are handed to them whole. */
    public static final Set<String> FEATURE_SECTIONS = Set.of("connectors", "identity", "documents", "sandbox",
            "applications", "help", "tls", "fleet", "ops", "console", "telemetry", "alerts", "commands",
            "ratelimit", "selftests", "payments");
    private static final Set<String> PLATFORM_KEYS = Set.of("db.url", "db.user", "db.password", "db.poolSize",
            "http.maxBodyBytes", "idempotency.retention");
    private static final String ACCEPTED = "db.url, db.user, db.password, db.poolSize, http.maxBodyBytes, "
            + "idempotency.retention, connectors.*, identity.*, documents.*, sandbox.*, "
            + "applications.*, help.*, tls.*, fleet.*, ops.*, console.*, telemetry.*, alerts.*, commands.*, "
            + "ratelimit.*, selftests.*, payments.*";

    private final Path dataDir;
    private final DatabaseConfig database;
    private final long maxBodyBytes;
    private final Duration idempotencyRetention;
    private final Map<String, Map<String, String>> sections;

    private CentralConfig(Path dataDir, DatabaseConfig database, long maxBodyBytes, Duration retention,
                          Map<String, Map<String, String>> sections) {
        this.dataDir = dataDir;
        this.database = database;
        this.maxBodyBytes = maxBodyBytes;
        this.idempotencyRetention = retention;
        this.sections = Collections.unmodifiableMap(sections);
    }

    /** Reads {@code file} (UTF-8 properties) when given; without a file every default applies. */
    public static CentralConfig load(Optional<Path> file, Path dataDir) {
        Properties properties = new Properties();
        if (file.isPresent()) {
            Path path = file.get();
            try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (NoSuchFileException e) {
                throw new ConfigException("Configuration file " + path.toAbsolutePath() + " does not exist; give an "
                        + "existing file to --config or leave --config out to use the defaults", e);
            } catch (CharacterCodingException e) {
                throw new ConfigException("Configuration file " + path.toAbsolutePath() + " is not UTF-8 text; "
                        + "save it as UTF-8", e);
            } catch (IOException | IllegalArgumentException e) {
                throw new ConfigException("Cannot read configuration file " + path.toAbsolutePath() + ": "
                        + e.getMessage(), e);
            }
        }
        return of(properties, dataDir);
    }

    /** Checks and builds from properties already read. */
    public static CentralConfig of(Properties properties, Path dataDir) {
        if (dataDir == null) {
            throw new ConfigException("--data-dir must be given (default var/central)");
        }
        Map<String, String> all = new TreeMap<>();
        for (String name : properties.stringPropertyNames()) {
            all.put(name, properties.getProperty(name).strip());
        }
        Map<String, Map<String, String>> sections = new TreeMap<>();
        for (String feature : FEATURE_SECTIONS) {
            sections.put(feature, new TreeMap<>());
        }
        for (Map.Entry<String, String> entry : all.entrySet()) {
            String key = entry.getKey();
            String prefix = key.contains(".") ? key.substring(0, key.indexOf('.')) : key;
            if (FEATURE_SECTIONS.contains(prefix)) {
                sections.get(prefix).put(key.substring(prefix.length() + 1), entry.getValue());
            } else if (prefix.equals("kiosk")) {
                throw removedKioskSecret(key);
            } else if (!PLATFORM_KEYS.contains(key)) {
                throw new ConfigException("Configuration key '" + key + "' is unknown; accepted keys: " + ACCEPTED);
            }
        }
        Path data = dataDir.toAbsolutePath().normalize();
        DatabaseConfig database = database(all, data);
        long maxBody = longValue(all, "http.maxBodyBytes", DEFAULT_MAX_BODY_BYTES, 1024, 64L * 1024 * 1024,
                "bytes, 1024..67108864");
        Duration retention = duration(all, "idempotency.retention", DEFAULT_IDEMPOTENCY_RETENTION);
        return new CentralConfig(data, database, maxBody, retention, sections);
    }

    /** {@code kiosk.*} held the per-kiosk secrets of #4, which are gone (decision 0014). */
    private static ConfigException removedKioskSecret(String key) {
        return new ConfigException("Configuration key '" + key + "' was removed: kiosk secrets (#4) no longer "
                + "exist, kiosks authenticate with the client certificate from enrolment only (decision 0014). "
                + "Delete the kiosk.* lines and enrol each kiosk instead: central ops create an enrolment code "
                + "(POST /api/v1/ops/enrolment-codes), the technician enters it on the kiosk (technician panel or "
                + "'provision enrol').");
    }

    private static DatabaseConfig database(Map<String, String> all, Path dataDir) {
        DatabaseConfig fallback = DatabaseConfig.h2File(dataDir.resolve("central"));
        String url = all.getOrDefault("db.url", fallback.jdbcUrl());
        String user = all.getOrDefault("db.user", all.containsKey("db.url") ? "" : fallback.user());
        String password = all.getOrDefault("db.password", all.containsKey("db.url") ? "" : fallback.password());
        int pool = (int) longValue(all, "db.poolSize", fallback.poolSize(), 1, 200, "connections, 1..200");
        try {
            return new DatabaseConfig(url, user, password, pool);
        } catch (IllegalArgumentException e) {
            throw new ConfigException("Configuration key 'db.url': " + e.getMessage(), e);
        }
    }

    private static long longValue(Map<String, String> all, String key, long fallback, long min, long max,
                                  String accepted) {
        String text = all.get(key);
        if (text == null) {
            return fallback;
        }
        try {
            long value = Long.parseLong(text);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below with the accepted range
        }
        throw new ConfigException("Configuration key '" + key + "' has the value '" + text + "'; expected a whole "
                + "number of " + accepted);
    }

    private static Duration duration(Map<String, String> all, String key, Duration fallback) {
        String text = all.get(key);
        if (text == null) {
            return fallback;
        }
        try {
            Duration value = Duration.parse(text);
            if (!value.isNegative() && value.compareTo(Duration.ofMinutes(1)) >= 0) {
                return value;
            }
        } catch (java.time.format.DateTimeParseException e) {
            // reported below with an example
        }
        throw new ConfigException("Configuration key '" + key + "' has the value '" + text + "'; expected an "
                + "ISO-8601 duration of at least one minute, e.g. P7D (7 days) or PT12H");
    }

    public Path dataDir() {
        return dataDir;
    }

    public DatabaseConfig database() {
        return database;
    }

    public long maxBodyBytes() {
        return maxBodyBytes;
    }

    public Duration idempotencyRetention() {
        return idempotencyRetention;
    }

    /**
     * The keys of a feature's section without the prefix ({@code connectors.tax.mode=sandbox} is
     * {@code tax.mode} in section {@code connectors}); empty when none are configured.
     */
    public Map<String, String> section(String name) {
        Map<String, String> section = sections.get(name);
        if (section == null) {
            throw new IllegalArgumentException("Configuration section '" + name + "' does not exist; sections: "
                    + new TreeMap<>(sections).keySet());
        }
        return Collections.unmodifiableMap(section);
    }

    @Override
    public String toString() {
        return "CentralConfig[data " + dataDir + ", " + database + ", maxBodyBytes " + maxBodyBytes + ", idempotency retention " + idempotencyRetention + "]";
    }
}
