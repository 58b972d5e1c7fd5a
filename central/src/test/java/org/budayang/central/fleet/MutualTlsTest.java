package org.budayang.central.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.budayang.api.ApiHeaders;
import org.budayang.central.Http;
import org.budayang.central.MutableClock;
import org.budayang.central.PlatformServer;
import org.budayang.central.TestApplicationsModule;
import org.budayang.central.TestFleet;
import org.budayang.central.db.TestDatabases;
import org.budayang.central.fleet.tls.KioskCa;
import org.budayang.central.fleet.tls.Pem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Enrolment and mutual TLS against a real central (H2) over real TLS: codes, enrolment, certificates,
 * renewal, revocation and every refusal of the brief's bad input.
 */
class MutualTlsTest {
    private static final String KIOSK_ROUTE = TestApplicationsModule.APPLICATIONS + "/no-such-application";
    private static MutableClock clock;
    private static PlatformServer central;

    @BeforeAll
    static void start() {
        clock = new MutableClock(Instant.now());
        central = PlatformServer.startMutualTlsOnly(TestDatabases.Kind.H2, clock);
    }

    @AfterAll
    static void stop() {
        central.close();
    }

    private static HttpResponse<String> kioskGet(HttpClient client) {
        return TestFleet.send(client, "GET", central.tlsUrl() + KIOSK_ROUTE, null);
    }

    private static String code(HttpResponse<String> response) {
        return TestFleet.read(response.body()).path("code").asText();
    }

    @Test
    void anEnrolledKioskReachesItsRoutesWithItsCertificateAndItsIdIsDerivedFromTheRegion() {
        TestFleet.Kiosk kiosk = TestFleet.enrol(central.url(), central.tlsUrl());
        assertTrue(kiosk.kioskId().matches("KSK-620102000000-[0-9]{4}"), kiosk.kioskId());
        X509Certificate certificate = kiosk.certificate();
        assertEquals("CN=" + kiosk.kioskId() + ",O=Budayang kiosks", certificate.getSubjectX500Principal().getName());
        assertTrue(certificate.getSerialNumber().bitLength() >= 120, "random 128-bit serial");
        long days = Duration.between(certificate.getNotBefore().toInstant(), certificate.getNotAfter().toInstant())
                .toDays();
        assertEquals(365, days, "default validity one year");
        assertTrue(TestFleet.ca().issued(certificate));
        // authenticated: the route's own 404, not a 401
        HttpResponse<String> reached = kioskGet(kiosk.client());
        assertEquals(404, reached.statusCode(), reached.body());
        assertEquals("UNKNOWN_APPLICATION", code(reached));
    }

    @Test
    void withoutACertificateKioskRoutesAreRefusedButPublicOnesServeOverTls() {
        TestFleet.Kiosk kiosk = TestFleet.enrol(central.url(), central.tlsUrl());
        HttpClient noCertificate = HttpClient.newBuilder().sslContext(sslWithoutKey()).build();
        HttpResponse<String> refused = kioskGet(noCertificate);
        assertEquals(401, refused.statusCode(), refused.body());
        assertEquals("KIOSK_CERTIFICATE_MISSING", code(refused));
        assertTrue(refused.body().contains("enrolment"), refused.body());
        assertEquals(200, TestFleet.send(noCertificate, "GET", central.tlsUrl() + "/api/v1/catalog", null).statusCode());
        // plain HTTP: no certificate can come, and no secret is accepted on a mutual-TLS-only central
        HttpResponse<String> plain = Http.get(central.url() + KIOSK_ROUTE, ApiHeaders.KIOSK_ID, kiosk.kioskId());
        assertEquals(401, plain.statusCode());
        assertEquals("KIOSK_CERTIFICATE_MISSING", code(plain));
        assertTrue(plain.body().contains("TLS port"), plain.body());
    }

