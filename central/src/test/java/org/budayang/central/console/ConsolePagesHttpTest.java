package org.budayang.central.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import org.budayang.central.TestKiosks;
import org.budayang.central.console.audit.AuditEntry;
import org.budayang.central.fleet.alerts.Alert;
import org.budayang.central.fleet.alerts.AlertRepository;
import org.budayang.central.fleet.alerts.AlertRule;
import org.budayang.central.fleet.alerts.AlertState;
import org.budayang.central.flows.FollowUpState;
import org.budayang.central.db.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every page against a fleet made through central's services (H2 and PostgreSQL), the actions going through
 * fleet-ops' and the flows' services (lifecycle, who/when, webhook), roles per page and action, a fresh central.
 */
class ConsolePagesHttpTest {
    private static final String PASSWORD = "correct horse battery";

    private static ConsoleHttp as(ConsoleServer central, String user) {
        ConsoleHttp browser = new ConsoleHttp(central.server.url());
        assertEquals(303, browser.login(user, PASSWORD).statusCode());
        return browser;
    }

    private static ConsoleServer populated(TestDatabases.Kind kind) {
        return populated(ConsoleServer.start(kind));
    }

    private static ConsoleServer populated(ConsoleServer central) {
        central.addUser("viewer.wang", Role.VIEWER, PASSWORD);
        central.addUser("operator.zhao", Role.OPERATOR, PASSWORD);
        central.addUser("admin.li", Role.ADMIN, PASSWORD);
        return central;
    }

