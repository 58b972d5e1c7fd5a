package org.budayang.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.budayang.central.CentralMain;
import org.budayang.central.CentralOptions;
import org.budayang.central.CentralServer;
import org.budayang.kiosk.core.enrol.CodeSheet;
import org.budayang.kiosk.core.enrol.EnrolmentException;
import org.budayang.kiosk.core.enrol.KioskCredentials;
import org.budayang.kiosk.core.enrol.KioskEnrolment;
import org.budayang.kiosk.core.enrol.MutualTlsHttpClients;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kiosk's enrolment, keystore, mutual-TLS client and renewal against a real central (H2, its own kiosk CA,
 * the demo code sheet) over real TLS.
 */
class KioskEnrolmentTest {
    @TempDir
    static Path work;
    private static CentralServer central;
    private static Path sheet;

    @BeforeAll
    static void startCentral() throws IOException {
        sheet = work.resolve("enrolment-sheet.json");
        Path config = work.resolve("central.properties");
        Files.writeString(config, "tls.port=0\nfleet.demoEnrolmentSheet=" + sheet + "\n", StandardCharsets.UTF_8);
        CentralOptions options = new CentralOptions(CentralOptions.Command.SERVE, "127.0.0.1", 0, Optional.empty(),
                Optional.empty(), Optional.of(config), work.resolve("central"), Optional.empty(), Optional.empty(),
                false);
        central = CentralMain.start(options, Clock.systemUTC());
    }

    @AfterAll
    static void stopCentral() {
        central.stop();
    }