    private static javax.net.ssl.SSLContext sslWithoutKey() {
        try {
            javax.net.ssl.TrustManagerFactory trust = javax.net.ssl.TrustManagerFactory.getInstance("PKIX");
            java.security.KeyStore store = java.security.KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setCertificateEntry("ca", TestFleet.ca().certificate());
            trust.init(store);
            javax.net.ssl.SSLContext context = javax.net.ssl.SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aForgedCertificateWithTheSameCommonNameFromAnotherCaIsRefused() {
        TestFleet.Kiosk kiosk = TestFleet.enrol(central.url(), central.tlsUrl());
        KioskCa forger = KioskCa.generate("Budayang kiosk CA", Clock.systemUTC(), new SecureRandom());
        KeyPair keys = TestFleet.ecKeys();
        X509Certificate forged = forger.issueClient(keys.getPublic(), kiosk.kioskId(),
                kiosk.certificate().getSerialNumber(), Instant.now().minusSeconds(60), Instant.now().plusSeconds(3600));
        HttpResponse<String> refused = kioskGet(TestFleet.client(keys, List.of(forged), TestFleet.ca().certificate()));
        assertEquals(401, refused.statusCode(), refused.body());
        assertEquals("KIOSK_CERTIFICATE_FOREIGN", code(refused));
    }

    @Test
    void aCertificateOfCentralsCaThatCentralNeverRecordedIsRefused() {
        KeyPair keys = TestFleet.ecKeys();
        X509Certificate unrecorded = TestFleet.ca().issueClient(keys.getPublic(), "KSK-620102000000-9999",
                TestFleet.ca().newSerial(), Instant.now().minusSeconds(60), Instant.now().plusSeconds(3600));
        HttpResponse<String> refused = kioskGet(TestFleet.client(keys, List.of(unrecorded),
                TestFleet.ca().certificate()));
        assertEquals(401, refused.statusCode(), refused.body());
        assertEquals("KIOSK_CERTIFICATE_UNKNOWN", code(refused));
    }

    @Test
    void revocationTakesEffectOnTheNextRequest() {
        TestFleet.Kiosk kiosk = TestFleet.enrol(central.url(), central.tlsUrl());
        assertEquals(404, kioskGet(kiosk.client()).statusCode());
        String revokeUrl = central.url() + "/api/v1/ops/kiosks/" + kiosk.kioskId() + "/revoke";
        HttpResponse<String> withoutToken = Http.sendBody("POST", revokeUrl, "{}");
        assertEquals(401, withoutToken.statusCode());
        assertEquals("OPS_UNAUTHENTICATED", code(withoutToken));
        HttpResponse<String> wrongToken = Http.sendBody("POST", revokeUrl, "{}", ApiHeaders.AUTHORIZATION,
                ApiHeaders.BEARER_PREFIX + "x".repeat(40));
        assertEquals(401, wrongToken.statusCode());
        HttpResponse<String> withoutUser = Http.sendBody("POST", revokeUrl, "{}", ApiHeaders.AUTHORIZATION,
                ApiHeaders.BEARER_PREFIX + TestFleet.OPS_TOKEN);
        assertEquals(400, withoutUser.statusCode(), "the token alone: no ops user for the audit");
        assertEquals("OPS_USER_MISSING", code(withoutUser));
        assertEquals(404, kioskGet(kiosk.client()).statusCode(), "not revoked by the refused requests");
        HttpResponse<String> revoked = Http.sendBody("POST", revokeUrl, "{}", TestFleet.ops("zhang.wei"));
        assertEquals(200, revoked.statusCode(), revoked.body());
        assertEquals("REVOKED", TestFleet.read(revoked.body()).path("status").asText());
        HttpResponse<String> refused = kioskGet(kiosk.client());
        assertEquals(401, refused.statusCode(), refused.body());
        assertEquals("KIOSK_REVOKED", code(refused));
        HttpResponse<String> unknown = Http.sendBody("POST", central.url() + "/api/v1/ops/kiosks/KSK-650102000000-0001"
                + "/revoke", "{}", TestFleet.ops("zhang.wei"));
        assertEquals(404, unknown.statusCode());
        assertEquals("KIOSK_NOT_FOUND", code(unknown));
    }

    @Test
    void renewalGivesANewCertificateAndTheOldOneStaysValidUntilItsOwnExpiry() {
        TestFleet.Kiosk kiosk = TestFleet.enrol(central.url(), central.tlsUrl());
        KeyPair fresh = TestFleet.ecKeys();
        HttpResponse<String> renewed = TestFleet.send(kiosk.client(), "POST", central.tlsUrl()
                + "/api/v1/kiosks/self/renew", "{\"csr\":" + json(TestFleet.csr(fresh)) + "}");
        assertEquals(200, renewed.statusCode(), renewed.body());
        JsonNode body = TestFleet.read(renewed.body());
        assertEquals(kiosk.kioskId(), body.path("kioskId").asText());
        X509Certificate next = Pem.certificates(body.path("certificate").asText()).get(0);
        assertNotEquals(kiosk.certificate().getSerialNumber(), next.getSerialNumber());
        HttpClient renewedClient = TestFleet.client(fresh, List.of(next), TestFleet.ca().certificate());
        assertEquals(404, kioskGet(renewedClient).statusCode());
        assertEquals(404, kioskGet(kiosk.client()).statusCode(), "the old certificate still works");
        HttpResponse<String> weak = TestFleet.send(kiosk.client(), "POST", central.tlsUrl()
                + "/api/v1/kiosks/self/renew", "{\"csr\":\"not a csr\"}");
        assertEquals(400, weak.statusCode());
        assertEquals("CSR_MALFORMED", code(weak));
    }

    @Test
    void aCertificatePastItsValidityByCentralsClockIsRefused() {
        // a central of its own: the clock moves
        MutableClock ownClock = new MutableClock(Instant.now());
        try (PlatformServer own = PlatformServer.startMutualTlsOnly(TestDatabases.Kind.H2, ownClock)) {
            TestFleet.Kiosk kiosk = TestFleet.enrol(own.url(), own.tlsUrl());
            JsonNode shortCode = TestFleet.createCode(own.url(), "PT10M");
            ownClock.advance(Duration.ofDays(366));
            HttpResponse<String> refused = TestFleet.send(kiosk.client(), "GET", own.tlsUrl() + KIOSK_ROUTE, null);
            assertEquals(401, refused.statusCode(), refused.body());
            assertEquals("KIOSK_CERTIFICATE_EXPIRED", code(refused));
            HttpResponse<String> expiredCode = enrol(own, shortCode.path("code").asText(),
                    TestFleet.csr(TestFleet.ecKeys()));
            assertEquals(403, expiredCode.statusCode(), expiredCode.body());
            assertEquals("ENROLMENT_CODE_EXPIRED", code(expiredCode));
        }
    }

    @Test
    void badCodesAndBadRequestsAreRefusedPrecisely() throws Exception {
        JsonNode sheet = TestFleet.createCode(central.url(), null);
        String good = sheet.path("code").asText();
        HttpResponse<String> unknown = enrol(central, "AAAA-BBBB-CCCC-DDDD", TestFleet.csr(TestFleet.ecKeys()));
        assertEquals(403, unknown.statusCode());
        assertEquals("ENROLMENT_CODE_UNKNOWN", code(unknown));
        HttpResponse<String> garbage = enrol(central, "not a code", TestFleet.csr(TestFleet.ecKeys()));
        assertEquals("ENROLMENT_CODE_UNKNOWN", code(garbage));
        HttpResponse<String> malformed = enrol(central, good, "-----BEGIN CERTIFICATE REQUEST-----\nAAAA\n"
                + "-----END CERTIFICATE REQUEST-----\n");
        assertEquals(400, malformed.statusCode());
        assertEquals("CSR_MALFORMED", code(malformed));
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(1024);
        HttpResponse<String> weak = enrol(central, good, TestFleet.csr(rsa.generateKeyPair()));
        assertEquals(400, weak.statusCode());
        assertEquals("CSR_KEY_WEAK", code(weak));
        assertTrue(weak.body().contains("1024 bits"), weak.body());
        // a CSR signed by another key than the one it carries
        String tampered = tamperedCsr();
        HttpResponse<String> badSignature = enrol(central, good, tampered);
        assertEquals(400, badSignature.statusCode(), badSignature.body());
        assertEquals("CSR_SIGNATURE_INVALID", code(badSignature));
        // none of these used the code up
        HttpResponse<String> enrolled = enrol(central, good.toLowerCase(), TestFleet.csr(TestFleet.ecKeys()));
        assertEquals(201, enrolled.statusCode(), enrolled.body());
        HttpResponse<String> replayed = enrol(central, good, TestFleet.csr(TestFleet.ecKeys()));
        assertEquals(403, replayed.statusCode());
        assertEquals("ENROLMENT_CODE_USED", code(replayed));
        assertTrue(TestFleet.read(replayed.body()).path("citizenMessage").asText().contains("登记码"));
        HttpResponse<String> list = Http.get(central.url() + "/api/v1/ops/enrolment-codes", TestFleet.ops("zhang.wei"));
        assertEquals(200, list.statusCode());
        assertTrue(list.body().contains("\"USED\"") && !list.body().contains(good), "codes are never listed");
        HttpResponse<String> badRegion = Http.sendBody("POST", central.url() + "/api/v1/ops/enrolment-codes",
                "{\"regionCode\":\"990102000000\",\"siteType\":\"BANK\",\"address\":\"某路 1 号\","
                        + "\"hostOrganisation\":\"某银行\",\"contact\":\"值班 123\"}",
                TestFleet.ops("zhang.wei"));
        assertEquals(400, badRegion.statusCode());
        assertTrue(badRegion.body().contains("990102000000") && badRegion.body().contains("province"),
                badRegion.body());
    }

    @Test
    void ofConcurrentEnrolmentsWithOneCodeExactlyOneWins() throws Exception {
        String code = TestFleet.createCode(central.url(), null).path("code").asText();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<HttpResponse<String>>> attempts = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String csr = TestFleet.csr(TestFleet.ecKeys());
                attempts.add(() -> enrol(central, code, csr));
            }
            int won = 0;
            int used = 0;
            for (Future<HttpResponse<String>> result : pool.invokeAll(attempts)) {
                HttpResponse<String> response = result.get();
                if (response.statusCode() == 201) {
                    won++;
                } else if ("ENROLMENT_CODE_USED".equals(code(response))) {
                    used++;
                } else {
                    throw new AssertionError("unexpected " + response.statusCode() + " " + response.body());
                }
            }
            assertEquals(1, won);
            assertEquals(7, used);
        } finally {
            pool.shutdownNow();
        }
    }

    private static HttpResponse<String> enrol(PlatformServer server, String code, String csr) {
        String fingerprint = TestFleet.ca().fingerprint();
        return TestFleet.send(TestFleet.pinnedClient(fingerprint), "POST", server.tlsUrl() + "/api/v1/enrol",
                TestFleet.enrolBody(code, csr));
    }

    private static String json(String text) {
        return "\"" + text.replace("\n", "\\n") + "\"";
    }

    private static String tamperedCsr() throws Exception {
        KeyPair carried = TestFleet.ecKeys();
        KeyPair signer = TestFleet.ecKeys();
        org.bouncycastle.pkcs.PKCS10CertificationRequest request =
                new org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder(
                        new org.bouncycastle.asn1.x500.X500Name("CN=kiosk"), carried.getPublic())
                        .build(new org.bouncycastle.operator.jcajce.JcaContentSignerBuilder("SHA256withECDSA")
                                .build(signer.getPrivate()));
        return Pem.encode("CERTIFICATE REQUEST", request.getEncoded());
    }
}
