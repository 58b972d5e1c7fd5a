package org.budayang.central.console.pages;

import io.javalin.Javalin;
import io.javalin.http.Context;
import org.budayang.central.console.ConsoleServices;
import org.budayang.central.console.Role;
import org.budayang.central.console.audit.AuditEntry;
import org.budayang.central.console.auth.OpsUser;
import org.budayang.central.console.web.ConsoleException;
import org.budayang.central.console.web.Html;
import org.budayang.central.console.web.Layout;
import org.budayang.central.console.web.Respond;

/** {@code GET /console/audit?user=}: the newest 500 audit entries (admin only). */
public final class AuditPage {
    private final ConsoleServices services;

    public AuditPage(ConsoleServices services) {
        this.services = services;
    }

    public void register(Javalin app) {
        app.get("/console/audit", this::show, Role.ADMIN);
    }

    private void show(Context ctx) {
        String user = ctx.queryParam("user");
        if (user != null && !user.isBlank() && !user.equals("-") && !OpsUser.USERNAME.matcher(user).matches()) {
            throw new ConsoleException(400, "INVALID_FILTER", "用户名格式不正确。", "Audit user filter refused (length "
                    + user.length() + ")");
        }
        String filter = user == null || user.isBlank() ? null : user;
        StringBuilder body = new StringBuilder("<form method=\"get\" action=\"/console/audit\" class=\"filters\">"
                + "<label>用户名<input name=\"user\" maxlength=\"32\" value=\"" + Html.esc(filter) + "\"></label>"
                + "<button type=\"submit\">筛选</button></form>");
        body.append("<table id=\"audit\">").append(Html.headerRow("时间", "用户", "操作", "对象", "结果", "来源地址", "说明"));
        for (AuditEntry entry : services.audit().newest(500, filter)) {
            body.append("<tr>").append(Html.tdRaw(Html.time(entry.at()))).append(Html.td(entry.username()))
                    .append(Html.td(entry.action())).append(Html.td(entry.target())).append(Html.td(entry.outcome()))
                    .append(Html.td(entry.sourceIp())).append(Html.td(entry.detail())).append("</tr>");
        }
        body.append("</table>");
        Respond.html(ctx, 200, Layout.page("审计日志", Respond.session(ctx), "/console/audit", body.toString()));
    }
}