    @Test
    void theKioskEnrolsKeepsItsKeyOwnerOnlyAndCallsKioskRoutesOverMutualTls() throws Exception {
        Path dir = work.resolve("kiosk-a");
        KioskEnrolment enrolment = new KioskEnrolment(dir, Clock.systemUTC(), new SecureRandom());
        KioskCredentials credentials = enrolment.ensureEnrolled(sheet, "演示机");
        assertTrue(credentials.kioskId().matches("KSK-620102000000-[0-9]{4}"), credentials.kioskId());
        assertEquals(central.tlsUrl().orElseThrow(), credentials.apiUrl().toString());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("kiosk.p12"))));
        assertEquals(credentials.certificate(), enrolment.current().orElseThrow().certificate(), "stored and reloaded");
        assertEquals(credentials.kioskId(), enrolment.ensureEnrolled(sheet, "演示机").kioskId(),
                "enrolled once: the stored credentials are used again");
        try (CloseableHttpClient client = MutualTlsHttpClients.create(credentials)) {
            HttpGet get = new HttpGet(credentials.apiUrl() + "/api/v1/departments");
            String body = client.execute(get, response -> response.getCode() + " "
                    + EntityUtils.toString(response.getEntity()));
            assertTrue(body.startsWith("200 "), body);
        }
        // the sheet's code is used now: a second kiosk with it is refused by central with its code
        EnrolmentException used = assertThrows(EnrolmentException.class, () -> new KioskEnrolment(
                work.resolve("kiosk-b"), Clock.systemUTC(), new SecureRandom()).ensureEnrolled(sheet, "第二台"));
        assertEquals("ENROLMENT_CODE_USED", used.code());
    }

    @Test
    void anEnrolledKioskFollowsTheSameCentralToTheAddressOfANewSheet() throws Exception {
        Path dir = work.resolve("kiosk-e");
        Path ownSheet = work.resolve("sheet-e.json");
        Files.writeString(ownSheet, freshSheet());
        KioskCredentials first = new KioskEnrolment(dir, Clock.systemUTC(), new SecureRandom())
                .ensureEnrolled(ownSheet, "搬家机");
        String byName = central.tlsUrl().orElseThrow().replace("127.0.0.1", "localhost");
        Path movedSheet = work.resolve("sheet-e-moved.json");
        Files.writeString(movedSheet, Files.readString(ownSheet).replace(central.tlsUrl().orElseThrow(), byName));
        KioskCredentials moved = new KioskEnrolment(dir, Clock.systemUTC(), new SecureRandom())
                .ensureEnrolled(movedSheet, "搬家机");
        assertEquals(first.kioskId(), moved.kioskId(), "no new enrolment: the used code is not sent again");
        assertEquals(URI.create(byName), moved.apiUrl());
        assertEquals(URI.create(byName), KioskCredentials.load(dir).orElseThrow().apiUrl());
        try (CloseableHttpClient client = MutualTlsHttpClients.create(moved)) {
            assertEquals(200, (int) client.execute(new HttpGet(moved.apiUrl() + "/api/v1/departments"),
                    response -> response.getCode()), "host name localhost is in central's certificate");
        }
    }

    @Test
    void aWrongCaFingerprintStopsEnrolmentBeforeTheCodeIsSent() {
        CodeSheet genuine = CodeSheet.read(sheet);
        CodeSheet wrongCa = new CodeSheet(genuine.code(), "AB".repeat(32), genuine.enrolUrl());
        EnrolmentException refused = assertThrows(EnrolmentException.class, () -> new KioskEnrolment(
                work.resolve("kiosk-c"), Clock.systemUTC(), new SecureRandom()).enrol(wrongCa, "错误指纹"));
        assertEquals("CENTRAL_UNREACHABLE", refused.code());
        assertTrue(refused.getMessage().contains("CA fingerprint"), refused.getMessage());
    }

    @Test
    void renewalHappensOnlyWithinThirtyDaysOfExpiryAndGivesANewKeyThatWorks() throws Exception {
        Path dir = work.resolve("kiosk-d");
        Path ownSheet = work.resolve("sheet-d.json");
        Files.writeString(ownSheet, freshSheet());
        KioskCredentials first = new KioskEnrolment(dir, Clock.systemUTC(), new SecureRandom())
                .ensureEnrolled(ownSheet, "续期机");
        assertTrue(new KioskEnrolment(dir, Clock.systemUTC(), new SecureRandom()).renewIfDue().isEmpty(),
                "a year left: not due");
        Clock late = Clock.fixed(first.certificate().getNotAfter().toInstant().minus(Duration.ofDays(29)),
                ZoneOffset.UTC);
        KioskCredentials renewed = new KioskEnrolment(dir, late, new SecureRandom()).renewIfDue().orElseThrow();
        assertEquals(first.kioskId(), renewed.kioskId());
        assertNotEquals(first.certificate().getSerialNumber(), renewed.certificate().getSerialNumber());
        assertNotEquals(first.certificate().getPublicKey(), renewed.certificate().getPublicKey(), "a new key");
        assertTrue(renewed.certificate().getNotAfter().toInstant().isAfter(Instant.now().plus(Duration.ofDays(360))));
        try (CloseableHttpClient client = MutualTlsHttpClients.create(renewed)) {
            int status = client.execute(new HttpGet(renewed.apiUrl() + "/api/v1/departments"),
                    response -> response.getCode());
            assertEquals(200, status);
        }
    }

    /** Central writes a fresh demo sheet at each start; for a second kiosk the test asks for a code as ops. */
    private static String freshSheet() throws Exception {
        String token = Files.readString(work.resolve("central").resolve("ops-token")).strip();
        String body = "{\"regionCode\":\"620102000000\",\"siteType\":\"BANK\",\"address\":\"城关区某路 2 号\","
                + "\"hostOrganisation\":\"某银行城关支行\",\"contact\":\"大堂经理 0931-1111111\"}";
        java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(URI.create(central.url() + "/api/v1/ops/enrolment-codes"))
                        .header("Authorization", "Bearer " + token).header("X-Budayang-Ops-User", "demo.operator")
                        .header("Content-Type", "application/json")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(201, response.statusCode(), response.body());
        return response.body();
    }
}
