package org.budayang.central.console.pages;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import org.budayang.central.console.ConsoleServices;
import org.budayang.central.console.Role;
import org.budayang.central.console.audit.AuditEntry.Outcome;
import org.budayang.central.console.auth.OpsSession;
import org.budayang.central.console.data.AlertRow;
import org.budayang.central.console.web.ConsoleException;
import org.budayang.central.console.web.Html;
import org.budayang.central.console.web.Layout;
import org.budayang.central.console.web.Respond;
import org.budayang.central.fleet.alerts.Alert;

/**
 * {@code GET /console/alerts?state=}: the alert queue; operators acknowledge ({@code POST .../acknowledge}) and
 * resolve ({@code POST .../resolve}) alerts, each audited.
 */
public final class AlertsPage {
    private static final Map<String, String> RULES = Map.of("KIOSK_SILENT", "终端失联", "DEVICE_OFFLINE", "设备离线",
            "PAPER_OUT", "缺纸", "PAPER_LOW", "纸将尽", "CASHBOX_FULL", "钱箱将满", "ITEM_FAILURES", "事项连续失败",
            "BAD_EVALUATION", "收到差评");
    private static final Map<String, String> STATES = Map.of("OPEN", "待处理", "ACKNOWLEDGED", "已确认",
            "RESOLVED", "已解决");
    private final ConsoleServices services;

    public AlertsPage(ConsoleServices services) {
        this.services = services;
    }

    public void register(Javalin app) {
        app.get("/console/alerts", this::show, Role.VIEWER);
        app.post("/console/alerts/{id}/acknowledge", ctx -> act(ctx, true), Role.OPERATOR, LoginPages.FORM);
        app.post("/console/alerts/{id}/resolve", ctx -> act(ctx, false), Role.OPERATOR, LoginPages.FORM);
    }

    static String ruleLabel(String rule) {
        return RULES.getOrDefault(rule, rule);
    }

    static String stateLabel(String state) {
        return STATES.getOrDefault(state, state);
    }

    private void show(Context ctx) {
        String state = ctx.queryParam("state");
        if (state != null && !state.isBlank() && !STATES.containsKey(state)) {
            throw new ConsoleException(400, "INVALID_FILTER", "告警状态只能是 OPEN、ACKNOWLEDGED 或 RESOLVED。",
                    "Alert state filter refused (length " + state.length() + ")");
        }
        OpsSession session = Respond.session(ctx);
        List<AlertRow> alerts = services.data().alerts(state == null || state.isBlank() ? null : state, 200);
        StringBuilder body = new StringBuilder("<p><a href=\"/console/alerts\">未解决</a> · "
                + "<a href=\"/console/alerts?state=OPEN\">待处理</a> · <a href=\"/console/alerts?state=ACKNOWLEDGED\">"
                + "已确认</a> · <a href=\"/console/alerts?state=RESOLVED\">已解决</a></p>");
        body.append(Flash.of(ctx));
        body.append("<table id=\"alerts\">").append(Html.headerRow("编号", "终端", "规则", "对象", "说明", "状态",
                "产生时间", "确认", "解决", "操作"));
        for (AlertRow alert : alerts) {
            String actions = "";
            if (session.role().includes(Role.OPERATOR)) {
                String base = "/console/alerts/" + Html.segment(alert.alertId());
                if (alert.state().equals("OPEN")) {
                    actions += Html.postButton(base + "/acknowledge", session.csrfToken(), "确认", "");
                }
                if (!alert.state().equals("RESOLVED")) {
                    actions += " " + Html.postButton(base + "/resolve", session.csrfToken(), "解决", "light");
                }
            }
            Alert a = alert.alert();
            body.append("<tr id=\"alert-").append(a.id()).append("\">").append(Html.td(alert.alertId()))
                    .append(Html.tdRaw("<a href=\"/console/kiosks/" + Html.segment(alert.kioskId())
                    + "\">" + Html.esc(alert.kioskId()) + "</a>")).append(Html.td(ruleLabel(alert.rule())))
                    .append(Html.td(alert.subject())).append(Html.td(a.detail()))
                    .append(Html.td(stateLabel(alert.state()))).append(Html.tdRaw(Html.time(a.openedAt())))
                    .append(Html.tdRaw(who(a.acknowledgedBy(), a.acknowledgedAt(), null)))
                    .append(Html.tdRaw(who(a.resolvedBy(), a.resolvedAt(), a.resolution())))
                    .append(Html.tdRaw(actions)).append("</tr>");
        }
        body.append("</table>");
        Respond.html(ctx, 200, Layout.page("告警队列", session, "/console/alerts", body.toString()));
    }

    /** Who and when; {@value Alert#AUTO} (the condition cleared) reads 自动恢复. */
    static String who(String user, java.time.Instant at, String note) {
        if (user == null) {
            return "—";
        }
        String name = user.equals(Alert.AUTO) ? "自动恢复" : Html.esc(user);
        return name + "<br><small>" + Html.time(at) + (note == null || note.isBlank() ? ""
                : "<br>" + Html.esc(note)) + "</small>";
    }

    private void act(Context ctx, boolean acknowledge) {
        OpsSession session = Respond.session(ctx);
        String id = Actions.id(ctx);
        String action = acknowledge ? "ALERT_ACKNOWLEDGE" : "ALERT_RESOLVE";
        boolean done = Actions.run(services, ctx, session, action, id,
                () -> acknowledge ? services.actions().acknowledgeAlert(id, session.username())
                        : services.actions().resolveAlert(id, session.username()));
        Respond.seeOther(ctx, "/console/alerts?done=" + (done ? (acknowledge ? "acknowledged" : "resolved")
                : "unchanged"));
    }

    static Outcome outcome(boolean done) {
        return done ? Outcome.OK : Outcome.REFUSED;
    }
}
