package org.budayang.kiosk.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.budayang.api.health.HealthStatus;
import org.budayang.kiosk.security.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalogue service with a real client, a real server on a free port and a real cache folder. */
class CatalogServiceTest {
    private static final Instant T0 = Instant.parse("2026-11-26T02:00:00Z");

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(T0);
    private final TestCentral central = new TestCentral(TestCatalogs.sample());
    private CentralClient client;

    @AfterEach
    void stop() throws IOException {
        if (client != null) {
            client.close();
        }
        central.close();
    }

    private CatalogService service(URI url) {
        client = new CentralClient(url);
        return new CatalogService(client, new CatalogCache(dir, clock), clock);
    }

    @Test
    void beforeTheFirstRefreshThereIsNothing() {
        CatalogService service = service(central.url());
        assertEquals(CatalogOrigin.NONE, service.current().origin());
        assertFalse(service.centralReachable());
    }

    @Test
    void centralUpGivesItsCatalogueAndSavesIt() {
        CatalogService service = service(central.url());
        LoadedCatalog loaded = service.refresh();
        assertEquals(new LoadedCatalog(TestCatalogs.sample(), CatalogOrigin.CENTRAL, T0, true, null), loaded);
        assertEquals(loaded, service.current());
        assertTrue(service.centralReachable());
        assertEquals(TestCatalogs.sample(), new CatalogCache(dir).load().orElseThrow().catalog());
    }

    @Test
    void centralDownFallsBackToTheCacheWithTheProblem() {
        CatalogService first = service(central.url());
        first.refresh();
        URI url = central.url();
        central.close();

        clock.advance(Duration.ofHours(5));
        LoadedCatalog loaded = first.refresh();
        assertEquals(CatalogOrigin.CACHE, loaded.origin());
        assertEquals(TestCatalogs.sample(), loaded.catalog());
        assertEquals(T0, loaded.loadedAt(), "a cached catalogue is as old as when central delivered it");
        assertFalse(loaded.centralReachable());
        assertFalse(first.centralReachable());
        assertTrue(loaded.problem().contains(url + "/api/v1/catalog failed: connection refused"),
                loaded.problem());
    }

    @Test
    void aFreshKioskStartsFromTheCacheWhenCentralIsDown() {
        new CatalogCache(dir, clock).store(TestCatalogs.sample());
        URI closed = Ports.closedPortUrl();
        CatalogService service = service(closed);
        clock.advance(Duration.ofMinutes(1));
        LoadedCatalog loaded = service.refresh();
        assertEquals(CatalogOrigin.CACHE, loaded.origin());
        assertEquals(T0, loaded.loadedAt());
        assertTrue(loaded.problem().contains(closed + "/api/v1/catalog"), loaded.problem());
    }

    @Test
    void noCentralAndNoCacheGivesAnEmptyCatalogueAndTheProblem() {
        CatalogService service = service(Ports.closedPortUrl());
        LoadedCatalog loaded = service.refresh();
        assertEquals(CatalogOrigin.NONE, loaded.origin());
        assertEquals("none", loaded.catalog().version());
        assertEquals(List.of(), loaded.catalog().items());
        assertTrue(loaded.problem().contains("connection refused"), loaded.problem());
        assertTrue(loaded.problem().contains("no saved catalogue in " + dir.resolve("catalog.json")),
                loaded.problem());
    }

    @Test
    void aCorruptCacheIsMovedAsideAndTheKioskStartsEmpty() throws IOException {
        Files.writeString(dir.resolve("catalog.json"), "{\"savedAt\": 12, \"catalog\": [");
        CatalogService service = service(Ports.closedPortUrl());
        LoadedCatalog loaded = service.refresh();
        assertEquals(CatalogOrigin.NONE, loaded.origin());
        try (var files = Files.list(dir)) {
            assertTrue(files.anyMatch(f -> f.getFileName().toString().startsWith("catalog.json.corrupt-")));
        }
    }

    @Test
    void aSecondRefreshAsksConditionallyAndKeepsTheCatalogueOn304() {
        CatalogService service = service(central.url());
        service.refresh();
        clock.advance(Duration.ofMinutes(10));
        LoadedCatalog again = service.refresh();
        assertEquals(List.of("null", "\"" + TestCatalogs.VERSION + "\""), central.ifNoneMatchSeen());
        assertEquals(1, central.notModifiedCount());
        assertEquals(new LoadedCatalog(TestCatalogs.sample(), CatalogOrigin.CENTRAL, T0.plus(Duration.ofMinutes(10)),
                true, null), again);
    }

    @Test
    void aNewVersionOnCentralReplacesTheCatalogueAndTheCache() {
        CatalogService service = service(central.url());
        service.refresh();
        central.publish(TestCatalogs.sample("2026.11.27-1"));
        assertEquals("2026.11.27-1", service.refresh().catalog().version());
        assertEquals("2026.11.27-1", new CatalogCache(dir).load().orElseThrow().catalog().version());
    }

    @Test
    void startFromCacheShowsTheSavedCatalogueWithoutAskingCentral() {
        new CatalogCache(dir, clock).store(TestCatalogs.sample());
        CatalogService service = service(central.url());
        LoadedCatalog loaded = service.startFromCache();
        assertEquals(CatalogOrigin.CACHE, loaded.origin());
        assertEquals(List.of(), central.ifNoneMatchSeen());
        // the next refresh asks conditionally for the cached version and gets 304
        assertEquals(CatalogOrigin.CENTRAL, service.refresh().origin());
        assertEquals(1, central.notModifiedCount());
    }

    @Test
    void checkHealthTracksReachability() {
        CatalogService service = service(central.url());
        service.refresh();
        assertTrue(service.checkHealth());
        central.reportHealth(HealthStatus.DEGRADED);
        assertFalse(service.checkHealth());
        assertFalse(service.centralReachable());
        assertFalse(service.current().centralReachable());
        assertTrue(service.current().problem().contains("reports health DEGRADED"), service.current().problem());
        central.reportHealth(HealthStatus.UP);
        assertTrue(service.checkHealth());
        assertNull(service.current().problem());
        central.close();
        assertFalse(service.checkHealth());
        assertTrue(service.current().problem().contains("/health failed: connection refused"),
                service.current().problem());
        assertEquals(CatalogOrigin.CENTRAL, service.current().origin(), "the catalogue itself is unchanged");
    }

    @Test
    void http500FromCentralFallsBackWithTheStatusInTheProblem() {
        CatalogService service = service(central.url());
        service.refresh();
        central.failWith(500);
        LoadedCatalog loaded = service.refresh();
        assertEquals(CatalogOrigin.CACHE, loaded.origin());
        assertTrue(loaded.problem().contains("HTTP 500"), loaded.problem());
    }
}
