package org.budayang.central.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.budayang.api.ApiHeaders;
import org.budayang.api.ApiPaths;
import org.budayang.api.fleet.CommandRequest;
import org.budayang.api.fleet.CommandType;
import org.budayang.api.fleet.DeviceState;
import org.budayang.api.fleet.FleetPaths;
import org.budayang.api.fleet.SelftestCheck;
import org.budayang.api.fleet.SelftestUpload;
import org.budayang.central.Http;
import org.budayang.central.MutableClock;
import org.budayang.central.PlatformServer;
import org.budayang.central.TestFleet;
import org.budayang.central.db.Jdbc;
import org.budayang.central.db.TestDatabases;
import org.budayang.central.fleet.selftest.KioskSelfQuery;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code GET /api/v1/kiosks/self} and {@code POST /api/v1/kiosks/self/selftests} against central wired as
 * {@code CentralMain} wires it, on H2 and PostgreSQL, over real mutual TLS: every kiosk is enrolled through the real
 * code flow (ops code, CSR, certificate) and calls with its own client certificate.
 */
class KioskSelfHttpTest {
    private static final Instant T0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    private static PlatformServer start(TestDatabases.Kind kind, MutableClock clock, int keep) {
        Properties extra = new Properties();
        extra.setProperty("selftests.keepPerKiosk", Integer.toString(keep));
        return PlatformServer.start(kind, clock, extra);
    }

    @ParameterizedTest
    @MethodSource("org.budayang.central.db.TestDatabases#both")
    void aKioskSeesItselfFreshThenWithHeartbeatAlertCommandAndSelftestAndNeverAnother(TestDatabases.Kind kind) {
        MutableClock clock = new MutableClock(T0);
        try (PlatformServer central = start(kind, clock, 20)) {
            TestFleet.Kiosk kiosk = TestFleet.enrol(central.url(), central.tlsUrl());
            TestFleet.Kiosk other = TestFleet.enrol(central.url(), central.tlsUrl());

            JsonNode fresh = self(central, kiosk);
            assertEquals(kiosk.kioskId(), fresh.get("kioskId").asText());
            assertEquals("测试机", fresh.get("name").asText());
            assertEquals(TestFleet.REGION, fresh.get("regionCode").asText());
            assertEquals("政务服务中心", fresh.get("siteType").asText());
            assertEquals("城关区测试路 1 号", fresh.get("address").asText());
            assertEquals("ACTIVE", fresh.get("status").asText());
            assertEquals(T0, Instant.parse(fresh.get("enrolledAt").asText()));
            assertEquals(kiosk.certificate().getNotAfter().toInstant(),
                    Instant.parse(fresh.get("certificateNotAfter").asText()), "the certificate of this request");
            assertTrue(fresh.get("lastHeartbeatAt").isNull(), fresh.toString());
            assertEquals(0, fresh.get("devices").size());
            assertEquals(0, fresh.get("openAlerts").size());
            assertEquals(0, fresh.get("pendingCommands").asInt());
            assertTrue(fresh.get("lastSelftest").isNull(), fresh.toString());
            assertEquals(T0, Instant.parse(fresh.get("serverTime").asText()));

            clock.advance(Duration.ofMinutes(5));
            Instant beatAt = clock.instant();
            HttpResponse<String> beat = TestFleet.send(kiosk.client(), "POST", central.tlsUrl() + FleetPaths.HEARTBEATS,
                    FleetFixture.json(FleetFixture.heartbeat(beatAt, FleetFixture.printer(DeviceState.HARDWARE_ERROR,
                            beatAt.minusSeconds(60), "PAPER_OUT"))));
            assertEquals(202, beat.statusCode(), beat.body());
            HttpResponse<String> command = Http.sendBody("POST", central.url() + FleetPaths.OPS_KIOSK_COMMANDS
                    .replace("{kioskId}", kiosk.kioskId()), FleetFixture.json(new CommandRequest(
                    CommandType.RELOAD_CATALOG, null, null, null, null)), TestFleet.ops("wang.fang"));
            assertEquals(201, command.statusCode(), command.body());
            Instant ranAt = clock.instant().minusSeconds(30);
            clock.advance(Duration.ofSeconds(10));
            HttpResponse<String> stored = upload(central, kiosk, key(), FleetFixture.json(report(ranAt,
                    pass("idCardReader", "idcard-sam"), fail("receiptPrinter", "escpos", "PAPER_OUT"))));
            assertEquals(201, stored.statusCode(), stored.body());
            JsonNode summary = TestFleet.read(stored.body());
            assertEquals(ranAt, Instant.parse(summary.get("ranAt").asText()));
            assertEquals(clock.instant(), Instant.parse(summary.get("receivedAt").asText()));
            assertFalse(summary.get("passed").asBoolean());
            assertEquals(2, summary.get("checks").asInt());
            assertEquals(1, summary.get("failures").asInt());
            assertEquals("[\"receiptPrinter:PAPER_OUT\"]", summary.get("failedRoles").toString());

            clock.advance(Duration.ofSeconds(10));
            HttpResponse<String> rated = TestFleet.send(kiosk.client(), "POST", central.tlsUrl()
                    + ApiPaths.EVALUATIONS, FleetFixture.json(Map.of("evaluationId", "ev-self-bad-0001", "itemCode",
                    "GG00031001", "applicationNumber", "62010220260306000007", "outcome", "COMPLETED", "level",
                    "VERY_DISSATISFIED", "reasons", List.of("设备故障"), "comment", "", "ratedAt",
                    clock.instant().minusSeconds(20).toString())));
            assertEquals(201, rated.statusCode(), rated.body());

            JsonNode seen = self(central, kiosk);
            assertEquals(beatAt, Instant.parse(seen.get("lastHeartbeatAt").asText()), "received at central's clock");
            assertEquals("receiptPrinter", seen.get("devices").get(0).get("role").asText());
            assertEquals("HARDWARE_ERROR", seen.get("devices").get(0).get("state").asText());
            assertEquals(2, seen.get("openAlerts").size(), seen.toString());
            JsonNode bad = seen.get("openAlerts").get(0);
            assertEquals("BAD_EVALUATION", bad.get("rule").asText(), "newest first: " + seen);
            assertEquals("WARNING", bad.get("severity").asText());
            assertTrue(bad.get("role").isNull(), bad.toString());
            assertEquals(KioskSelfQuery.BAD_EVALUATION_MESSAGE, bad.get("message").asText());
            assertFalse(seen.toString().contains("62010220260306000007"), "the 办件 of a 差评 stays with ops: " + seen);
            JsonNode alert = seen.get("openAlerts").get(1);
            assertEquals("PAPER_OUT", alert.get("rule").asText());
            assertEquals("receiptPrinter", alert.get("role").asText());
            assertEquals("CRITICAL", alert.get("severity").asText());
            assertEquals("OPEN", alert.get("state").asText());
            assertTrue(alert.get("message").asText().contains("out of paper"), alert.toString());
            assertEquals(1, seen.get("pendingCommands").asInt());
            assertEquals(summary, seen.get("lastSelftest"), "the stored summary, as the POST answered it");

            JsonNode stranger = self(central, other);
            assertEquals(other.kioskId(), stranger.get("kioskId").asText());
            assertTrue(stranger.get("lastHeartbeatAt").isNull() && stranger.get("lastSelftest").isNull()
                    && stranger.get("openAlerts").isEmpty() && stranger.get("pendingCommands").asInt() == 0,
                    "nothing of " + kiosk.kioskId() + ": " + stranger);
            assertEquals(other.certificate().getNotAfter().toInstant(),
                    Instant.parse(stranger.get("certificateNotAfter").asText()));
        }
    }

