package org.budayang.central;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.util.List;
import org.budayang.api.ApiPaths;
import org.budayang.api.catalog.Catalog;
import org.budayang.api.catalog.Department;
import org.budayang.api.health.HealthStatus;
import org.budayang.api.json.ApiJson;
import org.budayang.api.problem.Problem;
import org.budayang.central.catalog.LoadedCatalogRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real server on a free port, called with java.net.http.HttpClient. */
class CentralServerTest {
    private static final ObjectMapper JSON = ApiJson.mapper();
    private static Catalog catalog;
    private static CentralServer server;
    private static String base;

    @BeforeAll
    static void start() {
        catalog = TestCatalogs.bundled();
        server = CentralServer.builder()
                .catalogRepository(new LoadedCatalogRepository(catalog))
                .clock(TestCatalogs.CLOCK)
                .version("9.9.9-test")
                .port(0)
                .build()
                .start();
        base = server.url();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void servesTheCatalogueAsJsonThatParsesBackIntoTheSameCatalog() throws IOException {
        HttpResponse<String> response = Http.get(base + ApiPaths.CATALOG);

        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                response.headers().toString());
        Catalog served = JSON.readValue(response.body(), Catalog.class);
        assertEquals(catalog, served);
        assertTrue(served.items().size() >= 12, "items: " + served.items().size());
        for (Department department : Department.values()) {
            assertTrue(served.byDepartment(department).size() >= 3, department + " has too few items");
        }
        assertEquals(TestCatalogs.NOW, served.publishedAt());
    }

    @Test
    void theEtagIsTheCatalogueVersionAndAMatchingIfNoneMatchAnswers304WithoutBody() {
        HttpResponse<String> first = Http.get(base + ApiPaths.CATALOG);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertEquals("\"" + catalog.version() + "\"", etag);
        assertEquals("no-cache", first.headers().firstValue("Cache-Control").orElse(""));

        HttpResponse<String> again = Http.get(base + ApiPaths.CATALOG, "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
        assertEquals(etag, again.headers().firstValue("ETag").orElse(""));

        HttpResponse<String> weakInList = Http.get(base + ApiPaths.CATALOG, "If-None-Match", "\"old\", W/" + etag);
        assertEquals(304, weakInList.statusCode());

        HttpResponse<String> stale = Http.get(base + ApiPaths.CATALOG, "If-None-Match", "\"0000000000000000\"");
        assertEquals(200, stale.statusCode());
        assertFalse(stale.body().isEmpty());
    }

    @Test
    void aDepartmentFilterServesOnlyThatDepartmentUnderItsOwnEtag() throws IOException {
        HttpResponse<String> response = Http.get(base + ApiPaths.CATALOG + "?department=MEDICAL_INSURANCE");

        assertEquals(200, response.statusCode());
        Catalog filtered = JSON.readValue(response.body(), Catalog.class);
        assertEquals(catalog.byDepartment(Department.MEDICAL_INSURANCE), filtered.items());
        assertEquals(catalog.version(), filtered.version());
        String etag = response.headers().firstValue("ETag").orElseThrow();
        assertEquals("\"" + catalog.version() + "-MEDICAL_INSURANCE\"", etag);
        assertEquals(200, Http.get(base + ApiPaths.CATALOG, "If-None-Match", etag).statusCode(),
                "the filtered tag must not validate the full catalogue");
        assertEquals(304, Http.get(base + ApiPaths.CATALOG + "?department=MEDICAL_INSURANCE",
                "If-None-Match", etag).statusCode());
    }

    @Test
    void headAnswersTheSameHeadersAsGetWithoutABody() {
        HttpResponse<String> head = Http.send("HEAD", base + ApiPaths.CATALOG);

        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
        assertEquals("\"" + catalog.version() + "\"", head.headers().firstValue("ETag").orElse(""));
        assertEquals(304, Http.send("HEAD", base + ApiPaths.CATALOG, "If-None-Match",
                "\"" + catalog.version() + "\"").statusCode());
        assertEquals(200, Http.send("HEAD", base + ApiPaths.HEALTH).statusCode());
    }

    @Test
    void aTrailingSlashIsTheSameEndpointAndPathTricksFindNothing() {
        assertEquals(200, Http.get(base + ApiPaths.CATALOG + "/").statusCode());
        String traversal = Http.raw(server.port(),
                "GET /api/v1/catalog/../../etc/passwd HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertTrue(traversal.startsWith("HTTP/1.1 404"), traversal);
        assertJsonErrorWithoutTrace(traversal);
    }

    @Test
    void anUnknownDepartmentIsA400NamingTheValueAndTheAcceptedOnes() throws IOException {
        HttpResponse<String> response = Http.get(base + ApiPaths.CATALOG + "?department=POLICE");

        assertEquals(400, response.statusCode());
        Problem error = JSON.readValue(response.body(), Problem.class);
        assertEquals("INVALID_PARAMETER", error.code());
        assertTrue(error.detail().contains("'POLICE'"), error.detail());
        assertTrue(error.detail().contains("PUBLIC_SECURITY, TAX, SOCIAL_SECURITY, MEDICAL_INSURANCE"),
                error.detail());
        assertTrue(response.headers().firstValue("ETag").isEmpty(), "an error has no ETag");
    }

    @Test
    void theDepartmentGivenTwiceIsA400() throws IOException {
        HttpResponse<String> response = Http.get(base + ApiPaths.CATALOG + "?department=TAX&department=TAX");

        assertEquals(400, response.statusCode());
        Problem error = JSON.readValue(response.body(), Problem.class);
        assertTrue(error.detail().contains("given 2 times"), error.detail());
    }

    @Test
    void anUnknownPathIsA404JsonErrorThatDoesNotEchoThePath() throws IOException {
        HttpResponse<String> response = Http.get(base + "/api/v1/citizens/620102199001011234");

        assertEquals(404, response.statusCode());
        Problem error = JSON.readValue(response.body(), Problem.class);
        assertEquals("NOT_FOUND", error.code());
        assertTrue(error.detail().contains("/api/v1/openapi.json"), error.detail());
        assertEquals("未找到该业务，请返回首页重新选择。", error.citizenMessage());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                response.headers().toString());
        assertFalse(response.body().contains("620102199001011234"), response.body());
    }

    @Test
    void aWrongMethodIsA405JsonErrorWithAllow() throws IOException {
        for (String method : List.of("POST", "DELETE", "PUT", "OPTIONS", "TRACE")) {
            HttpResponse<String> response = Http.send(method, base + ApiPaths.CATALOG);

            assertEquals(405, response.statusCode(), method);
            assertEquals("METHOD_NOT_ALLOWED", JSON.readValue(response.body(), Problem.class).code());
            assertEquals("GET, HEAD", response.headers().firstValue("Allow").orElse(""), method);
        }
    }

    @Test
    void healthReportsUpWithVersionsAndTheClock() throws IOException {
        HttpResponse<String> response = Http.get(base + ApiPaths.HEALTH);

        assertEquals(200, response.statusCode());
        HealthStatus health = JSON.readValue(response.body(), HealthStatus.class);
        assertEquals(new HealthStatus(HealthStatus.UP, "9.9.9-test", catalog.version(), TestCatalogs.NOW), health);
        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(""));
    }

