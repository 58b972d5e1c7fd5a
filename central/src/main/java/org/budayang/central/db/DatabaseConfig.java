package org.budayang.central.db;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where central keeps its data: an embedded H2 file database (the default, no set-up) or a
 * PostgreSQL server.
 *
 * @param jdbcUrl  {@code jdbc:h2:file:...} or {@code jdbc:postgresql://host:5432/db}
 * @param user     database user
 * @param password database password (never logged)
 * @param poolSize maximum connections in the pool, 1..200
 */
public record DatabaseConfig(String jdbcUrl, String user, String password, int poolSize) {
    /** H2 settings that make it accept the same SQL as PostgreSQL for our migrations. */
    public static final String H2_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    public DatabaseConfig {
        Objects.requireNonNull(jdbcUrl, "DatabaseConfig.jdbcUrl is required");
        if (!jdbcUrl.startsWith("jdbc:h2:") && !jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("database URL '" + redact(jdbcUrl) + "' is not supported; expected jdbc:h2:... "
                    + "(embedded, the default) or jdbc:postgresql://host:port/database");
        }
        Objects.requireNonNull(user, "DatabaseConfig.user is required (may be empty)");
        Objects.requireNonNull(password, "DatabaseConfig.password is required (may be empty)");
        if (poolSize < 1 || poolSize > 200) {
            throw new IllegalArgumentException("database pool size " + poolSize + " is out of range; expected 1..200");
        }
    }

    /**
     * The URL for logs and messages: without its query ({@code ?password=...}) or H2 settings ({@code ;...}), which
     * may carry credentials; a cut is marked with "?…" or ";…".
     */
    public String redactedUrl() {
        return redact(jdbcUrl);
    }

    static String redact(String url) {
        int query = url.indexOf('?');
        int settings = url.indexOf(';');
        int cut = query < 0 ? settings : settings < 0 ? query : Math.min(query, settings);
        return cut < 0 ? url : url.substring(0, cut + 1) + "…";
    }

    /** Never the password; the URL redacted. */
    @Override
    public String toString() {
        return "DatabaseConfig[" + redactedUrl() + ", user '" + user + "', pool " + poolSize + "]";
    }

    /** The embedded default: an H2 file database at {@code file} (without the {@code .mv.db} suffix). */
    public static DatabaseConfig h2File(Path file) {
        return new DatabaseConfig("jdbc:h2:file:" + file.toAbsolutePath() + H2_OPTIONS, "sa", "", 10);
    }

    /** An in-memory H2 database named {@code name}, kept while the JVM runs (tests). */
    public static DatabaseConfig h2Memory(String name) {
        return new DatabaseConfig("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1" + H2_OPTIONS, "sa", "", 10);
    }

    public boolean isPostgres() {
        return jdbcUrl.startsWith("jdbc:postgresql:");
    }
}
