package org.budayang.central.console.pages;

import org.budayang.api.fleet.SelftestCheck;
import org.budayang.api.fleet.SelftestUpload;
import org.budayang.central.console.data.Sourced;
import org.budayang.central.console.web.Html;
import org.budayang.central.fleet.selftest.StoredSelftest;

/**
 * The kiosk page's newest on-site self-test (issue #10): when it ran and arrived, passed or not, and every check with
 * its code, what the technician's tool saw and its advice — the failed ones first.
 */
final class KioskSelftestHtml {
    private KioskSelftestHtml() {
    }

    static String newest(Sourced<StoredSelftest> selftest) {
        StringBuilder out = new StringBuilder("<h3>现场自检</h3>");
        if (selftest.value().isEmpty()) {
            return out.append(Html.noData(selftest.missing())).toString();
        }
        StoredSelftest stored = selftest.value().get();
        SelftestUpload report = stored.report();
        boolean passed = report.passed();
        String verdict = passed ? "通过" : report.checks().isEmpty() ? "未检测（未配置设备）" : "未通过";
        out.append("<p id=\"selftest-summary\">自检于 ").append(Html.time(report.ranAt())).append("，中心收到于 ")
                .append(Html.time(stored.receivedAt())).append("；工具版本 ").append(Html.esc(report.appVersion()))
                .append("；结果 <span id=\"selftest-verdict\" class=\"").append(passed ? "st-ONLINE" : "st-OFFLINE")
                .append("\">").append(verdict).append("</span>，共 ").append(report.checks().size()).append(" 项，失败 ")
                .append(report.failures()).append(" 项</p>");
        if (report.checks().isEmpty()) {
            return out.toString();
        }
        out.append("<table id=\"selftest\">").append(Html.headerRow("设备", "驱动", "检查", "结果", "代码", "设备信息",
                "说明", "处理建议", "耗时"));
        for (SelftestCheck check : stored.failed()) {
            out.append(row(check));
        }
        for (SelftestCheck check : report.checks()) {
            if (check.passed()) {
                out.append(row(check));
            }
        }
        return out.append("</table>").toString();
    }

    private static String row(SelftestCheck check) {
        return "<tr>" + Html.td(check.role()) + Html.td(check.driver()) + Html.td(check.check())
                + "<td class=\"" + (check.passed() ? "st-ONLINE\">通过" : "st-OFFLINE\">失败") + "</td>"
                + Html.td(check.code()) + Html.td(dash(check.identity())) + Html.td(dash(check.detail()))
                + Html.td(dash(check.adviceZh())) + Html.td(check.tookMillis() + " ms") + "</tr>";
    }

    private static String dash(String text) {
        return text.isEmpty() ? "—" : text;
    }
}
