package org.budayang.central.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Central's database: a HikariCP pool migrated by Flyway from {@code classpath:db/migration}
 * (the same migrations for H2 and PostgreSQL). Migration version ranges per feature, files named
 * {@code V<n>__<feature>_<what>.sql}:
 * <ul>
 *   <li>V1–V19 platform (schema info, idempotency; V2's kiosk secrets table, dropped by V19);</li>
 *   <li>V20–V39 connectors (the sandbox department systems, applications);</li>
 *   <li>V40–V49 identity (face checks);</li>
 *   <li>V60–V79 documents (issued documents);</li>
 *   <li>V80–V89 flows (evaluations, help requests, transactions);</li>
 *   <li>V90–V99 fleet enrolment (enrolment codes, kiosk certificates);</li>
 *   <li>V100–V119 fleet operations (heartbeats, alerts, commands);</li>
 *   <li>V120–V129 ops console (users, sessions, audit);</li>
 *   <li>V130–V139 payments (bills, orders, cash reports, refunds, the payment sandbox);</li>
 *   <li>V50–V59 and V140+ are not assigned yet; a later feature asks for a range.</li>
 * </ul>
 * {@code MigrationRangesTest} keeps the files in their ranges.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final HikariDataSource pool;
    private final DatabaseConfig config;

    private Database(HikariDataSource pool, DatabaseConfig config) {
        this.pool = pool;
        this.config = config;
    }

    /** Opens the pool and migrates; throws {@link DatabaseException} naming the URL when either fails. */
    public static Database open(DatabaseConfig config) {
        HikariConfig hikari = new HikariConfig();
        hikari.setJdbcUrl(config.jdbcUrl());
        hikari.setUsername(config.user());
        hikari.setPassword(config.password());
        hikari.setMaximumPoolSize(config.poolSize());
        hikari.setPoolName("central-db");
        hikari.setConnectionTimeout(10_000);
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(hikari);
        } catch (RuntimeException e) {
            throw new DatabaseException("Cannot connect to the database " + config.redactedUrl() + " as user '"
                    + config.user() + "': " + e.getMessage() + ". Check the URL, that the server runs and accepts"
                    + " connections, and the credentials.", e);
        }
        try {
            // feature ranges (V1–V19 platform … V130–V139 payments) grow independently: a new lower-range migration
            // (e.g. V19, after V131 ran) must apply on a database already past it
            MigrateResult result = Flyway.configure().dataSource(pool).locations("classpath:db/migration")
                    .outOfOrder(true).load().migrate();
            LOG.info("Database {} ready at schema version {} ({} migrations applied now)", config.redactedUrl(),
                    result.targetSchemaVersion, result.migrationsExecuted);
        } catch (RuntimeException e) {
            pool.close();
            throw new DatabaseException("Cannot migrate the database " + config.redactedUrl() + ": " + e.getMessage(), e);
        }
        return new Database(pool, config);
    }

    public DataSource dataSource() {
        return pool;
    }

    public DatabaseConfig config() {
        return config;
    }

    @Override
    public void close() {
        pool.close();
    }
}
