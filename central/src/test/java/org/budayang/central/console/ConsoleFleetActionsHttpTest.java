package org.budayang.central.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budayang.api.fleet.CommandState;
import org.budayang.api.fleet.CommandStatus;
import org.budayang.api.fleet.CommandType;
import org.budayang.central.TestFleet;
import org.budayang.central.db.TestDatabases;
import org.budayang.central.fleet.commands.CommandAudit;
import org.budayang.central.fleet.enrol.EnrolmentStore;
import org.budayang.central.fleet.enrol.KioskStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The console's fleet actions go through fleet-ops' and fleet-trust's services: a command an operator sends is the
 * one the kiosk picks up over mutual TLS, audited with the operator; an admin's revocation and enrolment code are
 * fleet-trust's own (the code enrols a kiosk); roles and bad input are refused and audited.
 */
class ConsoleFleetActionsHttpTest {
    private static final String PASSWORD = "correct horse battery";
    private ConsoleServer central;

    @BeforeEach
    void start() {
        central = ConsoleServer.start(TestDatabases.Kind.H2);
        central.addUser("viewer.wang", Role.VIEWER, PASSWORD);
        central.addUser("operator.zhao", Role.OPERATOR, PASSWORD);
        central.addUser("admin.li", Role.ADMIN, PASSWORD);
        FleetSample.populate(central);
    }

    @AfterEach
    void stop() {
        central.close();
    }

    private ConsoleHttp as(String user) {
        ConsoleHttp browser = new ConsoleHttp(central.server.url());
        assertEquals(303, browser.login(user, PASSWORD).statusCode());
        return browser;
    }

    @Test
    void anOperatorsCommandIsTheOneTheKioskPicksUpAndItsResultShowsOnThePage() {
        ConsoleHttp operator = as("operator.zhao");
        String page = operator.get("/console/kiosks/" + FleetSample.ONLINE).body();
        assertTrue(page.contains("id=\"send-command\"") && !page.contains("/revoke"), "operators send, admins revoke");
        HttpResponse<String> sent = operator.post("/console/kiosks/" + FleetSample.ONLINE + "/commands",
                Map.of("type", "OUT_OF_SERVICE", "message", "设备维护中，请到3号窗口办理"));
        assertEquals(303, sent.statusCode(), sent.body());
        assertEquals("/console/kiosks/" + FleetSample.ONLINE + "?done=commanded",
                sent.headers().firstValue("Location").orElseThrow());
        CommandStatus queued = central.commands.list(FleetSample.ONLINE, 1).get(0);
        assertEquals(CommandType.OUT_OF_SERVICE, queued.command().type());
        assertEquals(CommandState.QUEUED, queued.state());
        assertEquals("operator.zhao", queued.createdBy());
        String commandId = queued.command().commandId();
        CommandAudit created = central.commands.audit(commandId).get(0);
        assertEquals("CREATED operator.zhao", created.action() + " " + created.actor());

        var kiosk = TestFleet.testKiosk(FleetSample.ONLINE);
        HttpResponse<String> poll = TestFleet.send(kiosk.client(), "GET", TestFleet.tls(central.url("/api/v1/commands")),
                null);
        assertEquals(200, poll.statusCode(), poll.body());
        JsonNode commands = TestFleet.read(poll.body()).get("commands");
        assertEquals(1, commands.size(), poll.body());
        assertEquals(commandId, commands.get(0).get("commandId").asText());
        assertEquals("设备维护中，请到3号窗口办理", commands.get(0).get("message").asText());
        HttpResponse<String> result = TestFleet.send(kiosk.client(), "POST", TestFleet.tls(central.url(
                "/api/v1/commands/" + commandId + "/result")), "{\"outcome\":\"DONE\",\"detail\":\"暂停服务画面已显示\","
                + "\"completedAt\":\"" + central.clock.instant() + "\"}");
        assertEquals(200, result.statusCode(), result.body());

        String after = operator.get("/console/kiosks/" + FleetSample.ONLINE + "?done=commanded").body();
        assertTrue(after.contains("指令已排队"), "the flash line");
        assertTrue(after.contains("<td>OUT_OF_SERVICE</td><td>DONE</td><td>operator.zhao</td>")
                && after.contains("暂停服务画面已显示"), ConsolePagesHttpTest.section(after, "<table id=\"commands\">"));
        assertTrue(operator.get("/console/kiosks?status=out_of_service").body().contains(FleetSample.ONLINE),
                "the kiosk counts as out of service once it has done it");
        assertEquals("COMMAND_SEND " + FleetSample.ONLINE + " OK OUT_OF_SERVICE " + commandId, line(0, "operator.zhao"));
    }

