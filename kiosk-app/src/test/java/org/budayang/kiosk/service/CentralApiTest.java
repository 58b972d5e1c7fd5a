package org.budayang.kiosk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import org.budayang.api.services.ApplicationReceipt;
import org.budayang.api.services.QueryRequest;
import org.budayang.api.services.QueryResult;
import org.budayang.kiosk.fleet.TestTls;
import org.budayang.kiosk.core.enrol.KioskCredentials;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link CentralApi} against the REAL central in a child JVM. */
@org.junit.jupiter.api.extension.ExtendWith(SharedCentral.class)
class CentralApiTest {
    private static CentralProcess central;

    @BeforeAll
    static void start(CentralProcess shared) {
        central = shared;
    }

    @Test
    void aQueryWithTheKiosksCertificateIsAnsweredAndWithoutOrWithAForeignOneCentralsProblemComesThrough()
            throws Exception {
        QueryRequest request = new QueryRequest("620102-SB01-" + DeskCrashChild.PRINT_ITEM, DeskCrashChild.ID_NUMBER,
                Map.of());
        try (CentralApi api = central.api()) {
            assertEquals("https", api.baseUrl().getScheme());
            QueryResult result = api.query(request, UUID.randomUUID().toString());
            assertEquals("620102-SB01-" + DeskCrashChild.PRINT_ITEM, result.itemCode());
        }
        try (CentralApi anonymous = new CentralApi(central.url())) {
            ServiceFailure refused = assertThrows(ServiceFailure.class,
                    () -> anonymous.query(request, UUID.randomUUID().toString()));
            assertEquals("KIOSK_CERTIFICATE_MISSING", refused.code(), refused.getMessage());
            assertTrue(refused.getMessage().startsWith("POST /api/v1/queries → HTTP 401"), refused.getMessage());
            assertFalse(refused.retryable());
            assertFalse(refused.citizenMessage().isBlank());
        }
        // a forged certificate: the kiosk's id, signed by another CA (trusting central's CA, so TLS itself succeeds)
        KioskCredentials own = central.credentials();
        KioskCredentials forgedIssuer = TestTls.fresh().kiosk(own.kioskId(), own.apiUrl());
        KioskCredentials forged = new KioskCredentials(own.kioskId(), own.apiUrl(), forgedIssuer.key(),
                forgedIssuer.chain(), own.ca());
        try (CentralApi wrong = CentralApi.mutualTls(forged)) {
            ServiceFailure refused = assertThrows(ServiceFailure.class,
                    () -> wrong.query(request, UUID.randomUUID().toString()));
            assertEquals("KIOSK_CERTIFICATE_FOREIGN", refused.code(), refused.getMessage());
            assertTrue(refused.getMessage().contains("HTTP 401"), refused.getMessage());
        }
    }

    @Test
    void aRepeatedPostWithTheSameKeyAndBodyIsCentralsFirstAnswerMarkedReplayed() throws Exception {
        try (CentralApi api = central.api()) {
            String body = api.write(new org.budayang.api.services.ApplicationRequest("620102-GA01-QT00012001",
                    DeskCrashChild.ID_NUMBER, DeskCrashChild.NAME, Map.of("purpose", "入学", "useUnit", "兰州大学"),
                    java.util.List.of("居民身份证"), new org.budayang.api.services.SignedLetter("v1",
                            java.time.Instant.parse("2026-11-27T08:00:00Z")), null));
            String key = UUID.randomUUID().toString();
            CentralApi.Reply<ApplicationReceipt> first = api.submitApplication(body, key);
            CentralApi.Reply<ApplicationReceipt> again = api.submitApplication(body, key);
            assertFalse(first.replayed());
            assertTrue(again.replayed());
            assertEquals(first.value().number(), again.value().number());
            ServiceFailure reused = assertThrows(ServiceFailure.class, () -> api.submitApplication(body.replace("入学",
                    "就业"), key));
            assertEquals("IDEMPOTENCY_KEY_REUSED", reused.code(), "central's code, not a made-up one");
        }
    }

    @Test
    void anInvalidRequestIsCentralsProblemWithItsCitizenMessageAndNotRetryable() throws Exception {
        try (CentralApi api = central.api()) {
            ServiceFailure bad = assertThrows(ServiceFailure.class, () -> api.post(CentralApi.APPLICATIONS,
                    UUID.randomUUID().toString(), "{\"itemCode\":\"620102-GA01-QT00012001\"}", ApplicationReceipt.class,
                    null));
            assertEquals(400, Integer.parseInt(bad.getMessage().replaceAll(".*HTTP (\\d+).*", "$1")), bad.getMessage());
            assertFalse(bad.retryable());
            assertTrue(bad.code().matches("[A-Z][A-Z0-9_]+"), bad.code());
            assertTrue(bad.citizenMessage().codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                    == Character.UnicodeScript.HAN), bad.citizenMessage());
        }
    }

    @Test
    void aDepartmentRefusalIsNotRetryableAndSaysWhy() throws Exception {
        // 李秀英 (demo register) pays contributions and draws no pension: 养老待遇资格认证 is not for her
        QueryRequest request = new QueryRequest("620102-SB01-JF00033001", "620103196512080049", Map.of());
        try (CentralApi api = central.api()) {
            ServiceFailure refused = assertThrows(ServiceFailure.class,
                    () -> api.query(request, UUID.randomUUID().toString()));
            assertEquals("NOT_A_PENSIONER", refused.code(), refused.getMessage());
            assertTrue(refused.getMessage().contains("HTTP 409"), refused.getMessage());
            assertFalse(refused.retryable(), "asking again changes nothing: no 重试");
            assertTrue(refused.citizenMessage().startsWith("您不是养老保险待遇领取人员"), refused.citizenMessage());
        }
    }

    @Test
    void noCentralListeningIsCentralUnreachableRetryableNamingTheUrl() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        try (CentralApi api = CentralApi.mutualTls(central.credentials(),
                URI.create("https://127.0.0.1:" + port))) {
            ServiceFailure down = assertThrows(ServiceFailure.class, () -> api.application("62010220261127000001"));
            assertEquals("CENTRAL_UNREACHABLE", down.code());
            assertTrue(down.retryable());
            assertTrue(down.getMessage().contains("127.0.0.1:" + port) && down.getMessage().contains("refused"),
                    down.getMessage());
            assertEquals(CentralHttp.UNREACHABLE_CITIZEN, down.citizenMessage());
        }
    }
}
