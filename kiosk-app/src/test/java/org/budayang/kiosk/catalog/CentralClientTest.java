package org.budayang.kiosk.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.budayang.api.catalog.Catalog;
import org.budayang.api.health.HealthStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The real client against a real HTTP server on a free loopback port. */
class CentralClientTest {
    private final TestCentral central = new TestCentral(TestCatalogs.sample());
    private final CentralClient client = new CentralClient(central.url());

    @AfterEach
    void stop() throws Exception {
        client.close();
        central.close();
    }

    @Test
    void fetchesTheCatalogueCentralPublishes() throws Exception {
        Catalog catalog = client.fetchCatalog();
        assertEquals(TestCatalogs.sample(), catalog);
        assertEquals(List.of("null"), central.ifNoneMatchSeen());
    }

    @Test
    void conditionalFetchGets304WhenTheVersionIsCurrent() throws Exception {
        assertEquals(Optional.empty(), client.fetchCatalogIfChanged(TestCatalogs.VERSION));
        assertEquals(List.of("\"" + TestCatalogs.VERSION + "\""), central.ifNoneMatchSeen());
        assertEquals(1, central.notModifiedCount());
    }

    @Test
    void conditionalFetchGetsTheNewCatalogueWhenTheVersionChanged() throws Exception {
        central.publish(TestCatalogs.sample("2026.11.27-1"));
        Optional<Catalog> fetched = client.fetchCatalogIfChanged(TestCatalogs.VERSION);
        assertEquals("2026.11.27-1", fetched.orElseThrow().version());
        assertEquals(0, central.notModifiedCount());
    }

    @Test
    void healthIsRead() throws Exception {
        HealthStatus health = client.health();
        assertEquals(HealthStatus.UP, health.status());
        assertEquals(TestCatalogs.VERSION, health.catalogVersion());
    }

    @Test
    void baseUrlWithTrailingSlashWorks() throws Exception {
        try (CentralClient slash = new CentralClient(URI.create(central.url() + "/"))) {
            assertEquals(TestCatalogs.VERSION, slash.fetchCatalog().version());
        }
    }

    @Test
    void connectionRefusedNamesTheUrlAndWhatToCheck() throws Exception {
        URI closed = Ports.closedPortUrl();
        try (CentralClient down = new CentralClient(closed)) {
            CentralUnavailableException e = assertThrows(CentralUnavailableException.class, down::fetchCatalog);
            assertEquals(URI.create(closed + "/api/v1/catalog"), e.url());
            assertTrue(e.getMessage().startsWith("Central request " + closed + "/api/v1/catalog failed: "
                    + "connection refused by 127.0.0.1:" + closed.getPort()), e.getMessage());
            assertTrue(e.getMessage().contains("central.url"), e.getMessage());
        }
    }

    @Test
    void http500IsReportedWithItsStatus() {
        central.failWith(500);
        CentralUnavailableException e = assertThrows(CentralUnavailableException.class, client::fetchCatalog);
        assertTrue(e.problem().startsWith("HTTP 500 Internal Server Error"), e.problem());
        assertTrue(e.problem().contains("central test failure 500"), e.problem());
    }

    @Test
    void http503OnHealthIsReportedWithItsStatus() {
        central.failWith(503);
        CentralUnavailableException e = assertThrows(CentralUnavailableException.class, client::health);
        assertEquals(URI.create(central.url() + "/health"), e.url());
        assertTrue(e.problem().startsWith("HTTP 503 Service Unavailable"), e.problem());
    }

    @Test
    void brokenJsonIsReportedWithItsPosition() {
        central.answerRaw("{\"version\": \"1\",\n \"publishedAt\": ");
        CentralUnavailableException e = assertThrows(CentralUnavailableException.class, client::fetchCatalog);
        assertTrue(e.problem().startsWith("invalid JSON at line 2, column "), e.problem());
    }

    @Test
    void aCatalogueThatBreaksTheRecordRulesIsReportedWithTheRule() {
        central.answerRaw("{\"version\": \" \", \"publishedAt\": \"2026-11-26T00:00:00Z\", \"items\": []}");
        CentralUnavailableException e = assertThrows(CentralUnavailableException.class, client::fetchCatalog);
        assertTrue(e.problem().startsWith("invalid JSON at line 1"), e.problem());
        assertTrue(e.problem().contains("Catalog.version must not be blank"), e.problem());
    }

    @Test
    void aHangingServerTimesOutAfterTheResponseTimeout() {
        central.hang();
        long start = System.nanoTime();
        CentralUnavailableException e = assertThrows(CentralUnavailableException.class, client::fetchCatalog);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(e.problem().startsWith("timed out after 5 s waiting for the response"), e.problem());
        assertTrue(took.compareTo(Duration.ofMillis(4500)) > 0 && took.compareTo(Duration.ofSeconds(7)) < 0,
                "took " + took);
    }

    @Test
    void onlyHttpUrlsAreAccepted() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new CentralClient(URI.create("ftp://127.0.0.1:21")));
        assertTrue(e.getMessage().contains("'ftp://127.0.0.1:21' is not an http(s) URL"), e.getMessage());
    }
}