    @ParameterizedTest
    @MethodSource("org.budayang.central.db.TestDatabases#both")
    void everyPageShowsWhatFleetOpsAndTheFlowsStored(TestDatabases.Kind kind) {
        try (ConsoleServer central = populated(kind)) {
            FleetSample sample = FleetSample.populate(central);
            ConsoleHttp viewer = as(central, "viewer.wang");
            String fleet = ok(viewer, "/console/fleet");
            assertTrue(fleet.contains("终端总数<b>9</b>"), main(fleet));
            assertTrue(fleet.contains("620000 甘肃省") && fleet.contains("620102 城关区")
                    && fleet.contains("622901 临夏市"), main(fleet));
            assertTrue(fleet.contains("<span class=\"st-OFFLINE\">离线 1</span>"), "the silent kiosk counts offline");

            assertTrue(ok(viewer, "/console/kiosks").contains("共 9 台"));
            String offline = ok(viewer, "/console/kiosks?status=offline");
            assertTrue(offline.contains("共 1 台") && offline.contains(FleetSample.SILENT), main(offline));
            String paper = ok(viewer, "/console/kiosks?status=paper_out");
            assertTrue(paper.contains("共 1 台") && paper.contains(FleetSample.PAPER_OUT) && paper.contains("缺纸"),
                    main(paper));
            String degraded = ok(viewer, "/console/kiosks?status=degraded");
            assertTrue(degraded.contains("共 2 台") && degraded.contains(FleetSample.DEGRADED)
                    && degraded.contains(FleetSample.PAPER_OUT), "DEVICE_OFFLINE and PAPER_OUT: " + main(degraded));
            String online = ok(viewer, "/console/kiosks?status=online");
            assertTrue(online.contains("共 3 台") && online.contains(FleetSample.ONLINE) && online.contains(FleetSample.QILIHE)
                    && online.contains(FleetSample.LINXIA), main(online));
            String paused = ok(viewer, "/console/kiosks?status=out_of_service");
            assertTrue(paused.contains("共 1 台") && paused.contains(FleetSample.OUT_OF_SERVICE), main(paused));
            String disabled = ok(viewer, "/console/kiosks?status=disabled");
            assertTrue(disabled.contains("共 1 台") && disabled.contains(FleetSample.DISABLED), main(disabled));
            String revoked = ok(viewer, "/console/kiosks/" + FleetSample.DISABLED);
            assertTrue(revoked.contains("已停用（证书注册）") && revoked.contains("623001000000"), main(revoked));
            String enrolled = ok(viewer, "/console/kiosks/" + FleetSample.QILIHE);
            assertTrue(enrolled.contains("已启用（证书注册）") && enrolled.contains(FleetSample.QILIHE_ADDRESS)
                    && enrolled.contains("便民服务中心 · 七里河区便民服务中心"), main(enrolled));
            String linxia = ok(viewer, "/console/kiosks/" + FleetSample.LINXIA);
            assertTrue(linxia.contains("已启用（证书注册）") && linxia.contains("622901000000 临夏市")
                    && linxia.contains("银行 · 农业银行临夏分行"), main(linxia));
            assertFalse(linxia.contains("配置密钥"), "no kiosk has a secret any more: " + main(linxia));
            assertTrue(ok(viewer, "/console/kiosks?region=620100").contains("共 7 台"), "兰州市: 城关区 6 + 七里河区 1");
            assertTrue(ok(viewer, "/console/kiosks?region=620102&q=0004").contains("共 1 台"));
            String linxiaList = ok(viewer, "/console/kiosks?region=622901");
            assertTrue(linxiaList.contains("共 1 台") && linxiaList.contains(FleetSample.LINXIA), main(linxiaList));
            assertTrue(ok(viewer, "/console/kiosks?region=620000").contains("共 9 台"), "甘肃省: every sample kiosk");
            assertTrue(ok(viewer, "/console/kiosks?region=620103000000&status=online").contains("共 1 台"), "七里河区");
            String unknown = ok(viewer, "/console/kiosks/" + FleetSample.NO_TELEMETRY);
            assertTrue(unknown.contains("暂无数据：该终端尚未上报心跳") && unknown.contains("st-UNKNOWN"), main(unknown));
            assertTrue(unknown.contains("暂无数据：该终端尚未上报现场自检报告"), main(unknown));

            String detail = ok(viewer, "/console/kiosks/" + FleetSample.DEGRADED);
            String devices = section(detail, "<table id=\"devices\">");
            assertTrue(devices.contains("<td>idCardReader</td><td class=\"dev-OFFLINE\">离线</td>")
                    && devices.contains("<td>receiptPrinter</td><td class=\"dev-DEGRADED\">性能下降</td><td>PAPER_LOW</td>"),
                    devices);
            assertTrue(detail.contains("自检于 2026-11-27 09:44:20，中心收到于 2026-11-27 09:45:00；工具版本 0.1.0；结果 "
                    + "<span id=\"selftest-verdict\" class=\"st-OFFLINE\">未通过</span>，共 2 项，失败 1 项"), main(detail));
            String selftest = section(detail, "<table id=\"selftest\">");
            int failedAt = selftest.indexOf("<td>idCardReader</td><td>idcard-sam</td><td>read the SAM id</td>"
                    + "<td class=\"st-OFFLINE\">失败</td><td>NO_ANSWER</td>");
            assertTrue(failedAt >= 0 && failedAt < selftest.indexOf("<td>receiptPrinter</td><td>escpos</td>")
                    && selftest.contains(FleetSample.SELFTEST_ADVICE) && selftest.contains("<td>3000 ms</td>"),
                    "the failed check first, with its code and advice: " + selftest);
            String kioskAlerts = section(detail, "<table id=\"kiosk-alerts\">");
            assertTrue(kioskAlerts.contains("设备离线") && kioskAlerts.contains("idCardReader OFFLINE for 1180 s")
                    && kioskAlerts.contains("纸将尽") && kioskAlerts.contains("自动恢复"), kioskAlerts);
            assertEquals(3, count(section(detail, "<table id=\"history\">"), "<tr>") - 1,
                    "its three heartbeats, newest first: " + detail);
            String active = ok(viewer, "/console/kiosks/" + FleetSample.ONLINE);
            String commands = section(active, "<table id=\"commands\">");
            assertTrue(commands.contains("<td>RELOAD_CATALOG</td><td>DONE</td><td>operator.zhao</td>")
                    && commands.contains("CREATED operator.zhao") && commands.contains("DELIVERED " + FleetSample.ONLINE)
                    && commands.contains("RESULT " + FleetSample.ONLINE), commands);
            assertTrue(active.contains("COMPLETED</td><td>2") && active.contains("FAILED</td><td>1"), main(active));

            String alerts = ok(viewer, "/console/alerts");
            assertEquals(6, count(alerts, "<tr id=\"alert-"), "unresolved: PAPER_LOW, DEVICE_OFFLINE, PAPER_OUT, "
                    + "KIOSK_SILENT, two BAD_EVALUATION: " + main(alerts));
            assertTrue(alerts.contains("缺纸") && alerts.contains("终端失联") && alerts.contains("收到差评"), main(alerts));
            assertFalse(alerts.contains("/acknowledge"), "a viewer gets no action buttons");
            String resolved = ok(viewer, "/console/alerts?state=RESOLVED");
            assertEquals(1, count(resolved, "<tr id=\"alert-"), main(resolved));
            assertTrue(resolved.contains("自动恢复") && resolved.contains("cleared in the heartbeat"), main(resolved));

            String help = ok(viewer, "/console/help");
            assertTrue(help.contains("待响应<b id=\"open\">1</b>") && help.contains("3分0秒"), main(help));

            String evaluations = ok(viewer, "/console/evaluations");
            assertTrue(evaluations.contains("评价总数<b id=\"total\">3</b>"), main(evaluations));
            assertTrue(evaluations.contains("（已逾期）") && evaluations.contains("机器反应慢")
                    && evaluations.contains("等候时间长、操作复杂"), main(evaluations));

            String codes = ok(viewer, "/console/enrolment-codes");
            assertTrue(codes.contains("有效") && codes.contains("已使用") && codes.contains("已过期"), main(codes));
            assertTrue(codes.contains("…" + sample.hints.get("QILIHE")) && codes.contains("便民服务中心")
                    && codes.contains(FleetSample.QILIHE), main(codes));
            assertEquals(9, sample.hashes.size(), "7 kiosks enrolled, one expired, one issued");
            assertEquals(7, count(codes, "已使用"), "a USED code per kiosk the sample enrolled: " + main(codes));
            for (String hash : sample.hashes) {
                assertFalse(codes.contains(hash), "hints and labels, never a hash");
            }
        }
    }

