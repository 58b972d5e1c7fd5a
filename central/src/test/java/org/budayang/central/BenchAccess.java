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
        return CentralMain.platform(CentralServer.builder(), config, database, clock)
                .module(new TestApplicationsModule(catalog))
                .catalogRepository(new LoadedCatalogRepository(catalog))
                .clock(clock)
                .port(0)
                .build()
                .start();
    }
}
