package org.budayang.central.connectors;

import static org.budayang.central.connectors.QueriesHttpTest.assertError;
import static org.budayang.central.connectors.QueriesHttpTest.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.budayang.api.catalog.Department;
import org.budayang.central.connectors.KioskHttp.Reply;
import org.budayang.central.db.TestDatabases;
import org.budayang.central.identity.RegisteredPerson;
import org.budayang.central.web.ApiException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A department switched to UNAVAILABLE / SLOW / FAILING while the others keep working. */
class DepartmentModesHttpTest {
    private static final String TOKEN = "sandbox-admin-token-for-tests";
    private static final String ZHANG_SAN = QueriesHttpTest.ZHANG_SAN;

    @ParameterizedTest
    @MethodSource("org.budayang.central.db.TestDatabases#both")
    void configuredUnavailableDepartmentIsReportedAndRefusesWhileOthersWork(TestDatabases.Kind kind) {
        try (ConnectorsFixture central = new ConnectorsFixture(kind, Map.of("sandbox.TAX.mode", "UNAVAILABLE"))) {
            assertError(query(central, "GG00021001", ZHANG_SAN, Map.of()), 503, "DEPARTMENT_UNAVAILABLE");
            assertEquals(200, query(central, "GG00031001", ZHANG_SAN, Map.of()).status());
            assertEquals(200, query(central, "GG00014001", ZHANG_SAN, Map.of()).status());
            JsonNode departments = KioskHttp.get(central.url(ConnectorsModule.DEPARTMENTS)).body().path("departments");
            assertEquals(4, departments.size());
            JsonNode tax = find(departments, "TAX");
            assertEquals("UNAVAILABLE", tax.path("state").asText());
            assertTrue(tax.path("reason").asText().contains("税务业务系统暂时无法访问"), tax::toString);
            assertEquals("AVAILABLE", find(departments, "SOCIAL_SECURITY").path("state").asText());
            ApiException e = assertThrows(ApiException.class, () -> central.connectors.tax().taxpayerName(ZHANG_SAN));
            assertTrue(e.citizenMessage().orElseThrow().contains("税务"), e.citizenMessage().toString());
        }
    }

