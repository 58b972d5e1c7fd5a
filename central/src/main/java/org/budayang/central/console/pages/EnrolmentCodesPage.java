package org.budayang.central.console.pages;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;
import org.budayang.central.console.ConsoleServices;
import org.budayang.central.console.Role;
import org.budayang.central.console.audit.AuditEntry.Outcome;
import org.budayang.central.console.auth.OpsSession;
import org.budayang.central.console.data.EnrolmentCodeRow;
import org.budayang.central.console.web.ConsoleException;
import org.budayang.central.console.web.Html;
import org.budayang.central.console.web.Layout;
import org.budayang.central.console.web.Respond;
import org.budayang.central.fleet.enrol.Enrolment;
import org.budayang.central.fleet.enrol.RegionCode;
import org.budayang.central.fleet.enrol.SiteDetails;
import org.budayang.central.fleet.enrol.SiteType;

/**
 * {@code GET /console/enrolment-codes}: enrolment codes with their site and state (only each code's hint: central
 * keeps a hash); admins create a code for a site ({@code POST}, through fleet-trust's Enrolment), shown once on the
 * answer page for the technician's sheet and never again.
 */
public final class EnrolmentCodesPage {
    private final ConsoleServices services;

    public EnrolmentCodesPage(ConsoleServices services) {
        this.services = services;
    }

    public void register(Javalin app) {
        app.get("/console/enrolment-codes", this::show, Role.VIEWER);
        app.post("/console/enrolment-codes", this::create, Role.ADMIN, LoginPages.FORM);
    }

    private void create(Context ctx) {
        OpsSession session = Respond.session(ctx);
        SiteDetails site;
        try {
            site = new SiteDetails(new RegionCode(Respond.field(ctx, "regionCode", 12).strip()),
                    SiteType.parse(Respond.field(ctx, "siteType", 40).strip()), Respond.field(ctx, "address", 200),
                    Respond.field(ctx, "hostOrganisation", 100), Respond.field(ctx, "contact", 100));
        } catch (IllegalArgumentException | NullPointerException e) {
            services.audit().record(session.username(), "ENROLMENT_CODE_CREATE", "-", Outcome.REFUSED, Respond.ip(ctx),
                    String.valueOf(e.getMessage()));
            throw new ConsoleException(400, "SITE_INVALID", "无法创建注册码：区划代码为12位统计用区划代码，地址2至200字，"
                    + "主办单位和现场联系人各2至100字。", String.valueOf(e.getMessage()));
        }
        Enrolment.IssuedCode issued;
        try {
            issued = services.actions().createEnrolmentCode(site, session.username());
        } catch (RuntimeException e) {
            services.audit().record(session.username(), "ENROLMENT_CODE_CREATE", "-", Outcome.FAILED, Respond.ip(ctx),
                    e.getClass().getSimpleName());
            throw e;
        }
        services.audit().record(session.username(), "ENROLMENT_CODE_CREATE", "…" + issued.code().hint(), Outcome.OK,
                Respond.ip(ctx), site.regionCode() + " " + site.siteType() + ", expires " + issued.expiresAt());
        String body = "<p class=\"msg ok\">注册码已创建。请抄写或打印交给现场技术人员；本页关闭后不再显示。</p>"
                + "<table id=\"new-code\"><tr><th>注册码</th><td><b id=\"code\">" + Html.esc(issued.code().display())
                + "</b></td></tr><tr><th>区划代码</th>" + Html.td(site.regionCode()) + "</tr><tr><th>站点</th>"
                + Html.td(site.siteType().label() + " · " + site.hostOrganisation()) + "</tr><tr><th>地址</th>"
                + Html.td(site.address()) + "</tr><tr><th>有效期至</th>" + Html.tdRaw(Html.time(issued.expiresAt()))
                + "</tr></table><p><a href=\"/console/enrolment-codes\">返回注册码列表</a></p>";
        ctx.header("Cache-Control", "no-store");
        Respond.html(ctx, 201, Layout.page("新注册码", session, "/console/enrolment-codes", body));
    }

    private static String form(OpsSession session) {
        if (!session.role().includes(Role.ADMIN)) {
            return "";
        }
        StringBuilder types = new StringBuilder();
        for (SiteType type : SiteType.values()) {
            types.append("<option value=\"").append(type.name()).append("\">").append(Html.esc(type.label()))
                    .append("</option>");
        }
        return "<h3>新建注册码</h3><form method=\"post\" action=\"/console/enrolment-codes\" class=\"filters\" "
                + "id=\"new-code-form\"><input type=\"hidden\" name=\"_csrf\" value=\"" + Html.esc(session.csrfToken())
                + "\"><label>区划代码<input name=\"regionCode\" maxlength=\"12\" required placeholder=\"620102000000\">"
                + "</label><label>站点类型<select name=\"siteType\">" + types + "</select></label><label>地址<input "
                + "name=\"address\" maxlength=\"200\" required></label><label>主办单位<input name=\"hostOrganisation\" "
                + "maxlength=\"100\" required></label><label>现场联系人<input name=\"contact\" maxlength=\"100\" required>"
                + "</label><button type=\"submit\">创建</button></form>";
    }

    private void show(Context ctx) {
        Instant now = services.clock().instant();
        List<EnrolmentCodeRow> codes = services.data().enrolmentCodes(200);
        OpsSession session = Respond.session(ctx);
        StringBuilder body = new StringBuilder(form(session));
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
        Respond.html(ctx, 200, Layout.page("注册码", session, "/console/enrolment-codes",
                body.toString()));
    }
}