    @ParameterizedTest
    @MethodSource("org.budayang.central.db.TestDatabases#both")
    void noCertificateOrARevokedOneIsRefusedBadUploadsStoreNothingAndAReplayStoresOnce(TestDatabases.Kind kind)
            throws Exception {
        MutableClock clock = new MutableClock(T0);
        try (PlatformServer central = start(kind, clock, 20)) {
            TestFleet.Kiosk kiosk = TestFleet.enrol(central.url(), central.tlsUrl());
            String body = FleetFixture.json(report(clock.instant(), pass("receiptPrinter", "escpos")));

            HttpClient anonymous = HttpClient.newBuilder().sslContext(trustingTheCaOnly())
                    .version(HttpClient.Version.HTTP_1_1).build();
            for (HttpResponse<String> refused : List.of(
                    TestFleet.send(anonymous, "GET", central.tlsUrl() + FleetPaths.KIOSK_SELF, null),
                    TestFleet.send(anonymous, "POST", central.tlsUrl() + FleetPaths.KIOSK_SELFTESTS, body),
                    Http.get(central.url() + FleetPaths.KIOSK_SELF))) {
                assertEquals(401, refused.statusCode(), refused.body());
                assertEquals("KIOSK_CERTIFICATE_MISSING", code(refused));
            }

            String[][] bad = {
                    {"{\"appVersion\":\"1.0\",\"ranAt\":", "MALFORMED_JSON", ""},
                    {"{\"appVersion\":\"1.0\",\"checks\":[]}", "INVALID_FIELD", "SelftestUpload.ranAt"},
                    {FleetFixture.json(report(T0, pass("receiptPrinter", "escpos"))).replace("\"OK\"", "\"ok\""),
                            "INVALID_FIELD", "checks[0]"},
                    {FleetFixture.json(report(T0, pass("receiptPrinter", "escpos"))).replace("\"passed\":true",
                            "\"passed\":false"), "INVALID_FIELD", "passed=false with code OK"},
                    {FleetFixture.json(report(T0, pass("receiptPrinter", "escpos"))).replace("\"1.4.2\"",
                            "\"1.4.2 beta\""), "INVALID_FIELD", "SelftestUpload.appVersion"},
                    {FleetFixture.json(report(T0, pass("receiptPrinter", "escpos"), pass("documentPrinter", "cups")))
                            .replace("documentPrinter", "receiptPrinter"),
                            "INVALID_FIELD", "names role 'receiptPrinter' twice"}};
            for (String[] attempt : bad) {
                HttpResponse<String> refused = upload(central, kiosk, key(), attempt[0]);
                assertEquals(400, refused.statusCode(), attempt[0] + " → " + refused.body());
                assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith(
                        "application/problem+json"), refused.headers().toString());
                assertEquals(attempt[1], code(refused), refused.body());
                assertTrue(TestFleet.read(refused.body()).get("detail").asText().contains(attempt[2]),
                        attempt[2] + " named: " + refused.body());
            }
            String oversized = FleetFixture.json(report(T0, pass("receiptPrinter", "escpos")))
                    .replace("\"checks\":[", "\"padding\":\"" + "x".repeat(140 * 1024) + "\",\"checks\":[");
            HttpResponse<String> tooLarge = upload(central, kiosk, key(), oversized);
            assertEquals(413, tooLarge.statusCode(), tooLarge.body());
            assertEquals("PAYLOAD_TOO_LARGE", code(tooLarge));
            assertEquals(0, rows(central, kiosk.kioskId()), "nothing stored by a refused upload");

            String key = key();
            HttpResponse<String> first = upload(central, kiosk, key, body);
            assertEquals(201, first.statusCode(), first.body());
            clock.advance(Duration.ofSeconds(30));
            HttpResponse<String> replay = upload(central, kiosk, key, body);
            assertEquals(201, replay.statusCode(), replay.body());
            assertEquals(first.body(), replay.body(), "the first answer, receivedAt included");
            assertEquals("true", replay.headers().firstValue(ApiHeaders.IDEMPOTENT_REPLAY).orElse(""));
            assertEquals(1, rows(central, kiosk.kioskId()), "one row for one key");
            HttpResponse<String> reused = upload(central, kiosk, key,
                    FleetFixture.json(report(T0, pass("cashAcceptor", "cash-ssp"))));
            assertEquals(422, reused.statusCode(), reused.body());
            assertEquals(1, rows(central, kiosk.kioskId()));

            assertEquals(200, Http.sendBody("POST", central.url() + "/api/v1/ops/kiosks/" + kiosk.kioskId()
                    + "/revoke", "{}", TestFleet.ops("zhang.wei")).statusCode());
            for (HttpResponse<String> refused : List.of(
                    TestFleet.send(kiosk.client(), "GET", central.tlsUrl() + FleetPaths.KIOSK_SELF, null),
                    upload(central, kiosk, key(), body))) {
                assertEquals(401, refused.statusCode(), refused.body());
                assertEquals("KIOSK_REVOKED", code(refused));
            }
            assertEquals(1, rows(central, kiosk.kioskId()));
        }
    }

    @ParameterizedTest
    @MethodSource("org.budayang.central.db.TestDatabases#both")
    void centralKeepsTheNewestReportsPerKioskAndOpsReadThemNewestFirst(TestDatabases.Kind kind) {
        MutableClock clock = new MutableClock(T0);
        try (PlatformServer central = start(kind, clock, 3)) {
            TestFleet.Kiosk kiosk = TestFleet.enrol(central.url(), central.tlsUrl());
            TestFleet.Kiosk other = TestFleet.enrol(central.url(), central.tlsUrl());
            assertEquals(201, upload(central, other, key(), FleetFixture.json(report(T0,
                    pass("receiptPrinter", "escpos")))).statusCode());
            for (int i = 1; i <= 5; i++) {
                clock.advance(Duration.ofMinutes(1));
                SelftestUpload report = i % 2 == 0 ? report(clock.instant(), pass("receiptPrinter", "escpos"))
                        : report(clock.instant(), fail("receiptPrinter", "escpos", "JAM"));
                HttpResponse<String> stored = upload(central, kiosk, key(), FleetFixture.json(report));
                assertEquals(201, stored.statusCode(), stored.body());
                assertEquals(Math.min(i, 3), rows(central, kiosk.kioskId()), "after report " + i);
            }
            assertEquals(1, rows(central, other.kioskId()), "another kiosk's reports are not trimmed by these");

            String url = central.url() + FleetPaths.OPS_KIOSK_SELFTESTS.replace("{kioskId}", kiosk.kioskId());
            assertEquals(401, Http.get(url).statusCode(), "ops token needed");
            HttpResponse<String> listed = Http.get(url, TestFleet.ops("li.ming"));
            assertEquals(200, listed.statusCode(), listed.body());
            JsonNode reports = TestFleet.read(listed.body()).get("selftests");
            assertEquals(3, reports.size(), listed.body());
            for (int i = 0; i < 3; i++) {
                assertEquals(T0.plus(Duration.ofMinutes(5 - i)), Instant.parse(reports.get(i).get("ranAt").asText()),
                        "newest first, the two oldest deleted: " + listed.body());
            }
            JsonNode newest = reports.get(0);
            assertFalse(newest.get("passed").asBoolean());
            assertEquals("[\"receiptPrinter:JAM\"]", newest.get("failedRoles").toString());
            assertEquals("请检查打印机。", newest.get("checks").get(0).get("adviceZh").asText());
            assertEquals("1.4.2", newest.get("appVersion").asText());
            assertTrue(reports.get(1).get("passed").asBoolean());
            assertEquals(T0.plus(Duration.ofMinutes(5)), Instant.parse(self(central, kiosk).get("lastSelftest")
                    .get("ranAt").asText()));

            HttpResponse<String> unknown = Http.get(central.url() + FleetPaths.OPS_KIOSK_SELFTESTS.replace(
                    "{kioskId}", "KSK-620102000000-0999"), TestFleet.ops("li.ming"));
            assertEquals(404, unknown.statusCode());
            assertEquals("KIOSK_NOT_FOUND", code(unknown));
            HttpResponse<String> malformed = Http.get(central.url() + FleetPaths.OPS_KIOSK_SELFTESTS.replace(
                    "{kioskId}", "nope"), TestFleet.ops("li.ming"));
            assertEquals(400, malformed.statusCode());
            assertEquals("INVALID_FIELD", code(malformed));
        }
    }

    static SelftestUpload report(Instant ranAt, SelftestCheck... checks) {
        return new SelftestUpload("1.4.2", ranAt, List.of(checks));
    }

    static SelftestCheck pass(String role, String driver) {
        return new SelftestCheck(role, driver, "open and read status", true, "OK", "model X fw 1.0", "", "", 120);
    }

    static SelftestCheck fail(String role, String driver, String code) {
        return new SelftestCheck(role, driver, "print a test receipt", false, code, "model X fw 1.0",
                "status byte reports " + code, "请检查打印机。", 900);
    }

    private static JsonNode self(PlatformServer central, TestFleet.Kiosk kiosk) {
        HttpResponse<String> answer = TestFleet.send(kiosk.client(), "GET", central.tlsUrl() + FleetPaths.KIOSK_SELF,
                null);
        assertEquals(200, answer.statusCode(), answer.body());
        return TestFleet.read(answer.body());
    }

    private static HttpResponse<String> upload(PlatformServer central, TestFleet.Kiosk kiosk, String key, String body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(central.tlsUrl() + FleetPaths.KIOSK_SELFTESTS))
                .timeout(Duration.ofSeconds(20)).header(ApiHeaders.IDEMPOTENCY_KEY, key)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        try {
            return kiosk.client().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError("POST " + request.uri() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** TLS that trusts central's CA but presents no client certificate. */
    private static javax.net.ssl.SSLContext trustingTheCaOnly() throws Exception {
        java.security.KeyStore store = java.security.KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setCertificateEntry("ca", TestFleet.ca().certificate());
        javax.net.ssl.TrustManagerFactory trust = javax.net.ssl.TrustManagerFactory.getInstance("PKIX");
        trust.init(store);
        javax.net.ssl.SSLContext context = javax.net.ssl.SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }

    private static long rows(PlatformServer central, String kioskId) {
        return new Jdbc(central.database.dataSource()).count("SELECT COUNT(*) FROM fleet_selftests WHERE kiosk_id = ?",
                kioskId);
    }

    private static String code(HttpResponse<String> response) {
        return TestFleet.read(response.body()).path("code").asText();
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }
}
