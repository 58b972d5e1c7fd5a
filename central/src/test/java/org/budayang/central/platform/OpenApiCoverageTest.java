package org.budayang.central.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.budayang.api.json.ApiJson;
import org.budayang.central.CentralServer;
import org.budayang.central.Http;
import org.budayang.central.MutableClock;
import org.budayang.central.PlatformServer;
import org.budayang.central.db.TestDatabases;
import org.budayang.central.openapi.OpenApiDocument;
import org.junit.jupiter.api.Test;

/** The OpenAPI document describes every route central registers, so it cannot rot. */
class OpenApiCoverageTest {
    private static final ObjectMapper JSON = ApiJson.mapper();

    @Test
    void everyApiAndVerifyRouteIsDescribedAndTheServedDocumentIsTheMergedOne() throws IOException {
        try (PlatformServer central = PlatformServer.start(TestDatabases.Kind.H2, new MutableClock(Instant.now()))) {
            JsonNode served = JSON.readTree(Http.get(central.url() + CentralServer.OPENAPI).body());
            assertTrue(served.get("openapi").asText().startsWith("3.0."), served.get("openapi").asText());
            assertEquals(JSON.valueToTree(central.server.openApi().json()), served);

            Set<OpenApiDocument.Operation> described = Set.copyOf(central.server.openApi().operations());
            List<String> undescribed = new ArrayList<>();
            int checked = 0;
            for (CentralServer.Route route : central.server.routes()) {
                boolean api = route.path().startsWith("/api/v1") || route.path().startsWith("/verify");
                if (!api || route.method().startsWith("BEFORE") || route.method().startsWith("AFTER")) {
                    continue;
                }
                checked++;
                String template = route.path().replaceAll("<([^>]+)>", "{$1}");
                if (!described.contains(new OpenApiDocument.Operation(route.method(), template))) {
                    undescribed.add(route.method() + " " + route.path());
                }
            }
            assertTrue(checked >= 7, "catalogue, openapi and the test module's routes at least: " + checked);
            assertTrue(undescribed.isEmpty(), "routes missing from the OpenAPI document (add them to the module's "
                    + "openApiFragment()): " + undescribed);

            Set<String> routes = central.server.routes().stream().map(r -> r.method() + " " + r.path())
                    .collect(Collectors.toSet());
            for (OpenApiDocument.Operation operation : described) {
                assertTrue(routes.contains(operation.method() + " " + operation.path()),
                        "described but not served: " + operation);
            }
            JsonNode schemas = served.path("components").path("schemas");
            assertTrue(schemas.has("Problem") && schemas.has("TestApplication"), schemas.toString());
            assertTrue(served.path("components").path("parameters").has("IdempotencyKey"));
            assertTrue(served.path("info").path("description").asText().contains("kiosk authentication by mutual "
                    + "TLS"), "the kiosk secret of #4 is gone from the document");
            assertTrue(served.path("components").path("securitySchemes").path("kioskSecret").isMissingNode());
        }
    }

    @Test
    void aRouteDescribedTwiceOrAClashingSchemaStopsTheMerge() {
        ClassLoader loader = getClass().getClassLoader();
        IllegalStateException twice = assertThrows(IllegalStateException.class, () -> OpenApiDocument.merge(JSON,
                loader, List.of("openapi/test-applications.json", "openapi/test-applications.json")));
        assertTrue(twice.getMessage().contains("POST /api/v1/test/applications"), twice.getMessage());
        IllegalStateException clash = assertThrows(IllegalStateException.class, () -> OpenApiDocument.merge(JSON,
                loader, List.of("openapi/test-clash.json")));
        assertTrue(clash.getMessage().contains("components.schemas.Problem"), clash.getMessage());
        IllegalStateException missing = assertThrows(IllegalStateException.class, () -> OpenApiDocument.merge(JSON,
                loader, List.of("openapi/nope.json")));
        assertFalse(missing.getMessage().isBlank());
    }
}