    @Test
    void everyResponseCarriesTheSecurityHeadersAndNoServerVersion() {
        for (HttpResponse<String> response : List.of(
                Http.get(base + ApiPaths.CATALOG),
                Http.get(base + ApiPaths.HEALTH),
                Http.get(base + "/nope"),
                Http.send("POST", base + ApiPaths.HEALTH),
                Http.get(base + ApiPaths.CATALOG + "?department=x"))) {
            String where = response.request().method() + " " + response.uri() + " -> " + response.statusCode();
            assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""), where);
            assertEquals("DENY", response.headers().firstValue("X-Frame-Options").orElse(""), where);
            assertTrue(response.headers().firstValue("Content-Security-Policy").orElse("")
                    .contains("default-src 'none'"), where);
            assertEquals("no-referrer", response.headers().firstValue("Referrer-Policy").orElse(""), where);
            assertTrue(response.headers().firstValue("Server").isEmpty(), where + " " + response.headers());
        }
    }

    @Test
    void malformedRequestsThatNeverReachARouteGetJsonErrorsToo() {
        String badEscape = Http.raw(server.port(), "GET /api/v1/%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertTrue(badEscape.startsWith("HTTP/1.1 400"), badEscape);
        assertJsonErrorWithoutTrace(badEscape);

        String garbage = Http.raw(server.port(), "HELLO THERE\r\n\r\n");
        assertTrue(garbage.startsWith("HTTP/1.1 505"), garbage);
        assertTrue(garbage.contains("HTTP_VERSION_NOT_SUPPORTED"), garbage);
        assertJsonErrorWithoutTrace(garbage);

        String hugeHeader = Http.raw(server.port(), "GET /health HTTP/1.1\r\nHost: x\r\nX-Big: "
                + "a".repeat(20_000) + "\r\nConnection: close\r\n\r\n");
        assertTrue(hugeHeader.startsWith("HTTP/1.1 431"), hugeHeader);
        assertJsonErrorWithoutTrace(hugeHeader);
    }

    private static void assertJsonErrorWithoutTrace(String rawResponse) {
        String lower = rawResponse.toLowerCase(java.util.Locale.ROOT);
        assertTrue(lower.contains("content-type: application/problem+json"), rawResponse);
        assertTrue(lower.contains("x-content-type-options: nosniff"), rawResponse);
        assertTrue(rawResponse.contains("\"code\":\""), rawResponse);
        assertFalse(rawResponse.contains("Exception") || rawResponse.contains("<html") || rawResponse.contains("\tat "),
                rawResponse);
    }

    @Test
    void anUnexpectedFailureIsA500JsonErrorWithAnIncidentAndNoStackTrace() throws IOException {
        java.util.concurrent.atomic.AtomicBoolean broken = new java.util.concurrent.atomic.AtomicBoolean();
        try (CentralServer failing = CentralServer.builder()
                .catalogRepository(() -> {
                    if (broken.get()) {
                        throw new IllegalStateException("database exploded at org.example.Secret");
                    }
                    return catalog;
                })
                .port(0)
                .build()
                .start()) {
            broken.set(true);
            HttpResponse<String> response = Http.get(failing.url() + ApiPaths.CATALOG);

            assertEquals(500, response.statusCode());
            Problem error = JSON.readValue(response.body(), Problem.class);
            assertEquals("INTERNAL_ERROR", error.code());
            assertTrue(error.detail().matches(".*incident [0-9a-f-]{36}\\..*"), error.detail());
            assertTrue(error.instance().startsWith("urn:budayang:incident:"), error.instance());
            assertEquals("urn:budayang:problem:INTERNAL_ERROR", error.type());
            assertFalse(response.body().contains("exploded") || response.body().contains("Exception"),
                    response.body());
            assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""));
        }
    }

    @Test
    void anEmptyCatalogueMakesHealthDegraded() throws IOException {
        Catalog empty = new Catalog("e0", TestCatalogs.NOW, List.of());
        try (CentralServer emptyServer = CentralServer.builder()
                .catalogRepository(new LoadedCatalogRepository(empty))
                .clock(TestCatalogs.CLOCK)
                .port(0)
                .build()
                .start()) {
            HealthStatus health = JSON.readValue(Http.get(emptyServer.url() + ApiPaths.HEALTH).body(),
                    HealthStatus.class);
            assertEquals(HealthStatus.DEGRADED, health.status());
            assertEquals("dev", health.version());
        }
    }

    @Test
    void aPortInUseGivesAnErrorNamingHostAndPort() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();
            CentralServer second = CentralServer.builder()
                    .catalogRepository(new LoadedCatalogRepository(catalog))
                    .host("127.0.0.1")
                    .port(port)
                    .build();

            CentralStartupException e = assertThrows(CentralStartupException.class, second::start);

            assertTrue(e.getMessage().contains("http://127.0.0.1:" + port), e.getMessage());
            assertTrue(e.getMessage().contains("already in use"), e.getMessage());
            assertTrue(e.getMessage().contains("--port"), e.getMessage());
            IllegalStateException again = assertThrows(IllegalStateException.class, second::start);
            assertTrue(again.getMessage().contains("STOPPED"), again.getMessage());
        }
    }

    @Test
    void aServerStartsOnceAndReportsItsPortOnlyWhileRunning() {
        CentralServer fresh = CentralServer.builder().catalogRepository(new LoadedCatalogRepository(catalog))
                .port(0).build();
        IllegalStateException notStarted = assertThrows(IllegalStateException.class, fresh::port);
        assertTrue(notStarted.getMessage().contains("port() needs state STARTED but the server is NEW"),
                notStarted.getMessage());
        fresh.start();
        try {
            assertNotEquals(0, fresh.port());
            assertThrows(IllegalStateException.class, fresh::start);
        } finally {
            fresh.stop();
        }
        fresh.stop();
        assertThrows(IllegalStateException.class, fresh::port);
    }

    @Test
    void theBuilderRefusesBadSettingsNamingThem() {
        IllegalArgumentException port = assertThrows(IllegalArgumentException.class,
                () -> CentralServer.builder().port(70000));
        assertTrue(port.getMessage().contains("70000"), port.getMessage());
        NullPointerException missing = assertThrows(NullPointerException.class,
                () -> CentralServer.builder().build());
        assertTrue(missing.getMessage().contains("catalogRepository"), missing.getMessage());
    }
}
