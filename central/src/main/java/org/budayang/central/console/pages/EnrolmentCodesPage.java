package org.budayang.central.console.pages;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;
import org.budayang.central.console.ConsoleServices;
import org.budayang.central.console.Role;
import org.budayang.central.console.data.EnrolmentCodeRow;
import org.budayang.central.console.web.Html;
import org.budayang.central.console.web.Layout;
import org.budayang.central.console.web.Respond;

/** {@code GET /console/enrolment-codes}: enrolment codes with their site and state (the codes are never shown). */
public final class EnrolmentCodesPage {
    private final ConsoleServices services;

    public EnrolmentCodesPage(ConsoleServices services) {
        this.services = services;
    }

    public void register(Javalin app) {
        app.get("/console/enrolment-codes", this::show, Role.VIEWER);
    }

    private void show(Context ctx) {
        Instant now = services.clock().instant();
        List<EnrolmentCodeRow> codes = services.data().enrolmentCodes(200);
        StringBuilder body = new StringBuilder();
        body.append("<table id=\"codes\">").append(Html.headerRow("编号", "区划代码", "站点类型", "地址", "主办单位",
                "现场联系人", "创建时间", "有效期至", "状态", "注册终端"));
        for (EnrolmentCodeRow row : codes) {
            body.append("<tr>").append(Html.td(row.codeId())).append(Html.td(row.regionCode()))
                    .append(Html.td(row.siteType())).append(Html.td(row.address()))
                    .append(Html.td(row.hostOrganisation())).append(Html.td(row.contact()))
                    .append(Html.tdRaw(Html.time(row.createdAt()))).append(Html.tdRaw(Html.time(row.expiresAt())))
                    .append(Html.td(row.stateAt(now))).append(Html.td(row.kioskId().orElse("—"))).append("</tr>");
        }
        body.append("</table>");
        Respond.html(ctx, 200, Layout.page("注册码", Respond.session(ctx), "/console/enrolment-codes",
                body.toString()));
    }
}
