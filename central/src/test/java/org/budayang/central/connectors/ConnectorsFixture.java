package org.budayang.central.connectors;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.budayang.central.CentralServer;
import org.budayang.central.TestCatalogs;
import org.budayang.central.applications.ApplicationService;
import org.budayang.central.applications.PensionCertifications;
import org.budayang.central.applications.ServiceDocuments;
import org.budayang.central.catalog.LoadedCatalogRepository;
import org.budayang.central.connectors.queries.ItemQueries;
import org.budayang.central.connectors.sandbox.SandboxAdmin;
import org.budayang.central.connectors.sandbox.SandboxProvider;
import org.budayang.central.connectors.sandbox.SandboxSettings;
import org.budayang.central.db.Database;
import org.budayang.central.db.TestDatabases;

/**
 * Central with the sandbox connectors on port 0, wired the way CentralMain wires them, over one
 * seeded database per kind shared by the tests of a JVM (seeded once on 2026-03-02). Each fixture
 * has its own sandbox switches, clock and fake identity checks.
 */
public final class ConnectorsFixture implements AutoCloseable {
    public static final Duration PROCESSING_AFTER = Duration.ofHours(1);
    private static final Map<TestDatabases.Kind, Database> DATABASES = new EnumMap<>(TestDatabases.Kind.class);

    public final MutableClock clock = new MutableClock(TestCatalogs.NOW);
    public final FakeIdentityChecks identity = new FakeIdentityChecks();
    public final SandboxProvider sandbox;
    public final Connectors connectors;
    public final ServiceDocuments documents;
    public final Database database;
    private final CentralServer server;

    public ConnectorsFixture(TestDatabases.Kind kind, Map<String, String> config) {
        database = database(kind);
        sandbox = new SandboxProvider(database.dataSource(), clock, SandboxSettings.from(config));
        connectors = Connectors.select(config, List.of(sandbox));
        LoadedCatalogRepository catalogs = new LoadedCatalogRepository(TestCatalogs.bundled());
        CatalogItems items = new CatalogItems(catalogs);
        ItemQueries queries = new ItemQueries(items, connectors, clock);
        ApplicationService applications = new ApplicationService(items, connectors, database.dataSource(), clock,
                PROCESSING_AFTER);
        PensionCertifications certifications = new PensionCertifications(identity, connectors.socialSecurity(), clock);
        documents = new ServiceDocuments(items, queries, applications, clock);
        server = org.budayang.central.TestPlatform.secured(database, clock).catalogRepository(catalogs).port(0)
                .module(new ConnectorsModule(connectors, queries, applications, certifications,
                        Optional.of(new SandboxAdmin(sandbox))))
                .module(new org.budayang.central.identity.EcTokenModule(connectors.medicalInsurance()))
                .build().start();
    }

    public ConnectorsFixture(TestDatabases.Kind kind) {
        this(kind, Map.of());
    }

    public String url(String path) {
        return server.url() + path;
    }

    private static synchronized Database database(TestDatabases.Kind kind) {
        return DATABASES.computeIfAbsent(kind, TestDatabases::fresh);
    }

    @Override
    public void close() {
        server.stop();
    }
}
