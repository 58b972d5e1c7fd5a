package org.budayang.central.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.budayang.api.ApiHeaders;
import org.budayang.api.ApiPaths;
import org.budayang.api.json.ApiJson;
import org.budayang.api.problem.Problem;
import org.budayang.central.Http;
import org.budayang.central.MutableClock;
import org.budayang.central.PlatformServer;
import org.budayang.central.TestApplicationsModule;
import org.budayang.central.TestKiosks;
import org.budayang.central.db.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Kiosk authentication through the real server: public routes, a kiosk known to the handler by its client
 * certificate, and the kiosk secret of #4 gone — its headers are refused like no credentials at all, with how to
 * enrol (decision 0014). Foreign, expired, revoked and unknown certificates: MutualTlsTest.
 */
class KioskAuthenticationTest {
    private static final ObjectMapper JSON = ApiJson.mapper();
    private static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-03-02T01:30:00Z"));
    private static final String OLD_SECRET = "test-secret-0001-aaaaaaaaaaaaaaaaaaaaaaaaaaaa";
    private static PlatformServer central;
    private static String receipt;

    @BeforeAll
    static void start() throws IOException {
        central = PlatformServer.start(TestDatabases.Kind.H2, CLOCK);
        HttpResponse<String> filed = Http.sendBody("POST", central.url() + TestApplicationsModule.APPLICATIONS,
                "{\"idNumber\":\"11010519491231002X\",\"itemCode\":\"620102-GA01-GG00011001\",\"copies\":1}",
                TestKiosks.authWithKey("auth-test-0001"));
        assertEquals(201, filed.statusCode(), filed.body());
        receipt = JSON.readTree(filed.body()).get("applicationId").asText();
    }

    @AfterAll
    static void stop() {
        central.close();
    }

    private static String protectedUrl() {
        return central.url() + TestApplicationsModule.APPLICATIONS + "/" + receipt;
    }

    @Test
    void theCatalogueTheOpenApiDocumentAndHealthArePublic() {
        assertEquals(200, Http.get(central.url() + ApiPaths.CATALOG).statusCode());
        assertEquals(200, Http.send("HEAD", central.url() + ApiPaths.CATALOG).statusCode());
        assertEquals(200, Http.get(central.url() + "/api/v1/openapi.json").statusCode());
        assertEquals(200, Http.get(central.url() + ApiPaths.HEALTH).statusCode());
    }

    @Test
    void aKioskIsKnownToTheHandlerByItsCertificate() throws IOException {
        HttpResponse<String> response = Http.get(protectedUrl(), TestKiosks.auth());
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(TestKiosks.KIOSK, JSON.readTree(response.body()).get("kioskId").asText());
        assertEquals("110105********002X", JSON.readTree(response.body()).get("maskedIdNumber").asText());
    }

    @Test
    void theKioskSecretOfIssue4IsRefusedWithHowToEnrol() throws IOException {
        for (String[] headers : new String[][] {
                {},
                {ApiHeaders.KIOSK_ID, "KSK-620102-0001", ApiHeaders.AUTHORIZATION, "Bearer " + OLD_SECRET},
                {ApiHeaders.AUTHORIZATION, "Bearer " + OLD_SECRET}}) {
            HttpResponse<String> response = Http.get(protectedUrl(), headers);
            String where = String.join(" ", headers);
            assertEquals(401, response.statusCode(), where);
            assertEquals("Mutual-TLS realm=\"budayang-kiosk\"",
                    response.headers().firstValue("WWW-Authenticate").orElse(""), where);
            Problem problem = JSON.readValue(response.body(), Problem.class);
            assertEquals("KIOSK_CERTIFICATE_MISSING", problem.code(), where);
            assertTrue(problem.detail().contains("mutual TLS only"), problem.detail());
            assertTrue(problem.detail().contains("POST /api/v1/ops/enrolment-codes"), problem.detail());
            assertTrue(problem.detail().contains("POST /api/v1/enrol"), problem.detail());
            assertFalse(response.body().contains(OLD_SECRET), "a secret is never echoed");
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(Problem.MEDIA_TYPE));
        }
    }
}
