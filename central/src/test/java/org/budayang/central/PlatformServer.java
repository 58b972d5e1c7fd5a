package org.budayang.central;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Properties;
import org.budayang.api.catalog.Catalog;
import org.budayang.central.catalog.LoadedCatalogRepository;
import org.budayang.central.config.CentralConfig;
import org.budayang.central.db.Database;
import org.budayang.central.db.TestDatabases;

/**
 * Central wired as {@link CentralMain} wires it (platform + every feature module, the test kiosk CA, mutual
 * TLS on a second free port), on a fresh test database of the given kind, with the test kiosks of
 * {@link TestKiosks} enrolled and {@link TestApplicationsModule} added, on a free port.
 */
public final class PlatformServer implements AutoCloseable {
    public final CentralServer server;
    public final Database database;
    public final TestApplicationsModule applications;
    public final Catalog catalog;

    private PlatformServer(CentralServer server, Database database, TestApplicationsModule applications,
                           Catalog catalog) {
        this.server = server;
        this.database = database;
        this.applications = applications;
        this.catalog = catalog;
    }

    public static PlatformServer start(TestDatabases.Kind kind, Clock clock) {
        return start(kind, clock, new Properties());
    }

    /** With extra configuration keys (e.g. http.maxBodyBytes). */
    public static PlatformServer start(TestDatabases.Kind kind, Clock clock, Properties extra) {
        return launch(kind, clock, extra);
    }

    /** Kiosks authenticate by client certificate only (as {@link #start}): enrol more with {@link TestFleet#enrol}. */
    public static PlatformServer startMutualTlsOnly(TestDatabases.Kind kind, Clock clock) {
        return launch(kind, clock, new Properties());
    }

    private static PlatformServer launch(TestDatabases.Kind kind, Clock clock, Properties extra) {
        Properties properties = TestFleet.properties();
        properties.putAll(extra);
        CentralConfig config = CentralConfig.of(properties, Path.of("target", "unused-data-dir"));
        Database database = TestDatabases.fresh(kind);
        TestFleet.registerTestKiosks(database.dataSource());
        Catalog catalog = TestCatalogs.bundled();
        TestApplicationsModule applications = new TestApplicationsModule(catalog);
        try {
            CentralServer server = CentralMain.platform(CentralServer.builder(), config, database, clock, new LoadedCatalogRepository(catalog))
                    .module(applications)
                    .catalogRepository(new LoadedCatalogRepository(catalog))
                    .clock(clock)
                    .port(0)
                    .onStarted(TestFleet::remember)
                    .build()
                    .start();
            return new PlatformServer(server, database, applications, catalog);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    public String url() {
        return server.url();
    }

    /** {@code https://127.0.0.1:<tls port>}: kiosk routes with a client certificate. */
    public String tlsUrl() {
        return server.tlsUrl().orElseThrow();
    }

    @Override
    public void close() {
        server.stop();
    }
}