    @Test
    void operatorsActThroughFleetOpsServicesAndEveryActionIsAuditedAndPublished() throws Exception {
        try (Webhook webhook = new Webhook();
             ConsoleServer central = populated(ConsoleServer.start(TestDatabases.Kind.H2, ConsoleSettings.DEFAULT,
                     Map.of("webhookUrl", webhook.url())))) {
            FleetSample.populate(central);
            AlertRepository repository = new AlertRepository(central.database.dataSource());
            Alert paperOut = repository.unresolved(FleetSample.PAPER_OUT).get(0);
            assertEquals(AlertRule.PAPER_OUT, paperOut.rule());
            String id = Long.toString(paperOut.id());

            ConsoleHttp operator = as(central, "operator.zhao");
            operator.get("/console/alerts");
            HttpResponse<String> ack = operator.post("/console/alerts/" + id + "/acknowledge");
            assertEquals(303, ack.statusCode());
            assertEquals("/console/alerts?done=acknowledged", ack.headers().firstValue("Location").orElseThrow());
            Alert acknowledged = repository.find(paperOut.id()).orElseThrow();
            assertEquals(AlertState.ACKNOWLEDGED, acknowledged.state());
            assertEquals("operator.zhao", acknowledged.acknowledgedBy());
            assertEquals(central.clock.instant(), acknowledged.acknowledgedAt());
            assertEquals("/console/alerts?done=unchanged", operator.post("/console/alerts/" + id + "/acknowledge")
                    .headers().firstValue("Location").orElseThrow(), "an acknowledged alert is not acknowledged again");
            assertTrue(ok(operator, "/console/alerts?done=unchanged").contains("未执行"));
            assertEquals("/console/alerts?done=unchanged", operator.post("/console/alerts/999999/resolve")
                    .headers().firstValue("Location").orElseThrow(), "an unknown alert");
            assertEquals(303, operator.post("/console/alerts/" + id + "/resolve").statusCode());
            Alert resolved = repository.find(paperOut.id()).orElseThrow();
            assertEquals(AlertState.RESOLVED, resolved.state());
            assertEquals("operator.zhao", resolved.resolvedBy());
            assertEquals("resolved by operator.zhao in the ops console", resolved.resolution());
            webhook.await("alert-" + id + "-acknowledged", "\"acknowledgedBy\":\"operator.zhao\"");
            webhook.await("alert-" + id + "-resolved", "\"resolvedBy\":\"operator.zhao\"");

            assertEquals(303, operator.post("/console/help/" + FleetSample.HELP_OPEN + "/close").statusCode());
            assertEquals("/console/help?done=unchanged", operator.post("/console/help/" + FleetSample.HELP_CLOSED
                    + "/close").headers().firstValue("Location").orElseThrow(), "a closed request stays as it was");
            assertTrue(central.sql().one("SELECT closed_at FROM flow_help_request WHERE help_id = ?",
                    r -> r.getObject(1) != null, FleetSample.HELP_OPEN).orElseThrow());
            Alert bad = repository.unresolved(FleetSample.ONLINE).stream()
                    .filter(a -> a.subject().equals(FleetSample.BAD_OPEN)).findFirst().orElseThrow();
            assertEquals(303, operator.post("/console/evaluations/" + FleetSample.BAD_OPEN + "/called-back")
                    .statusCode());
            assertEquals(FollowUpState.CALLED_BACK, central.evaluationRepository.find(FleetSample.BAD_OPEN)
                    .orElseThrow().followUp().state());
            Alert calledBack = repository.find(bad.id()).orElseThrow();
            assertEquals(AlertState.RESOLVED, calledBack.state(), "the 差评's alert is resolved with the call back");
            assertEquals("operator.zhao", calledBack.resolvedBy());
            assertEquals("/console/evaluations?done=unchanged", operator.post("/console/evaluations/"
                    + FleetSample.BAD_OPEN + "/called-back").headers().firstValue("Location").orElseThrow());

            var audit = central.console.services().audit().newest(20, "operator.zhao");
            assertEquals("EVALUATION_CALLED_BACK " + FleetSample.BAD_OPEN + " REFUSED|EVALUATION_CALLED_BACK "
                    + FleetSample.BAD_OPEN + " OK|HELP_CLOSE " + FleetSample.HELP_CLOSED + " REFUSED|HELP_CLOSE "
                    + FleetSample.HELP_OPEN + " OK|ALERT_RESOLVE " + id + " OK|ALERT_RESOLVE 999999 REFUSED|"
                    + "ALERT_ACKNOWLEDGE " + id + " REFUSED|ALERT_ACKNOWLEDGE " + id + " OK|LOGIN operator.zhao OK",
                    String.join("|", audit.stream().map(e -> e.action() + " " + e.target() + " " + e.outcome())
                            .toList()));
            assertEquals("127.0.0.1", audit.get(0).sourceIp());
            assertEquals(403, operator.get("/console/audit").statusCode(), "the audit page is for admins");
            assertEquals(403, operator.get("/console/users").statusCode());
        }
    }