    @ParameterizedTest
    @MethodSource("org.budayang.central.db.TestDatabases#both")
    void adminApiSwitchesSlowFailingAndBackToNormal(TestDatabases.Kind kind) {
        try (ConnectorsFixture central = new ConnectorsFixture(kind, Map.of("sandbox.adminToken", TOKEN))) {
            String ss = central.url("/sandbox/admin/departments/SOCIAL_SECURITY/mode");
            assertError(KioskHttp.send("PUT", ss, "{\"mode\":\"SLOW\"}"), 401, "UNAUTHORIZED");
            assertError(KioskHttp.send("PUT", ss, "{\"mode\":\"SLOW\"}", "Authorization", "Bearer wrong-token-0000000"),
                    401, "UNAUTHORIZED");
            assertError(admin(central, "/sandbox/admin/departments/POLICE/mode", "{\"mode\":\"SLOW\"}"), 404,
                    "UNKNOWN_DEPARTMENT");
            assertError(admin(central, "/sandbox/admin/departments/SOCIAL_SECURITY/mode", "{\"mode\":\"BROKEN\"}"), 400,
                    "INVALID_SANDBOX_MODE");
            assertError(admin(central, "/sandbox/admin/departments/SOCIAL_SECURITY/mode",
                    "{\"mode\":\"FAILING\",\"failureRate\":1.5}"), 400, "INVALID_SANDBOX_MODE");

            Reply slow = admin(central, "/sandbox/admin/departments/SOCIAL_SECURITY/mode",
                    "{\"mode\":\"SLOW\",\"delayMillis\":400}");
            assertEquals(200, slow.status(), slow::toString);
            assertEquals("SLOW", slow.body().path("availability").path("state").asText());
            Reply answered = query(central, "GG00031001", ZHANG_SAN, Map.of());
            assertEquals(200, answered.status());
            assertTrue(answered.millis() >= 800, "two slow calls (insurance + contributions) took " + answered.millis());
            Reply medical = query(central, "GG00041001", ZHANG_SAN, Map.of());
            assertTrue(medical.millis() < 400, "医保 is not slowed: " + medical.millis() + " ms");

            admin(central, "/sandbox/admin/departments/SOCIAL_SECURITY/mode", "{\"mode\":\"FAILING\",\"failureRate\":0.5}");
            Map<Integer, Integer> statuses = new HashMap<>();
            for (int i = 0; i < 6; i++) {
                // JF00033001 makes exactly one call to 社保: with rate 0.5 every second call fails
                statuses.merge(query(central, "JF00033001", ZHANG_SAN, Map.of()).status(), 1, Integer::sum);
            }
            assertEquals(Map.of(200, 3, 502, 3), statuses);
            Reply failing = null;
            for (int i = 0; i < 2 && (failing == null || failing.status() != 502); i++) {
                failing = query(central, "JF00033001", ZHANG_SAN, Map.of());
            }
            assertError(failing, 502, "DEPARTMENT_ERROR", "same Idempotency-Key");

            // what the detail says works: a 5xx releases the key, so the same key runs again once the department is back
            admin(central, "/sandbox/admin/departments/SOCIAL_SECURITY/mode", "{\"mode\":\"UNAVAILABLE\"}");
            String body = "{\"itemCode\":\"GG00031001\",\"idNumber\":\"" + ZHANG_SAN + "\",\"params\":{}}";
            String[] headers = {"X-Budayang-Kiosk", KioskHttp.KIOSK_ID, "Idempotency-Key", "retry-same-key-0001"};
            assertError(KioskHttp.send("POST", central.url(ConnectorsModule.QUERIES), body, headers), 503,
                    "DEPARTMENT_UNAVAILABLE", "same Idempotency-Key");
            admin(central, "/sandbox/admin/departments/SOCIAL_SECURITY/mode", "{\"mode\":\"NORMAL\"}");
            Reply retried = KioskHttp.send("POST", central.url(ConnectorsModule.QUERIES), body, headers);
            assertEquals(200, retried.status(), retried::toString);

            admin(central, "/sandbox/admin/departments/SOCIAL_SECURITY/mode", "{\"mode\":\"UNAVAILABLE\"}");
            assertError(query(central, "GG00031001", ZHANG_SAN, Map.of()), 503, "DEPARTMENT_UNAVAILABLE");
            assertEquals(200, query(central, "GG00041001", ZHANG_SAN, Map.of()).status());
            Reply read = KioskHttp.send("GET", ss, null, "Authorization", "Bearer " + TOKEN);
            assertEquals("UNAVAILABLE", read.body().path("mode").asText());

            admin(central, "/sandbox/admin/departments/SOCIAL_SECURITY/mode", "{\"mode\":\"NORMAL\"}");
            assertEquals(200, query(central, "GG00031001", ZHANG_SAN, Map.of()).status());
        }
    }

    @ParameterizedTest
    @MethodSource("org.budayang.central.db.TestDatabases#both")
    void adminApiIsAbsentWithoutAToken(TestDatabases.Kind kind) {
        try (ConnectorsFixture central = new ConnectorsFixture(kind)) {
            assertError(admin(central, "/sandbox/admin/departments/TAX/mode", "{\"mode\":\"SLOW\"}"), 404, "NOT_FOUND");
        }
    }

    @ParameterizedTest
    @MethodSource("org.budayang.central.db.TestDatabases#both")
    void populationRegisterFindsRegisteredPeopleAndHonoursTheSwitch(TestDatabases.Kind kind) {
        try (ConnectorsFixture central = new ConnectorsFixture(kind)) {
            RegisteredPerson zhuoma = central.connectors.publicSecurity().find("623001198807110026").orElseThrow();
            assertEquals("卓玛", zhuoma.name());
            assertEquals("04", zhuoma.nationCode());
            assertEquals("甘南州公安局合作市分局", zhuoma.authority());
            assertEquals(Optional.empty(), central.connectors.publicSecurity().find("11010519491231002X"));
            central.sandbox.gate(Department.PUBLIC_SECURITY).set(
                    org.budayang.central.connectors.sandbox.SandboxBehaviour.of(
                            org.budayang.central.connectors.sandbox.SandboxMode.UNAVAILABLE, null, null));
            ApiException down = assertThrows(ApiException.class,
                    () -> central.connectors.publicSecurity().find("623001198807110026"));
            assertEquals(503, down.status());
            assertEquals("DEPARTMENT_UNAVAILABLE", down.error().code());
        }
    }

    private static Reply admin(ConnectorsFixture central, String path, String body) {
        return KioskHttp.send("PUT", central.url(path), body, "Authorization", "Bearer " + TOKEN);
    }

    private static JsonNode find(JsonNode departments, String department) {
        for (JsonNode d : departments) {
            if (d.path("department").asText().equals(department)) {
                return d;
            }
        }
        throw new AssertionError(department + " missing in " + departments);
    }
}
