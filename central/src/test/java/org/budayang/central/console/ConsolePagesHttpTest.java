package org.budayang.central.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import org.budayang.central.TestKiosks;
import org.budayang.central.console.audit.AuditEntry;
import org.budayang.central.console.data.Sources;
import org.budayang.central.db.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every page against a populated database (H2 and PostgreSQL), roles per page and action, and missing sources. */
class ConsolePagesHttpTest {
    private static final String PASSWORD = "correct horse battery";

    private static ConsoleHttp as(ConsoleServer central, String user) {
        ConsoleHttp browser = new ConsoleHttp(central.server.url());
        assertEquals(303, browser.login(user, PASSWORD).statusCode());
        return browser;
    }

    private static ConsoleServer populated(TestDatabases.Kind kind) {
        ConsoleServer central = ConsoleServer.start(kind, true);
        central.addUser("viewer.wang", Role.VIEWER, PASSWORD);
        central.addUser("operator.zhao", Role.OPERATOR, PASSWORD);
        central.addUser("admin.li", Role.ADMIN, PASSWORD);
        FleetSample.populate(central.sql(), central.clock.instant());
        return central;
    }

    @ParameterizedTest
    @MethodSource("org.budayang.central.db.TestDatabases#both")
    void everyPageShowsWhatTheDatabaseHolds(TestDatabases.Kind kind) {
        try (ConsoleServer central = populated(kind)) {
            ConsoleHttp viewer = as(central, "viewer.wang");
            String fleet = ok(viewer, "/console/fleet");
            assertTrue(fleet.contains("终端总数<b>9</b>"), main(fleet));
            assertTrue(fleet.contains("620000 甘肃省") && fleet.contains("620102 城关区")
                    && fleet.contains("622901 临夏市"), main(fleet));
            assertTrue(fleet.contains("<span class=\"st-OFFLINE\">离线 1</span>"), "the silent kiosk counts offline");

            String all = ok(viewer, "/console/kiosks");
            assertTrue(all.contains("共 9 台"), main(all));
            assertTrue(ok(viewer, "/console/kiosks?status=offline").contains("共 1 台"));
            String offline = ok(viewer, "/console/kiosks?status=offline");
            assertTrue(offline.contains(FleetSample.SILENT) && !offline.contains(FleetSample.ONLINE + "<"), main(offline));
            String paper = ok(viewer, "/console/kiosks?status=paper_out");
            assertTrue(paper.contains("共 1 台") && paper.contains(FleetSample.PAPER_OUT) && paper.contains("缺纸"), main(paper));
            assertTrue(ok(viewer, "/console/kiosks?status=degraded").contains("共 2 台"), "DEGRADED + paper out one");
            String disabled = ok(viewer, "/console/kiosks?status=disabled");
            assertTrue(disabled.contains("共 1 台") && disabled.contains(FleetSample.DISABLED), main(disabled));
            String revoked = ok(viewer, "/console/kiosks/" + FleetSample.DISABLED);
            assertTrue(revoked.contains("已停用（证书注册）") && revoked.contains("623001000000"), main(revoked));
            String enrolled = ok(viewer, "/console/kiosks/" + FleetSample.QILIHE);
            assertTrue(enrolled.contains("已启用（证书注册）") && enrolled.contains(FleetSample.QILIHE_ADDRESS)
                    && enrolled.contains("便民服务中心 · 七里河区便民服务中心"), main(enrolled));
            String secretOnly = ok(viewer, "/console/kiosks/" + FleetSample.LINXIA);
            assertTrue(secretOnly.contains("已启用（配置密钥）") && secretOnly.contains("622901 临夏市"), main(secretOnly));
            assertTrue(ok(viewer, "/console/kiosks?region=620100").contains("共 7 台"), "兰州市: 城关区 6 + 七里河区 1");
            assertTrue(ok(viewer, "/console/kiosks?region=620102&q=0004").contains("共 1 台"));
            String unknown = ok(viewer, "/console/kiosks?q=0006");
            assertTrue(unknown.contains("暂无数据"), "a kiosk without telemetry says so: " + main(unknown));

            String detail = ok(viewer, "/console/kiosks/" + FleetSample.DEGRADED);
            assertTrue(detail.contains("receiptPrinter") && detail.contains("DEGRADED（PAPER_LOW）"), main(detail));
            assertTrue(detail.contains("纸将尽") && detail.contains("已解决"), "its resolved PAPER_LOW alert");
            String active = ok(viewer, "/console/kiosks/" + FleetSample.ONLINE);
            assertTrue(active.contains("RELOAD_CATALOG") && active.contains("COMPLETED</td><td>2")
                    && active.contains("FAILED</td><td>1"), main(active));

            String alerts = ok(viewer, "/console/alerts");
            assertTrue(alerts.contains("缺纸") && alerts.contains("终端失联") && !alerts.contains("alert-3"), main(alerts));
            assertFalse(alerts.contains("/acknowledge"), "a viewer gets no action buttons");

            String help = ok(viewer, "/console/help");
            assertTrue(help.contains("待响应<b id=\"open\">1</b>") && help.contains("3分0秒"), main(help));

            String evaluations = ok(viewer, "/console/evaluations");
            assertTrue(evaluations.contains("评价总数<b id=\"total\">3</b>"), main(evaluations));
            assertTrue(evaluations.contains("（已逾期）") && evaluations.contains("机器反应慢")
                    && evaluations.contains("等待时间长、操作复杂"), main(evaluations));

            String codes = ok(viewer, "/console/enrolment-codes");
            assertTrue(codes.contains("有效") && codes.contains("已使用") && codes.contains("已过期"), main(codes));
            assertTrue(codes.contains("…code-2") && codes.contains("政务服务中心") && codes.contains(FleetSample.ONLINE)
                    && !codes.contains(FleetSample.sha256("code-2")), "hints and labels, never a hash: " + main(codes));
        }
    }

