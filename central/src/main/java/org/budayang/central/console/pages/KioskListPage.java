package org.budayang.central.console.pages;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.Optional;
import org.budayang.central.console.ConsoleServices;
import org.budayang.central.console.Role;
import org.budayang.central.console.data.KioskFilter;
import org.budayang.central.console.data.KioskPage;
import org.budayang.central.console.data.KioskRow;
import org.budayang.central.console.web.ConsoleException;
import org.budayang.central.console.web.Html;
import org.budayang.central.console.web.Layout;
import org.budayang.central.console.web.Respond;

/** {@code GET /console/kiosks?status=&region=&q=&page=}: the filtered, paged kiosk list. */
public final class KioskListPage {
    static final int PAGE_SIZE = 50;
    private final ConsoleServices services;

    public KioskListPage(ConsoleServices services) {
        this.services = services;
    }

    public void register(Javalin app) {
        app.get("/console/kiosks", this::show, Role.VIEWER);
    }

    static KioskFilter filter(Context ctx) {
        try {
            String page = ctx.queryParam("page");
            int number = page == null || page.isBlank() ? 1 : Integer.parseInt(page.strip());
            return new KioskFilter(KioskFilter.Show.parse(ctx.queryParam("status")),
                    Optional.ofNullable(ctx.queryParam("region")), Optional.ofNullable(ctx.queryParam("q")), number,
                    PAGE_SIZE);
        } catch (IllegalArgumentException e) {
            throw new ConsoleException(400, "INVALID_FILTER", "筛选条件无效：" + e.getMessage()
                    + "。区划代码为6位或12位数字，终端编号只含字母、数字和“-”。", "Kiosk list filter refused: " + e.getMessage());
        }
    }

    private void show(Context ctx) {
        KioskFilter filter = filter(ctx);
        KioskPage page = services.data().kiosks(filter);
        StringBuilder body = new StringBuilder("<form method=\"get\" action=\"/console/kiosks\" class=\"filters\">"
                + "<label>状态<select name=\"status\" id=\"status\">");
        for (KioskFilter.Show show : KioskFilter.Show.values()) {
            body.append("<option value=\"").append(show.name().toLowerCase(java.util.Locale.ROOT)).append("\"")
                    .append(show == filter.show() ? " selected" : "").append(">").append(Html.esc(show.label()))
                    .append("</option>");
        }
        body.append("</select></label><label>行政区划代码<input name=\"region\" id=\"region\" maxlength=\"12\" value=\"")
                .append(Html.esc(filter.region().orElse(""))).append("\"></label><label>终端编号<input name=\"q\" "
                + "id=\"q\" maxlength=\"32\" value=\"").append(Html.esc(filter.idPart().orElse("")))
                .append("\"></label><button type=\"submit\" id=\"filter\">筛选</button></form>");
        body.append("<p id=\"count\">共 ").append(page.total()).append(" 台，第 ").append(filter.page()).append(" / ")
                .append(page.pages()).append(" 页</p>");
        body.append("<table id=\"kiosks\">").append(Html.headerRow("终端编号", "行政区划", "状态", "最近心跳", "纸张",
                "软件版本"));
        for (KioskRow row : page.rows()) {
            body.append("<tr>").append(Html.tdRaw("<a href=\"/console/kiosks/" + Html.segment(row.kioskId()) + "\">"
                    + Html.esc(row.kioskId()) + "</a>")).append(Html.td(row.regionCode() + " "
                    + RegionNames.of(row.regionCode())))
                    .append(Html.tdRaw("<span class=\"st-" + row.status().name() + "\">" + Html.esc(row.status().label())
                            + "</span>"))
                    .append(Html.tdRaw(row.lastHeartbeat().isPresent() ? Html.time(row.lastHeartbeat()) : "暂无数据"))
                    .append(Html.td(row.paper().map(KioskListPage::paper).orElse("暂无数据")))
                    .append(Html.td(row.appVersion().orElse("暂无数据"))).append("</tr>");
        }
        body.append("</table>");
        body.append(pager(filter, page));
        Respond.html(ctx, 200, Layout.page("终端列表", Respond.session(ctx), "/console/kiosks", body.toString()));
    }

    static String paper(String state) {
        return switch (state) {
            case "OK" -> "正常";
            case "LOW" -> "纸将尽";
            case "OUT" -> "缺纸";
            default -> state;
        };
    }

    private static String pager(KioskFilter filter, KioskPage page) {
        String base = "/console/kiosks?status=" + filter.show().name().toLowerCase(java.util.Locale.ROOT)
                + filter.region().map(r -> "&region=" + r).orElse("") + filter.idPart().map(q -> "&q=" + q).orElse("");
        StringBuilder out = new StringBuilder("<div class=\"pager\">");
        if (filter.page() > 1) {
            out.append("<a href=\"").append(Html.esc(base + "&page=" + (filter.page() - 1))).append("\">上一页</a>");
        }
        if (filter.page() < page.pages()) {
            out.append("<a id=\"next\" href=\"").append(Html.esc(base + "&page=" + (filter.page() + 1)))
                    .append("\">下一页</a>");
        }
        return out.append("</div>").toString();
    }
}
