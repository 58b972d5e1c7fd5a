package org.budayang.central.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.budayang.api.fleet.CommandOutcome;
import org.budayang.api.fleet.CommandRequest;
import org.budayang.api.fleet.CommandResult;
import org.budayang.api.fleet.CommandType;
import org.budayang.api.fleet.DeviceState;
import org.budayang.api.services.EvaluationRequest;
import org.budayang.api.services.HelpRequest;
import org.budayang.api.services.Satisfaction;
import org.budayang.central.TestFleet;
import org.budayang.central.TestKiosks;
import org.budayang.central.fleet.enrol.Enrolment;
import org.budayang.central.fleet.enrol.EnrolmentCode;
import org.budayang.central.fleet.enrol.RegionCode;
import org.budayang.central.fleet.enrol.SiteDetails;
import org.budayang.central.fleet.enrol.SiteType;
import org.budayang.central.db.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Hostile input: markup in every field a page renders comes out as text, SQL-looking input is refused or bound,
 * oversized forms, wrong methods and media types get clear errors — never a stack trace.
 */
class HostileRequestsTest {
    private static final String PASSWORD = "correct horse battery";
    private static final String XSS = "<script>alert(1)</script>\"'><img src=x onerror=alert(2)>";
    private static final String ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&gt;&lt;img src=x "
            + "onerror=alert(2)&gt;";
    private static ConsoleServer central;
    private static ConsoleHttp admin;
    private static String xssKiosk;

    @BeforeAll
    static void start() {
        central = ConsoleServer.start(TestDatabases.Kind.H2);
        central.addUser("admin.li", Role.ADMIN, PASSWORD);
        central.at(ConsoleServer.START);
        Instant now = central.clock.instant();
        String kiosk = TestKiosks.KIOSK;
        // every free text a kiosk or an ops user can put into central, through the services that store it
        Enrolment enrolment = central.trust.enrolment();
        EnrolmentCode code = enrolment.createCode(new SiteDetails(new RegionCode("620102001001"), SiteType.OTHER, XSS,
                XSS, XSS), null).code();
        xssKiosk = enrolment.enrol(code.display(), TestFleet.csr(TestFleet.ecKeys()), XSS).kioskId();
        central.beat(kiosk, FleetSample.beat(central, FleetSample.printer(DeviceState.ONLINE, now)));
        central.commands.create("cmd-xss-0001", kiosk, new CommandRequest(CommandType.OUT_OF_SERVICE, XSS, null, null,
                null), "admin.li", now);
        central.commands.deliver(kiosk, now, 10);
        central.commands.complete(kiosk, "cmd-xss-0001", new CommandResult(CommandOutcome.FAILED, "SESSION_OPEN", XSS,
                now, null, null), now);
        central.help.request(kiosk, new HelpRequest("help-xss-0001", FleetSample.ITEM, XSS, "CITIZEN_PRESSED_HELP"));
        EvaluationRequest evaluation = new EvaluationRequest("eval-xss-0001", FleetSample.ITEM, "BJ-XSS-1",
                EvaluationRequest.ServiceOutcome.COMPLETED, Satisfaction.VERY_DISSATISFIED, List.of("其他"), XSS, now);
        central.evaluations.receive(kiosk, evaluation);
        central.fleet.events().evaluationReceived(kiosk, evaluation);
        admin = new ConsoleHttp(central.server.url());
        assertEquals(303, admin.login("admin.li", PASSWORD).statusCode());
    }

    @AfterAll
    static void stop() {
        central.close();
    }

    @Test
    void markupInEveryRenderedFieldComesOutAsText() {
        admin.get("/console/users");
        assertEquals(303, admin.post("/console/users", Map.of("username", "xss.user", "displayName",
                XSS, "role", "VIEWER", "password", "long enough password")).statusCode());
        assertEquals(400, admin.post("/console/users", Map.of("username", XSS.substring(0, 30), "displayName", "x",
                "role", "VIEWER", "password", "long enough password")).statusCode());
        List<String> carrying = List.of("/console/kiosks/" + TestKiosks.KIOSK, "/console/kiosks/" + xssKiosk,
                "/console/help", "/console/evaluations", "/console/enrolment-codes", "/console/users");
        for (String page : new String[] {"/console/fleet", "/console/kiosks", "/console/kiosks/" + TestKiosks.KIOSK,
                "/console/kiosks/" + xssKiosk, "/console/alerts", "/console/help", "/console/evaluations",
                "/console/enrolment-codes", "/console/users", "/console/audit"}) {
            HttpResponse<String> response = admin.get(page);
            assertEquals(200, response.statusCode(), page);
            String body = response.body();
            assertFalse(body.contains("<script") || body.contains("<img") || body.contains("onerror=alert(2)>"),
                    page + " let markup through: " + ConsolePagesHttpTest.main(body));
            if (carrying.contains(page)) {
                assertTrue(body.contains(ESCAPED), page + " shows the whole text escaped: "
                        + ConsolePagesHttpTest.main(body));
            }
        }
        assertTrue(admin.get("/console/help").body().contains(ESCAPED), "a whole payload, escaped");
    }