    @Test
    void commandsAreRefusedForBadInputUnknownOrDisabledKiosksAndViewers() {
        ConsoleHttp operator = as("operator.zhao");
        operator.get("/console/kiosks/" + FleetSample.ONLINE);
        HttpResponse<String> noMessage = operator.post("/console/kiosks/" + FleetSample.ONLINE + "/commands",
                Map.of("type", "OUT_OF_SERVICE", "message", ""));
        assertEquals(400, noMessage.statusCode());
        assertTrue(noMessage.body().contains("COMMAND_INVALID") && noMessage.body().contains("暂停服务须填写"),
                noMessage.body());
        assertEquals(400, operator.post("/console/kiosks/" + FleetSample.ONLINE + "/commands",
                Map.of("type", "SET_CONFIG")).statusCode(), "SET_CONFIG stays with the ops API");
        assertEquals("/console/kiosks/" + FleetSample.DISABLED + "?done=unchanged", operator.post("/console/kiosks/"
                + FleetSample.DISABLED + "/commands", Map.of("type", "RESTART")).headers().firstValue("Location")
                .orElseThrow(), "a revoked kiosk gets no commands");
        assertEquals(400, operator.post("/console/kiosks/KSK-1/commands", Map.of("type", "RESTART")).statusCode());
        assertEquals(List.of(), central.commands.list(FleetSample.DISABLED, 5));
        assertEquals(1, central.commands.list(FleetSample.ONLINE, 5).size(), "only the sample's RELOAD_CATALOG");
        assertTrue(line(0, "operator.zhao").startsWith("COMMAND_SEND " + FleetSample.DISABLED + " REFUSED"));

        ConsoleHttp viewer = as("viewer.wang");
        assertFalse(viewer.get("/console/kiosks/" + FleetSample.ONLINE).body().contains("send-command"));
        assertEquals(403, viewer.post("/console/kiosks/" + FleetSample.ONLINE + "/commands",
                Map.of("type", "RESTART")).statusCode());
    }

    @Test
    void anAdminRevokesAnEnrolledKioskThroughFleetTrust() {
        ConsoleHttp operator = as("operator.zhao");
        operator.get("/console/kiosks/" + FleetSample.QILIHE);
        assertEquals(403, operator.post("/console/kiosks/" + FleetSample.QILIHE + "/revoke").statusCode());
        ConsoleHttp admin = as("admin.li");
        assertTrue(admin.get("/console/kiosks/" + FleetSample.QILIHE).body().contains("/revoke"));
        assertEquals("/console/kiosks/" + FleetSample.QILIHE + "?done=revoked", admin.post("/console/kiosks/"
                + FleetSample.QILIHE + "/revoke").headers().firstValue("Location").orElseThrow());
        EnrolmentStore store = new EnrolmentStore(central.database.dataSource());
        assertEquals(KioskStatus.REVOKED, store.status(FleetSample.QILIHE).orElseThrow());
        assertTrue(admin.get("/console/kiosks?status=disabled").body().contains(FleetSample.QILIHE));
        assertFalse(admin.get("/console/kiosks/" + FleetSample.QILIHE).body().contains("/revoke"),
                "a revoked kiosk offers no second revocation");
        String never = "KSK-622901000000-0002";
        assertEquals("/console/kiosks/" + never + "?done=unchanged", admin.post("/console/kiosks/" + never
                + "/revoke").headers().firstValue("Location").orElseThrow(), "no kiosk of that id was enrolled");
        assertEquals("KIOSK_REVOKE " + never + " REFUSED", line(0, "admin.li").substring(0,
                ("KIOSK_REVOKE " + never + " REFUSED").length()));
        assertTrue(line(1, "admin.li").startsWith("KIOSK_REVOKE " + FleetSample.QILIHE + " OK"));
    }

    @Test
    void anAdminCreatesAnEnrolmentCodeShownOnceThatEnrolsAKiosk() {
        ConsoleHttp admin = as("admin.li");
        admin.get("/console/enrolment-codes");
        HttpResponse<String> bad = admin.post("/console/enrolment-codes", Map.of("regionCode", "990102000000",
                "siteType", "BANK", "address", "城关区张掖路1号", "hostOrganisation", "工商银行张掖路支行",
                "contact", "值班员 0931-8888888"));
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("SITE_INVALID"), bad.body());
        HttpResponse<String> created = admin.post("/console/enrolment-codes", Map.of("regionCode", "620102003000",
                "siteType", "BANK", "address", "城关区张掖路1号", "hostOrganisation", "工商银行张掖路支行",
                "contact", "值班员 0931-8888888"));
        assertEquals(201, created.statusCode(), created.body());
        assertEquals("no-store", created.headers().firstValue("Cache-Control").orElseThrow());
        Matcher code = Pattern.compile("<b id=\"code\">([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})</b>")
                .matcher(created.body());
        assertTrue(code.find(), created.body());
        String hint = code.group(1).substring(15);
        String list = admin.get("/console/enrolment-codes").body();
        assertTrue(list.contains("…" + hint) && !list.contains(code.group(1)), "the list shows the hint only");
        String kiosk = central.trust.enrolment().enrol(code.group(1), TestFleet.csr(TestFleet.ecKeys()), "张掖路终端")
                .kioskId();
        assertEquals("KSK-620102003000-0001", kiosk);
        assertTrue(admin.get("/console/enrolment-codes").body().contains(kiosk), "the code names the kiosk it enrolled");
        assertEquals("ENROLMENT_CODE_CREATE …" + hint + " OK", line(0, "admin.li").substring(0,
                ("ENROLMENT_CODE_CREATE …" + hint + " OK").length()));
        ConsoleHttp operator = as("operator.zhao");
        assertFalse(operator.get("/console/enrolment-codes").body().contains("new-code-form"));
        assertEquals(403, operator.post("/console/enrolment-codes", Map.of("regionCode", "620102003000")).statusCode());
    }

    /** The user's {@code index}-th newest audit line: action, target, outcome, detail. */
    private String line(int index, String user) {
        var entry = central.console.services().audit().newest(10, user).get(index);
        return entry.action() + " " + entry.target() + " " + entry.outcome() + " " + entry.detail();
    }
}