    @Test
    void eachRoleMayDoOnlyWhatItMay() {
        try (ConsoleServer central = populated(TestDatabases.Kind.H2)) {
            FleetSample.populate(central);
            String silent = Long.toString(new AlertRepository(central.database.dataSource())
                    .unresolved(FleetSample.SILENT).get(0).id());
            ConsoleHttp viewer = as(central, "viewer.wang");
            viewer.get("/console/alerts");
            HttpResponse<String> refused = viewer.post("/console/alerts/" + silent + "/acknowledge");
            assertEquals(403, refused.statusCode());
            assertTrue(refused.body().contains("查看员") && refused.body().contains("ROLE_FORBIDDEN"), refused.body());
            assertEquals(AlertState.OPEN, new AlertRepository(central.database.dataSource())
                    .find(Long.parseLong(silent)).orElseThrow().state());
            assertEquals(403, viewer.get("/console/users").statusCode());
            assertFalse(ok(viewer, "/console/fleet").contains("用户管理"), "the menu hides admin pages");
            AuditEntry forbidden = central.console.services().audit().newest(5, "viewer.wang").get(0);
            assertEquals("FORBIDDEN", forbidden.action());

            ConsoleHttp admin = as(central, "admin.li");
            assertTrue(ok(admin, "/console/audit").contains("FORBIDDEN"), "admins read the refusal");
            admin.get("/console/users");
            assertEquals(303, admin.post("/console/users", Map.of("username", "new.user", "displayName", "新同事",
                    "role", "OPERATOR", "password", "a long enough pw")).statusCode());
            assertEquals(303, new ConsoleHttp(central.server.url()).login("new.user", "a long enough pw").statusCode());
            assertEquals(303, admin.post("/console/users/viewer.wang/role", Map.of("role", "OPERATOR")).statusCode());
            assertEquals(Role.OPERATOR, central.console.services().users().find("viewer.wang").orElseThrow().role());
            viewer.get("/console/alerts");
            assertEquals(303, viewer.post("/console/alerts/" + silent + "/acknowledge").statusCode(),
                    "the new role applies to the open session at once");
            assertEquals("viewer.wang", new AlertRepository(central.database.dataSource())
                    .find(Long.parseLong(silent)).orElseThrow().acknowledgedBy());
            HttpResponse<String> lastAdmin = admin.post("/console/users/admin.li/role", Map.of("role", "VIEWER"));
            assertEquals(409, lastAdmin.statusCode());
            assertTrue(lastAdmin.body().contains("最后一位启用的管理员"), lastAdmin.body());
        }
    }

