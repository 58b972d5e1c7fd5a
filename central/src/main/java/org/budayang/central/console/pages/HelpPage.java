package org.budayang.central.console.pages;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.budayang.central.console.ConsoleServices;
import org.budayang.central.console.Role;
import org.budayang.central.console.auth.OpsSession;
import org.budayang.central.console.data.HelpRow;
import org.budayang.central.console.web.Html;
import org.budayang.central.console.web.Layout;
import org.budayang.central.console.web.Respond;

/** {@code GET /console/help}: 呼叫帮办 requests with waiting / response times; operators close them. */
public final class HelpPage {
    private final ConsoleServices services;

    public HelpPage(ConsoleServices services) {
        this.services = services;
    }

    public void register(Javalin app) {
        app.get("/console/help", this::show, Role.VIEWER);
        app.post("/console/help/{id}/close", this::close, Role.OPERATOR, LoginPages.FORM);
    }

    private void show(Context ctx) {
        OpsSession session = Respond.session(ctx);
        Instant now = services.clock().instant();
        List<HelpRow> requests = services.data().helpRequests(200);
        StringBuilder body = new StringBuilder(Flash.of(ctx));
        List<HelpRow> rows = requests;
        List<Duration> closed = rows.stream().filter(r -> r.closedAt().isPresent()).map(r -> r.responseTime(now))
                .sorted().toList();
        long open = rows.stream().filter(r -> r.closedAt().isEmpty()).count();
        body.append("<div class=\"cards\"><div class=\"card\">待响应<b id=\"open\">").append(open)
                .append("</b></div><div class=\"card\">已关闭<b>").append(closed.size())
                .append("</b></div><div class=\"card\">响应时间中位数<b>")
                .append(closed.isEmpty() ? "暂无数据" : Html.duration(closed.get(closed.size() / 2)))
                .append("</b></div></div>");
        body.append("<table id=\"help\">").append(Html.headerRow("终端", "站点", "事项", "界面", "原因", "呼叫时间",
                "状态", "等待/响应时间", "操作"));
        for (HelpRow row : rows) {
            String action = row.closedAt().isEmpty() && session.role().includes(Role.OPERATOR)
                    ? Html.postButton("/console/help/" + Html.segment(row.helpId()) + "/close", session.csrfToken(),
                    "关闭", "") : "";
            body.append("<tr>").append(Html.tdRaw("<a href=\"/console/kiosks/" + Html.segment(row.kioskId())
                    + "\">" + Html.esc(row.kioskId()) + "</a>")).append(Html.td(row.siteId()))
                    .append(Html.td(row.itemCode().orElse("—"))).append(Html.td(row.screen()))
                    .append(Html.td(row.reason())).append(Html.tdRaw(Html.time(row.requestedAt())))
                    .append(Html.td(row.closedAt().isPresent() ? "已关闭" : "待响应"))
                    .append(Html.td(Html.duration(row.responseTime(now)))).append(Html.tdRaw(action))
                    .append("</tr>");
        }
        body.append("</table>");
        Respond.html(ctx, 200, Layout.page("呼叫帮办", session, "/console/help", body.toString()));
    }

    private void close(Context ctx) {
        OpsSession session = Respond.session(ctx);
        String id = Actions.id(ctx);
        boolean done = Actions.run(services, ctx, session, "HELP_CLOSE", id,
                () -> services.actions().closeHelpRequest(id, session.username()));
        Respond.seeOther(ctx, "/console/help?done=" + (done ? "closed" : "unchanged"));
    }
}
