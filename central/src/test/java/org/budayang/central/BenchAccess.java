package org.budayang.central;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.Properties;
import org.budayang.central.catalog.CatalogLoader;
import org.budayang.central.catalog.LoadedCatalogRepository;
import org.budayang.api.catalog.Catalog;
import org.budayang.api.json.ApiJson;
import org.budayang.central.config.CentralConfig;
import org.budayang.central.db.Database;

/** Starts central for the bench main as CentralMain does, plus {@link TestApplicationsModule}. */
public final class BenchAccess {
    private BenchAccess() {
    }

    public static CentralServer start(Optional<Path> configFile, Path dataDir, Optional<String> postgresUrl,
                                      Clock clock) {
        CentralConfig config = CentralConfig.load(configFile, dataDir);
        if (postgresUrl.isPresent()) {
            Properties properties = new Properties();
            configFile.ifPresent(file -> {
                try (var reader = java.nio.file.Files.newBufferedReader(file)) {
                    properties.load(reader);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            properties.setProperty("db.url", postgresUrl.get());
            properties.setProperty("db.user", "postgres");
            properties.setProperty("db.password", "postgres");
            config = CentralConfig.of(properties, dataDir);
        }
        Catalog catalog = new CatalogLoader(ApiJson.mapper(), clock).loadBundled();
        Database database = Database.open(config.database());
        return CentralMain.platform(CentralServer.builder(), config, database, clock, new LoadedCatalogRepository(catalog))
                .module(new TestApplicationsModule(catalog))
                .catalogRepository(new LoadedCatalogRepository(catalog))
                .clock(clock)
                .port(0)
                .build()
                .start();
    }

    /** A central wired as CentralMain wires it and the database it runs on (for bench-only bulk inserts). */
    public record Running(CentralServer server, Database database) {
    }

    /**
     * Central exactly as {@link CentralMain} wires it (no test module), from {@code properties} (db.*, tls.*,
     * telemetry.* …) with {@code dataDir} (where it keeps its kiosk CA when tls.caCert is not given).
     */
    public static Running startCentral(Properties properties, Path dataDir, Clock clock) {
        CentralConfig config = CentralConfig.of(properties, dataDir);
        Catalog catalog = new CatalogLoader(ApiJson.mapper(), clock).loadBundled();
        Database database = Database.open(config.database());
        CentralServer server = CentralMain.platform(CentralServer.builder(), config, database, clock,
                        new LoadedCatalogRepository(catalog))
                .catalogRepository(new LoadedCatalogRepository(catalog))
                .clock(clock)
                .port(0)
                .build()
                .start();
        return new Running(server, database);
    }
}