    @Test
    void aFreshCentralShowsItsTwoKiosksAsNeverHeardAndEmptyQueues() {
        try (ConsoleServer central = ConsoleServer.start(TestDatabases.Kind.H2)) {
            central.addUser("viewer.wang", Role.VIEWER, PASSWORD);
            ConsoleHttp viewer = as(central, "viewer.wang");
            String fleet = ok(viewer, "/console/fleet");
            assertTrue(fleet.contains("终端总数<b>2</b>"), "the two test kiosks enrolled in every test central: "
                    + main(fleet));
            String list = ok(viewer, "/console/kiosks");
            assertEquals(2, count(list, "st-UNKNOWN\">暂无数据"), "never heard: no status guessed: " + main(list));
            assertTrue(ok(viewer, "/console/kiosks?status=offline").contains("共 0 台"));
            assertEquals(0, count(ok(viewer, "/console/alerts"), "<tr id=\"alert-"));
            assertTrue(ok(viewer, "/console/help").contains("待响应<b id=\"open\">0</b>"), "an empty table: 0");
            assertTrue(ok(viewer, "/console/evaluations").contains("评价总数<b id=\"total\">0</b>"));
            String detail = ok(viewer, "/console/kiosks/" + TestKiosks.KIOSK);
            assertTrue(detail.contains("暂无数据：该终端尚未上报心跳") && detail.contains("远程指令</h3><p>无记录。"),
                    main(detail));
        }
    }

    /** The part of {@code html} from {@code start} to the end of that table. */
    static String section(String html, String start) {
        int from = html.indexOf(start);
        assertTrue(from >= 0, start + " in " + main(html));
        return html.substring(from, html.indexOf("</table>", from));
    }

    static int count(String html, String part) {
        int n = 0;
        for (int i = html.indexOf(part); i >= 0; i = html.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    /** A webhook receiver on a free port: keeps each alert event POSTed to it. */
    static final class Webhook implements AutoCloseable {
        final java.util.List<String> received = new java.util.concurrent.CopyOnWriteArrayList<>();
        private final com.sun.net.httpserver.HttpServer server;

        Webhook() throws java.io.IOException {
            server = com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/alerts", exchange -> {
                received.add(new String(exchange.getRequestBody().readAllBytes(),
                        java.nio.charset.StandardCharsets.UTF_8));
                exchange.sendResponseHeaders(204, -1);
                exchange.close();
            });
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/alerts";
        }

        /** Waits up to 5 s for the event {@code eventId} holding {@code part}. */
        void await(String eventId, String part) throws InterruptedException {
            long end = System.nanoTime() + 5_000_000_000L;
            while (System.nanoTime() < end) {
                if (received.stream().anyMatch(e -> e.contains("\"eventId\":\"" + eventId + "\"") && e.contains(part))) {
                    return;
                }
                Thread.sleep(20);
            }
            throw new AssertionError("no webhook event " + eventId + " with " + part + " in " + received);
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }

    /** The page without its style sheet, for failure messages. */
    static String main(String html) {
        int start = html.indexOf("<body>");
        return start < 0 ? html : html.substring(start);
    }

    private static String ok(ConsoleHttp browser, String path) {
        HttpResponse<String> response = browser.get(path);
        assertEquals(200, response.statusCode(), path + ": " + main(response.body()));
        return response.body();
    }
}
