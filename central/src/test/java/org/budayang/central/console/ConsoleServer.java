package org.budayang.central.console;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import org.budayang.central.CentralServer;
import org.budayang.central.MutableClock;
import org.budayang.central.TestCatalogs;
import org.budayang.central.TestPlatform;
import org.budayang.central.catalog.LoadedCatalogRepository;
import org.budayang.central.console.auth.PasswordHasher;
import org.budayang.central.db.Database;
import org.budayang.central.db.TestDatabases;

/**
 * Central with the ops console on a fresh test database and a free port, with a clock the test moves.
 * {@code mirrors} creates the source tables the console reads (fleet, flows) before the console is wired.
 * Argon2id runs with a small cost here (8 MiB, t=1) so logins are quick; the production cost has its own test.
 */
final class ConsoleServer implements AutoCloseable {
    static final Instant START = Instant.parse("2026-11-27T02:00:00Z");
    static final PasswordHasher.Cost TEST_COST = new PasswordHasher.Cost(8192, 1, 1);

    final MutableClock clock;
    final Database database;
    final ConsoleModule console;
    final CentralServer server;

    private ConsoleServer(MutableClock clock, Database database, ConsoleModule console, CentralServer server) {
        this.clock = clock;
        this.database = database;
        this.console = console;
        this.server = server;
    }

    static ConsoleServer start(TestDatabases.Kind kind, boolean mirrors) {
        return start(kind, mirrors, ConsoleSettings.DEFAULT);
    }

    static ConsoleServer start(TestDatabases.Kind kind, boolean mirrors, ConsoleSettings settings) {
        MutableClock clock = new MutableClock(START);
        Database database = TestDatabases.fresh(kind);
        try {
            if (mirrors) {
                MirrorTables.createMissing(database.dataSource());
            }
            ConsoleModule console = ConsoleModule.create(database.dataSource(), clock, settings,
                    new PasswordHasher(TEST_COST, new SecureRandom(), 2));
            CentralServer server = TestPlatform.secured(database, clock)
                    .module(console)
                    .catalogRepository(new LoadedCatalogRepository(TestCatalogs.bundled()))
                    .closeOnStop(database)
                    .port(0)
                    .build()
                    .start();
            return new ConsoleServer(clock, database, console, server);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    String url(String path) {
        return server.url() + path;
    }

    Clock clock() {
        return clock;
    }

    /** Adds an ops user directly (as add-ops-user would). */
    void addUser(String username, Role role, String password) {
        console.services().users().create(username, "测试" + role.label(), role,
                console.services().hasher().hash(password));
    }

    Sql sql() {
        return new Sql(database.dataSource());
    }

    @Override
    public void close() {
        server.stop();
    }
}
