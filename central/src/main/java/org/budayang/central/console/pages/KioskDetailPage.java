package org.budayang.central.console.pages;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import org.budayang.central.console.ConsoleServices;
import org.budayang.central.console.Role;
import org.budayang.central.console.data.AlertRow;
import org.budayang.central.console.data.KioskDetail;
import org.budayang.central.console.data.KioskSite;
import org.budayang.central.console.web.ConsoleException;
import org.budayang.central.console.web.Html;
import org.budayang.central.console.web.Layout;
import org.budayang.central.console.web.Respond;
import org.budayang.central.fleet.alerts.Alert;

/**
 * {@code GET /console/kiosks/{id}}: one kiosk's status and site, device health per role from its newest heartbeat,
 * the newest on-site self-test, alerts with who/when, commands with their audit, activity, evaluations and the
 * recent heartbeats.
 */
public final class KioskDetailPage {
    private final ConsoleServices services;

    public KioskDetailPage(ConsoleServices services) {
        this.services = services;
    }

    public void register(Javalin app) {
        app.get("/console/kiosks/{id}", this::show, Role.VIEWER);
    }

    private void show(Context ctx) {
        String id = ctx.pathParam("id");
        if (!id.matches("[A-Za-z0-9-]{1,40}")) {
            throw new ConsoleException(400, "INVALID_KIOSK_ID", "终端编号格式不正确，例如 KSK-620102000000-0001。",
                    "Kiosk id in the path is not letters, digits and '-' (length " + id.length() + ")");
        }
        KioskDetail detail = services.data().kiosk(id).orElseThrow(() -> new ConsoleException(404, "KIOSK_UNKNOWN",
                "中心没有编号为 " + id + " 的终端。", "No enrolled_kiosks row for " + id));
        StringBuilder body = new StringBuilder(Flash.of(ctx)).append("<table id=\"summary\">");
        body.append("<tr><th>终端编号</th>").append(Html.td(detail.kiosk().kioskId())).append("</tr>")
                .append("<tr><th>行政区划</th>").append(Html.td(detail.kiosk().regionCode() + " "
                        + RegionNames.of(detail.kiosk().regionCode()))).append("</tr>")
                .append("<tr><th>状态</th>").append(Html.tdRaw("<span class=\"st-" + detail.kiosk().status().name()
                        + "\" id=\"status\">" + Html.esc(detail.kiosk().status().label()) + "</span>")).append("</tr>")
                .append("<tr><th>中心登记</th>").append(Html.tdRaw((detail.enabled() ? "已启用" : "已停用")
                        + "（证书注册），更新于 "
                        + Html.time(detail.updatedAt()))).append("</tr>");
        KioskSite site = detail.site();
        body.append("<tr><th>终端名称</th>").append(Html.td(site.name())).append("</tr>")
                .append("<tr><th>站点</th>").append(Html.td(site.siteTypeLabel() + " · " + site.hostOrganisation()))
                .append("</tr><tr><th>地址</th>").append(Html.td(site.address())).append("</tr>");
        body
                .append("<tr><th>最近心跳</th>").append(Html.tdRaw(detail.kiosk().lastHeartbeat().isPresent()
                        ? Html.time(detail.kiosk().lastHeartbeat()) : "暂无数据")).append("</tr>")
                .append("<tr><th>软件版本</th>").append(Html.td(detail.kiosk().appVersion().orElse("暂无数据")))
                .append("</tr></table>");
        body.append(KioskActionsPage.forms(detail, Respond.session(ctx)));
        body.append(KioskTelemetryHtml.devices(detail.telemetry()));
        body.append(KioskSelftestHtml.newest(detail.selftest()));
        body.append("<h3>告警</h3>").append(alerts(detail.alerts()));
        body.append("<h3>远程指令</h3>").append(KioskTelemetryHtml.commands(detail.commands()));
        body.append("<h3>近7天办件</h3>").append(map(detail.activity(), "结果", "笔数"));
        body.append("<h3>近30天评价</h3>").append(map(detail.evaluations(), "评分", "条数"));
        body.append(KioskTelemetryHtml.history(detail.telemetry()));
        Respond.html(ctx, 200, Layout.page("终端详情 " + detail.kiosk().kioskId(), Respond.session(ctx),
                "/console/kiosks", body.toString()));
    }

    private static String map(Map<?, ?> rows, String key, String value) {
        if (rows.isEmpty()) {
            return "<p>无记录。</p>";
        }
        StringBuilder out = new StringBuilder("<table>").append(Html.headerRow(key, value));
        rows.forEach((k, v) -> out.append("<tr>").append(Html.td(k)).append(Html.td(v)).append("</tr>"));
        return out.append("</table>").toString();
    }

    private static String alerts(List<AlertRow> rows) {
        if (rows.isEmpty()) {
            return "<p>无记录。</p>";
        }
        StringBuilder out = new StringBuilder("<table id=\"kiosk-alerts\">").append(Html.headerRow("规则", "对象", "说明",
                "状态", "产生时间", "确认", "解决"));
        for (AlertRow row : rows) {
            Alert alert = row.alert();
            out.append("<tr>").append(Html.td(AlertsPage.ruleLabel(row.rule()))).append(Html.td(row.subject()))
                    .append(Html.td(alert.detail())).append(Html.td(AlertsPage.stateLabel(row.state())))
                    .append(Html.tdRaw(Html.time(alert.openedAt())))
                    .append(Html.tdRaw(AlertsPage.who(alert.acknowledgedBy(), alert.acknowledgedAt(), null)))
                    .append(Html.tdRaw(AlertsPage.who(alert.resolvedBy(), alert.resolvedAt(), alert.resolution())))
                    .append("</tr>");
        }
        return out.append("</table>").toString();
    }
}
