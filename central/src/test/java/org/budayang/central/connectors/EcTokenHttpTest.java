package org.budayang.central.connectors;

import org.budayang.central.db.Jdbc;
import static org.budayang.central.connectors.QueriesHttpTest.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.budayang.api.identity.IdentityPaths;
import org.budayang.central.connectors.KioskHttp.Reply;
import org.budayang.central.connectors.sandbox.SandboxEcTokens;
import org.budayang.central.db.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code POST /api/v1/identity/ec-token}: 医保电子凭证 resolved by the sandbox 医保 platform, tokens issued by its
 * admin API; and the department availability the kiosk reads while 医保 is down.
 */
class EcTokenHttpTest {
    private static final String ADMIN = "sandbox-admin-token-for-tests";
    private static final String LI_XIUYING = "620103196512080049";

    private static Reply resolve(ConnectorsFixture central, String token) {
        return KioskHttp.post(central.url(IdentityPaths.EC_TOKEN), Map.of("token", token));
    }

    private static Reply issue(ConnectorsFixture central, String body) {
        return KioskHttp.send("POST", central.url("/sandbox/admin/ec-tokens"), body, "Authorization",
                "Bearer " + ADMIN);
    }

    @ParameterizedTest
    @MethodSource("org.budayang.central.db.TestDatabases#both")
    void theDemoTokenAndIssuedTokensResolveToTheirHolderOnceAndExpire(TestDatabases.Kind kind) {
        try (ConnectorsFixture central = new ConnectorsFixture(kind, Map.of("sandbox.adminToken", ADMIN))) {
            for (int i = 0; i < 2; i++) {
                Reply demo = resolve(central, SandboxEcTokens.DEMO_TOKEN);
                assertEquals(200, demo.status(), demo.toString());
                assertEquals(QueriesHttpTest.ZHANG_SAN, demo.body().path("idNumber").asText());
                assertEquals("张三", demo.body().path("name").asText());
                assertEquals("2099-12-31T16:00:00Z", demo.body().path("expiresAt").asText());
            }

            Reply issued = issue(central, "{\"idNumber\":\"" + LI_XIUYING + "\"}");
            assertEquals(201, issued.status(), issued.toString());
            String token = issued.body().path("token").asText();
            assertTrue(token.matches("BDYEC1[0-9A-Za-z]{58}"), token.length() + " characters");
            assertEquals("2026-03-02T01:35:00Z", issued.body().path("expiresAt").asText(), "5 minutes by default");
            Reply first = resolve(central, token);
            assertEquals(200, first.status(), first.toString());
            assertEquals(LI_XIUYING, first.body().path("idNumber").asText());
            assertEquals("李秀英", first.body().path("name").asText());
            Reply again = resolve(central, token);
            assertError(again, 410, "EC_TOKEN_USED");
            assertTrue(again.body().path("citizenMessage").asText().contains("刷新"), again.toString());
            assertFalse(again.body().toString().contains(token), "the answer does not echo the token");

            Reply shortLived = issue(central, "{\"idNumber\":\"" + LI_XIUYING + "\",\"validSeconds\":10,"
                    + "\"singleUse\":false}");
            String brief = shortLived.body().path("token").asText();
            assertEquals(200, resolve(central, brief).status());
            assertEquals(200, resolve(central, brief).status(), "reusable");
            central.clock.advance(Duration.ofSeconds(10));
            assertError(resolve(central, brief), 410, "EC_TOKEN_EXPIRED");

            Reply unknown = resolve(central, "BDYEC1" + "x1".repeat(29));
            assertError(unknown, 404, "EC_TOKEN_UNKNOWN");
            assertTrue(unknown.body().path("citizenMessage").asText().contains("医保电子凭证"), unknown.toString());

            int rows = new Jdbc(central.database.dataSource()).one("SELECT COUNT(*) AS n FROM sb_mi_ec_token WHERE "
                    + "token_hash = ? OR token_hash = ?", r -> r.getInt("n"), token, brief).orElseThrow();
            assertEquals(0, rows, "only hashes are stored, never the token");
        }
    }

    @Test
    void theAdminApiRefusesStrangersBadNumbersAndPersonsNotEnrolled() {
        try (ConnectorsFixture central = new ConnectorsFixture(TestDatabases.Kind.H2,
                Map.of("sandbox.adminToken", ADMIN))) {
            assertError(KioskHttp.send("POST", central.url("/sandbox/admin/ec-tokens"),
                    "{\"idNumber\":\"" + LI_XIUYING + "\"}"), 401, "UNAUTHORIZED");
            assertError(issue(central, "{\"idNumber\":\"620103196512080040\"}"), 400, "INVALID_ID_NUMBER");
            assertError(issue(central, "{\"idNumber\":\"" + LI_XIUYING + "\",\"validSeconds\":5}"), 400,
                    "INVALID_FIELD");
            assertError(issue(central, "{\"idNumber\":\"11010519491231002X\"}"), 404, "CITIZEN_NOT_FOUND");
        }
        try (ConnectorsFixture central = new ConnectorsFixture(TestDatabases.Kind.H2)) {
            assertError(issue(central, "{\"idNumber\":\"" + LI_XIUYING + "\"}"), 404, "NOT_FOUND");
        }
    }

    @Test
    void whileMedicalInsuranceIsDownTokensAreRefusedAndTheKioskIsToldWhatToDoInstead() {
        try (ConnectorsFixture central = new ConnectorsFixture(TestDatabases.Kind.H2,
                Map.of("sandbox.MEDICAL_INSURANCE.mode", "UNAVAILABLE"))) {
            Reply down = resolve(central, SandboxEcTokens.DEMO_TOKEN);
            assertError(down, 503, "DEPARTMENT_UNAVAILABLE");
            assertTrue(down.body().path("citizenMessage").asText().contains("医保"), down.toString());
            JsonNode departments = KioskHttp.get(central.url(ConnectorsModule.DEPARTMENTS)).body().path("departments");
            for (JsonNode d : departments) {
                if (d.path("department").asText().equals("MEDICAL_INSURANCE")) {
                    assertEquals("UNAVAILABLE", d.path("state").asText());
                    assertTrue(d.path("reason").asText().contains("暂不可办")
                            && d.path("reason").asText().contains("窗口办理"), d.toString());
                } else {
                    assertEquals("AVAILABLE", d.path("state").asText(), d.toString());
                    assertEquals("", d.path("reason").asText());
                }
            }
            assertEquals(4, departments.size());
        }
    }

    @Test
    void noTokenReachesTheLog() throws Exception {
        try (ConnectorsFixture central = new ConnectorsFixture(TestDatabases.Kind.H2,
                Map.of("sandbox.adminToken", ADMIN))) {
            String token = issue(central, "{\"idNumber\":\"" + LI_XIUYING + "\"}").body().path("token").asText();
            assertEquals(200, resolve(central, token).status());
            assertError(resolve(central, token), 410, "EC_TOKEN_USED");
            assertEquals(200, resolve(central, SandboxEcTokens.DEMO_TOKEN).status());
            Path log = Path.of("target/test-logs/central-tests.log");
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            assertTrue(lines.stream().anyMatch(l -> l.contains("医保电子凭证 issued")), "the issue is logged");
            assertTrue(lines.stream().noneMatch(l -> l.contains(token) || l.contains(SandboxEcTokens.DEMO_TOKEN)
                    || l.contains(token.substring(6, 30))), "a token in the log");
        }
    }
}
