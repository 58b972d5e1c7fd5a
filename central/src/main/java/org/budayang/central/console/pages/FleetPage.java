package org.budayang.central.console.pages;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.List;
import org.budayang.central.console.ConsoleServices;
import org.budayang.central.console.Role;
import org.budayang.central.console.data.KioskStatus;
import org.budayang.central.console.data.RegionCount;
import org.budayang.central.console.web.Html;
import org.budayang.central.console.web.Layout;
import org.budayang.central.console.web.Respond;

/** {@code GET /console/fleet}: totals by status and the region tree, each region linking to its kiosk list. */
public final class FleetPage {
    private static final List<KioskStatus> SHOWN = List.of(KioskStatus.ONLINE, KioskStatus.DEGRADED,
            KioskStatus.OUT_OF_SERVICE, KioskStatus.OFFLINE, KioskStatus.DISABLED, KioskStatus.UNKNOWN);
    private final ConsoleServices services;

    public FleetPage(ConsoleServices services) {
        this.services = services;
    }

    public void register(Javalin app) {
        app.get("/console/fleet", this::show, Role.VIEWER);
    }

    private void show(Context ctx) {
        List<RegionCount> regions = services.data().fleetByRegion();
        List<RegionTree.Node> tree = RegionTree.build(regions);
        StringBuilder body = new StringBuilder();
        body.append("<div class=\"cards\">");
        long total = regions.stream().mapToLong(RegionCount::total).sum();
        body.append("<div class=\"card\" id=\"total\">终端总数<b>").append(total).append("</b></div>");
        for (KioskStatus status : SHOWN) {
            long count = regions.stream().mapToLong(r -> r.count(status)).sum();
            body.append("<div class=\"card st-").append(status.name()).append("\">").append(Html.esc(status.label()))
                    .append("<b>").append(count).append("</b></div>");
        }
        body.append("</div><h3>按行政区划</h3>");
        if (tree.isEmpty()) {
            body.append(Html.noData("中心尚未登记任何终端"));
        } else {
            body.append("<div class=\"tree\" id=\"regions\"><ul>");
            for (RegionTree.Node node : tree) {
                node(body, node);
            }
            body.append("</ul></div>");
        }
        Respond.html(ctx, 200, Layout.page("设备总览", Respond.session(ctx), "/console/fleet", body.toString()));
    }

    private static void node(StringBuilder out, RegionTree.Node node) {
        String name = RegionNames.of(node.code);
        out.append("<li><a href=\"/console/kiosks?region=").append(Html.esc(node.code)).append("\">")
                .append(Html.esc(node.code)).append(name.isEmpty() ? "" : " " + Html.esc(name)).append("</a> — 共 ")
                .append(node.total()).append(" 台");
        for (KioskStatus status : SHOWN) {
            long count = node.count(status);
            if (count > 0) {
                out.append("，<span class=\"st-").append(status.name()).append("\">").append(Html.esc(status.label()))
                        .append(' ').append(count).append("</span>");
            }
        }
        if (!node.children.isEmpty()) {
            out.append("<ul>");
            for (RegionTree.Node child : node.children()) {
                node(out, child);
            }
            out.append("</ul>");
        }
        out.append("</li>");
    }
}
