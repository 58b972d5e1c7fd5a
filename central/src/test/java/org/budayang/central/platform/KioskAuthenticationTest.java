package org.budayang.central.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.budayang.api.ApiHeaders;
import org.budayang.api.ApiPaths;
import org.budayang.api.json.ApiJson;
import org.budayang.api.problem.Problem;
import org.budayang.central.Http;
import org.budayang.central.MutableClock;
import org.budayang.central.PlatformServer;
import org.budayang.central.TestApplicationsModule;
import org.budayang.central.TestKioskSecrets;
import org.budayang.central.auth.KioskRepository;
import org.budayang.central.auth.SecretHash;
import org.budayang.central.db.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Kiosk authentication through the real server: public catalogue, 401 problems, the verification cache. */
class KioskAuthenticationTest {
    private static final ObjectMapper JSON = ApiJson.mapper();
    private static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-03-02T01:30:00Z"));
    private static PlatformServer central;
    private static String receipt;

    @BeforeAll
    static void start() throws IOException {
        central = PlatformServer.startWithKioskSecrets(TestDatabases.Kind.H2, CLOCK);
        HttpResponse<String> filed = Http.sendBody("POST", central.url() + TestApplicationsModule.APPLICATIONS,
                "{\"idNumber\":\"11010519491231002X\",\"itemCode\":\"620102-GA01-GG00011001\",\"copies\":1}",
                TestKioskSecrets.authWithKey("auth-test-0001"));
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
    void anAuthenticatedKioskIsKnownToTheHandler() throws IOException {
        HttpResponse<String> response = Http.get(protectedUrl(), TestKioskSecrets.auth());
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(TestKioskSecrets.KIOSK, JSON.readTree(response.body()).get("kioskId").asText());
        assertEquals("110105********002X", JSON.readTree(response.body()).get("maskedIdNumber").asText());
    }

    @Test
    void missingCredentialsAre401ProblemsWithAChallenge() throws IOException {
        for (String[] headers : new String[][] {
                {},
                {ApiHeaders.KIOSK_ID, TestKioskSecrets.KIOSK},
                {ApiHeaders.AUTHORIZATION, "Bearer " + TestKioskSecrets.SECRET},
                {ApiHeaders.KIOSK_ID, TestKioskSecrets.KIOSK, ApiHeaders.AUTHORIZATION, "Basic " + TestKioskSecrets.SECRET},
                {ApiHeaders.KIOSK_ID, "kiosk-1", ApiHeaders.AUTHORIZATION, "Bearer " + TestKioskSecrets.SECRET},
                {ApiHeaders.KIOSK_ID, TestKioskSecrets.KIOSK, ApiHeaders.AUTHORIZATION, "Bearer " + "x".repeat(300)}}) {
            HttpResponse<String> response = Http.get(protectedUrl(), headers);
            String where = String.join(" ", headers);
            assertEquals(401, response.statusCode(), where);
            assertEquals("Bearer realm=\"budayang-kiosk\"",
                    response.headers().firstValue("WWW-Authenticate").orElse(""), where);
            Problem problem = JSON.readValue(response.body(), Problem.class);
            assertEquals("KIOSK_UNAUTHENTICATED", problem.code(), where);
            assertEquals("终端认证失败，请联系工作人员。", problem.citizenMessage());
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(Problem.MEDIA_TYPE));
        }
    }

    @Test
    void anUnknownKioskAndAWrongSecretGetTheSameAnswer() {
        HttpResponse<String> unknown = Http.get(protectedUrl(), ApiHeaders.KIOSK_ID, "KSK-620102-9999",
                ApiHeaders.AUTHORIZATION, "Bearer " + TestKioskSecrets.SECRET);
        HttpResponse<String> wrong = Http.get(protectedUrl(), ApiHeaders.KIOSK_ID, TestKioskSecrets.KIOSK,
                ApiHeaders.AUTHORIZATION, "Bearer " + TestKioskSecrets.OTHER_SECRET);
        assertEquals(401, unknown.statusCode());
        assertEquals(401, wrong.statusCode());
        assertEquals(unknown.body(), wrong.body());
        assertTrue(wrong.body().contains("not enrolled or its secret is wrong"), wrong.body());
        assertFalse(wrong.body().contains(TestKioskSecrets.OTHER_SECRET), wrong.body());
    }

    @Test
    void aVerifiedSecretIsCachedBrieflyAndADisabledKioskIsRefusedAfterwards() {
        String[] second = {ApiHeaders.KIOSK_ID, TestKioskSecrets.OTHER_KIOSK, ApiHeaders.AUTHORIZATION,
                "Bearer " + TestKioskSecrets.OTHER_SECRET};
        String url = central.url() + TestApplicationsModule.APPLICATIONS + "/APP-none";
        assertEquals(404, Http.get(url, second).statusCode(), "authenticated, then no such application");

        // the second kiosk is removed from the configuration (a re-sync as at the next start)
        KioskRepository kiosks = new KioskRepository(central.database.dataSource(), CLOCK);
        kiosks.sync(Map.of(TestKioskSecrets.KIOSK, TestKioskSecrets.configured().get(TestKioskSecrets.KIOSK)));
        try {
            assertEquals(404, Http.get(url, second).statusCode(), "still inside the cache time");
            CLOCK.advance(Duration.ofMinutes(2));
            assertEquals(401, Http.get(url, second).statusCode(), "cache expired: the table is asked again");
        } finally {
            kiosks.sync(TestKioskSecrets.configured());
        }
        assertEquals(404, Http.get(url, second).statusCode(), "enabled again");
    }

    @Test
    void aRotatedSecretReplacesTheOldOneOnceTheCacheExpires() {
        SecretHash rotated = SecretHash.create("rotated-secret-for-the-first-kiosk-0001", SecretHash.MIN_ITERATIONS,
                new SecureRandom());
        KioskRepository kiosks = new KioskRepository(central.database.dataSource(), CLOCK);
        kiosks.sync(Map.of(TestKioskSecrets.KIOSK, rotated, TestKioskSecrets.OTHER_KIOSK,
                TestKioskSecrets.configured().get(TestKioskSecrets.OTHER_KIOSK)));
        try {
            CLOCK.advance(Duration.ofMinutes(2));
            assertEquals(401, Http.get(protectedUrl(), TestKioskSecrets.auth()).statusCode());
            assertEquals(200, Http.get(protectedUrl(), ApiHeaders.KIOSK_ID, TestKioskSecrets.KIOSK,
                    ApiHeaders.AUTHORIZATION, "Bearer rotated-secret-for-the-first-kiosk-0001").statusCode());
        } finally {
            kiosks.sync(TestKioskSecrets.configured());
            CLOCK.advance(Duration.ofMinutes(2));
        }
    }
}