    @Test
    void operatorsActAndEveryActionIsAudited() {
        try (ConsoleServer central = populated(TestDatabases.Kind.H2)) {
            ConsoleHttp operator = as(central, "operator.zhao");
            operator.get("/console/alerts");
            HttpResponse<String> ack = operator.post("/console/alerts/alert-1/acknowledge");
            assertEquals(303, ack.statusCode());
            assertEquals("/console/alerts?done=acknowledged", ack.headers().firstValue("Location").orElseThrow());
            assertEquals("ACKNOWLEDGED", central.sql().one("SELECT state FROM fleet_alert WHERE alert_id = 'alert-1'",
                    r -> r.getString(1)).orElseThrow());
            assertEquals("/console/alerts?done=unchanged", operator.post("/console/alerts/alert-1/acknowledge")
                    .headers().firstValue("Location").orElseThrow(), "an acknowledged alert is not acknowledged again");
            assertTrue(ok(operator, "/console/alerts?done=unchanged").contains("未执行"));
            assertEquals(303, operator.post("/console/alerts/alert-1/resolve").statusCode());
            assertEquals(303, operator.post("/console/help/help-1/close").statusCode());
            assertEquals(303, operator.post("/console/evaluations/eval-2/called-back").statusCode());
            assertEquals("CALLED_BACK", central.sql().one("SELECT state FROM flow_evaluation_follow_up WHERE "
                    + "evaluation_id = 'eval-2'", r -> r.getString(1)).orElseThrow());
            var audit = central.console.services().audit().newest(20, "operator.zhao");
            assertEquals("EVALUATION_CALLED_BACK eval-2 OK|HELP_CLOSE help-1 OK|ALERT_RESOLVE alert-1 OK|"
                    + "ALERT_ACKNOWLEDGE alert-1 REFUSED|ALERT_ACKNOWLEDGE alert-1 OK|LOGIN operator.zhao OK",
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
            ConsoleHttp viewer = as(central, "viewer.wang");
            viewer.get("/console/alerts");
            HttpResponse<String> refused = viewer.post("/console/alerts/alert-2/acknowledge");
            assertEquals(403, refused.statusCode());
            assertTrue(refused.body().contains("查看员") && refused.body().contains("ROLE_FORBIDDEN"), refused.body());
            assertEquals("OPEN", central.sql().one("SELECT state FROM fleet_alert WHERE alert_id = 'alert-2'",
                    r -> r.getString(1)).orElseThrow());
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
            assertEquals(303, viewer.post("/console/alerts/alert-2/acknowledge").statusCode(),
                    "the new role applies to the open session at once");
            HttpResponse<String> lastAdmin = admin.post("/console/users/admin.li/role", Map.of("role", "VIEWER"));
            assertEquals(409, lastAdmin.statusCode());
            assertTrue(lastAdmin.body().contains("最后一位启用的管理员"), lastAdmin.body());
        }
    }

    @Test
    void sourcesThatAreNotInstalledSay暂无数据InsteadOfInventingNumbers() {
        try (ConsoleServer central = ConsoleServer.start(TestDatabases.Kind.H2, false)) {
            central.addUser("viewer.wang", Role.VIEWER, PASSWORD);
            ConsoleHttp viewer = as(central, "viewer.wang");
            String fleet = ok(viewer, "/console/fleet");
            assertTrue(fleet.contains("暂无数据：遥测数据源（心跳）尚未接入"), main(fleet));
            assertTrue(fleet.contains("终端总数<b>2</b>"), "the two test kiosks enrolled in every test central: " + main(fleet));
            assertTrue(ok(viewer, "/console/kiosks?status=offline").contains("无法按“离线”筛选"));
            // central-flow's tables are on main (V80-V82): those pages read them; the fleet ones are not installed
            Sources sources = new Sources(central.sql());
            assertTrue(sources.has(Sources.HELP) && !sources.has(Sources.ALERTS), sources.toString());
            for (String[] page : new String[][] {{"/console/alerts", Sources.ALERTS},
                    {"/console/help", Sources.HELP}, {"/console/evaluations", Sources.EVALUATIONS},
                    {"/console/enrolment-codes", Sources.ENROLMENT_CODES}}) {
                String body = ok(viewer, page[0]);
                String notice = "暂无数据：" + Sources.why(page[1]);
                assertEquals(!sources.has(page[1]), body.contains(notice), page[0] + ": " + main(body));
            }
            assertTrue(ok(viewer, "/console/help").contains("待响应<b id=\"open\">0</b>"), "an empty real table: 0");
            assertTrue(ok(viewer, "/console/kiosks?region=620102").contains("共 2 台"), "both in 620102000000");
            String detail = ok(viewer, "/console/kiosks/" + TestKiosks.KIOSK);
            assertTrue(detail.contains("设备状态数据源尚未接入") && detail.contains("远程指令数据源尚未接入"), main(detail));
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
