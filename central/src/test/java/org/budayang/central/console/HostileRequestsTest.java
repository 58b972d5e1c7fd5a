package org.budayang.central.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.budayang.central.TestKiosks;
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

    @BeforeAll
    static void start() {
        central = ConsoleServer.start(TestDatabases.Kind.H2, true);
        central.addUser("admin.li", Role.ADMIN, PASSWORD);
        Sql sql = central.sql();
        Instant now = central.clock.instant();
        String kiosk = TestKiosks.KIOSK;
        sql.update("INSERT INTO fleet_kiosk_state VALUES (?, 'ONLINE', ?, ?, ?)", kiosk, now, XSS.substring(0, 10),
                XSS.substring(0, 40));
        sql.update("INSERT INTO fleet_device_state VALUES (?, ?, ?, ?, ?)", kiosk, XSS.substring(0, 32),
                XSS.substring(0, 20), XSS, now);
        sql.update("INSERT INTO fleet_alert (alert_id, kiosk_id, rule_code, subject, state, opened_at) VALUES "
                + "('x1', ?, ?, ?, 'OPEN', ?)", kiosk, XSS.substring(0, 40), XSS, now);
        sql.update("INSERT INTO fleet_command VALUES ('c1', ?, ?, ?, ?, ?, NULL)", kiosk, XSS.substring(0, 40),
                XSS.substring(0, 20), XSS.substring(0, 32), now);
        sql.update("INSERT INTO flow_help_request VALUES ('h1', ?, ?, ?, ?, ?, 5, ?, '-', ?, NULL)", kiosk, XSS,
                XSS.substring(0, 40), XSS, XSS, XSS, now);
        sql.update("INSERT INTO flow_evaluation VALUES ('e1', ?, ?, ?, 'COMPLETED', 'X', 1, ?, ?, ?, ?)", kiosk,
                XSS.substring(0, 40), XSS.substring(0, 40), XSS, XSS, now, now);
        LocalDate today = LocalDate.of(2026, 11, 27);
        sql.update("INSERT INTO flow_evaluation_follow_up (evaluation_id, state, call_back_by, rectify_by) VALUES "
                + "('e1', 'OPEN', ?, ?)", today, today.plusDays(15));
        sql.update("INSERT INTO enrolment_codes (code_hash, code_hint, region_code, site_type, address, "
                + "host_organisation, contact, created_at, expires_at) VALUES (?, ?, '620102001001', ?, ?, ?, ?, ?, ?)",
                FleetSample.sha256("k1"), XSS.substring(0, 8), XSS.substring(0, 20), XSS,
                XSS, XSS, now, now.plus(Duration.ofDays(3)));
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
        for (String page : new String[] {"/console/kiosks", "/console/kiosks/" + TestKiosks.KIOSK, "/console/alerts",
                "/console/help", "/console/evaluations", "/console/enrolment-codes", "/console/users",
                "/console/audit"}) {
            HttpResponse<String> response = admin.get(page);
            assertEquals(200, response.statusCode(), page);
            String body = response.body();
            assertFalse(body.contains("<script") || body.contains("<img") || body.contains("onerror=alert(2)>"),
                    page + " let markup through: " + ConsolePagesHttpTest.main(body));
            assertTrue(body.contains("&lt;script&gt;"), page + " shows the text escaped");
        }
        assertTrue(admin.get("/console/help").body().contains(ESCAPED), "a whole payload, escaped");
    }

    @Test
    void sqlLookingInputIsRefusedOrBoundNeverExecuted() {
        for (String query : new String[] {"q=' OR '1'='1", "region=620102' OR 1=1--", "status=online'--",
                "q=%25", "q=_", "page=1;DROP TABLE kiosks", "page=0"}) {
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
        assertEquals(1, central.sql().count("SELECT COUNT(*) FROM fleet_alert"));
        assertEquals(2, central.sql().count("SELECT COUNT(*) FROM enrolled_kiosks"), "the test kiosks are all there");
        assertTrue(central.sql().tableExists("kiosks"), "DROP TABLE kiosks was never executed");
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