    @Test
    void sqlLookingInputIsRefusedOrBoundNeverExecuted() {
        for (String query : new String[] {"q=' OR '1'='1", "region=620102' OR 1=1--", "status=online'--",
                "q=%25", "q=_", "page=1;DROP TABLE enrolled_kiosks", "page=0"}) {
            HttpResponse<String> response = admin.get("/console/kiosks?" + query.replace(" ", "%20")
                    .replace("'", "%27").replace(";", "%3B"));
            assertEquals(400, response.statusCode(), query);
            assertTrue(response.body().contains("INVALID_FILTER") && response.body().contains("筛选条件无效"), query);
            noTrace(response);
        }
        HttpResponse<String> detail = admin.get("/console/kiosks/KSK-1%27%20OR%20%271%27=%271");
        assertEquals(400, detail.statusCode());
        assertTrue(detail.body().contains("INVALID_KIOSK_ID"));
        admin.get("/console/alerts");
        assertEquals(400, admin.post("/console/alerts/x1%27%3BDROP%20TABLE%20fleet_alert--/acknowledge")
                .statusCode());
        HttpResponse<String> login = new ConsoleHttp(central.server.url()).login("admin.li' OR '1'='1", PASSWORD);
        assertEquals(401, login.statusCode(), "no such user, whatever the quotes");
        assertEquals(1, central.sql().count("SELECT COUNT(*) FROM fleet_alerts"), "the 差评's alert");
        assertEquals(3, central.sql().count("SELECT COUNT(*) FROM enrolled_kiosks"), "the kiosks are all there");
        assertTrue(central.sql().tableExists("enrolled_kiosks"), "DROP TABLE enrolled_kiosks was never executed");
    }

    @Test
    void oversizedFormsAndFieldsAreRefusedClearly() {
        ConsoleHttp stranger = new ConsoleHttp(central.server.url());
        stranger.get("/console/login");
        HttpResponse<String> huge = stranger.post("/console/login", Map.of("username", "a".repeat(20_000),
                "password", "x"));
        assertEquals(413, huge.statusCode());
        assertTrue(huge.body().contains("PAYLOAD_TOO_LARGE") && huge.body().contains("8192"), huge.body());
        noTrace(huge);
        HttpResponse<String> longName = stranger.post("/console/login", Map.of("username", "a".repeat(40),
                "password", "x"));
        assertEquals(400, longName.statusCode());
        assertTrue(longName.body().contains("FIELD_TOO_LONG") && longName.body().contains("最多 32 个字符"));
        HttpResponse<String> longPassword = stranger.post("/console/login", Map.of("username", "admin.li",
                "password", "p".repeat(129)));
        assertEquals(400, longPassword.statusCode());
    }

    @Test
    void wrongMethodsMediaTypesAndPathsGetClearErrors() {
        String base = central.server.url();
        HttpResponse<String> delete = admin.send(HttpRequest.newBuilder(URI.create(base + "/console/fleet")).DELETE());
        assertEquals(405, delete.statusCode());
        assertTrue(delete.headers().firstValue("Allow").orElse("").contains("GET"), delete.headers().toString());
        noTrace(delete);
        HttpResponse<String> getLogout = admin.get("/console/logout");
        assertEquals(405, getLogout.statusCode());
        assertEquals(405, admin.send(HttpRequest.newBuilder(URI.create(base + "/console/login"))
                .PUT(HttpRequest.BodyPublishers.ofString("x"))).statusCode());
        HttpResponse<String> json = admin.send(HttpRequest.newBuilder(URI.create(base + "/console/login"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertEquals(415, json.statusCode());
        assertTrue(json.body().contains("application/x-www-form-urlencoded"), json.body());
        HttpResponse<String> missing = admin.get("/console/no-such-page");
        assertEquals(404, missing.statusCode());
        noTrace(missing);
        HttpResponse<String> unknownKiosk = admin.get("/console/kiosks/KSK-999999-0001");
        assertEquals(404, unknownKiosk.statusCode());
        assertTrue(unknownKiosk.body().contains("没有编号为 KSK-999999-0001 的终端"));
    }

    private static void noTrace(HttpResponse<String> response) {
        String body = response.body();
        assertFalse(body.contains("Exception") || body.contains("\tat ") || body.contains("at org.")
                || body.contains("java."), "no stack trace: " + body);
    }
}
