package org.budayang.central.console.pages;

import java.util.List;
import java.util.stream.Collectors;
import org.budayang.api.fleet.DeviceHealth;
import org.budayang.api.fleet.DeviceState;
import org.budayang.api.fleet.Heartbeat;
import org.budayang.central.console.data.CommandRow;
import org.budayang.central.console.data.KioskTelemetry;
import org.budayang.central.console.data.Sourced;
import org.budayang.central.console.web.Html;
import org.budayang.central.fleet.commands.CommandAudit;
import org.budayang.central.fleet.telemetry.StoredHeartbeat;

/** The kiosk page's telemetry parts (device health per role, the heartbeat history) and its commands with audit. */
final class KioskTelemetryHtml {
    private KioskTelemetryHtml() {
    }

    static String devices(Sourced<KioskTelemetry> telemetry) {
        StringBuilder out = new StringBuilder("<h3>设备状态</h3>");
        if (telemetry.value().isEmpty()) {
            return out.append(Html.noData(telemetry.missing())).toString();
        }
        StoredHeartbeat current = telemetry.value().get().current();
        Heartbeat beat = current.heartbeat();
        out.append("<p id=\"heartbeat\">心跳发送于 ").append(Html.time(beat.sentAt())).append("，中心收到于 ")
                .append(Html.time(current.receivedAt())).append("；当前界面 ").append(Html.esc(beat.screen()))
                .append("；已运行 ").append(Html.duration(java.time.Duration.ofSeconds(beat.uptimeSeconds())))
                .append("；网络延迟 ").append(beat.network().latencyMs() == null ? "—" : beat.network().latencyMs() + " ms")
                .append("，失败 ").append(beat.network().failures()).append(" 次；磁盘剩余 ")
                .append(beat.diskFreeBytes() / (1024 * 1024)).append(" MB</p>");
        if (beat.devices().isEmpty()) {
            return out.append("<p>该终端未配置设备。</p>").toString();
        }
        out.append("<table id=\"devices\">").append(Html.headerRow("设备", "状态", "状况", "建议操作", "状态起始",
                "钱箱"));
        for (DeviceHealth device : beat.devices()) {
            out.append("<tr><td>").append(Html.esc(device.role())).append("</td><td class=\"dev-")
                    .append(device.state().name()).append("\">").append(Html.esc(state(device.state())))
                    .append("</td>").append(Html.td(device.conditions().isEmpty() ? "—"
                            : String.join("、", device.conditions())))
                    .append(Html.td(device.action())).append(Html.tdRaw(Html.time(device.since())))
                    .append(Html.td(device.fillPercent() == null ? "—" : device.fillPercent() + "%")).append("</tr>");
        }
        return out.append("</table>").toString();
    }

    static String history(Sourced<KioskTelemetry> telemetry) {
        if (telemetry.value().isEmpty()) {
            return "";
        }
        List<StoredHeartbeat> history = telemetry.value().get().history();
        StringBuilder out = new StringBuilder("<h3>最近心跳（最新 ").append(KioskTelemetry.HISTORY)
                .append(" 条）</h3><table id=\"history\">").append(Html.headerRow("发送时间", "收到时间", "软件版本",
                        "界面", "异常设备"));
        for (StoredHeartbeat stored : history) {
            Heartbeat beat = stored.heartbeat();
            String abnormal = beat.devices().stream()
                    .filter(d -> d.state() != DeviceState.ONLINE && d.state() != DeviceState.BUSY
                            || !d.conditions().isEmpty())
                    .map(d -> d.role() + " " + d.state() + (d.conditions().isEmpty() ? ""
                            : "（" + String.join("、", d.conditions()) + "）"))
                    .collect(Collectors.joining("；"));
            out.append("<tr>").append(Html.tdRaw(Html.time(beat.sentAt())))
                    .append(Html.tdRaw(Html.time(stored.receivedAt()))).append(Html.td(beat.appVersion()))
                    .append(Html.td(beat.screen())).append(Html.td(abnormal.isEmpty() ? "无" : abnormal))
                    .append("</tr>");
        }
        return out.append("</table>").toString();
    }

    static String commands(List<CommandRow> commands) {
        if (commands.isEmpty()) {
            return "<p>无记录。</p>";
        }
        StringBuilder out = new StringBuilder("<table id=\"commands\">").append(Html.headerRow("指令", "状态", "发起人",
                "发起时间", "完成时间", "结果", "审计"));
        for (CommandRow row : commands) {
            var status = row.status();
            String audit = row.audit().stream().map(KioskTelemetryHtml::auditLine).collect(Collectors.joining("<br>"));
            out.append("<tr>").append(Html.td(status.command().type().name())).append(Html.td(status.state().name()))
                    .append(Html.td(status.createdBy())).append(Html.tdRaw(Html.time(row.createdAt())))
                    .append(Html.tdRaw(status.completedAt() == null ? "—" : Html.time(status.completedAt())))
                    .append(Html.td(result(status.resultCode(), status.resultDetail())))
                    .append(Html.tdRaw("<small>" + audit + "</small>")).append("</tr>");
        }
        return out.append("</table>").toString();
    }

    private static String result(String code, String detail) {
        String text = ((code == null ? "" : code) + " " + (detail == null ? "" : detail)).strip();
        return text.isEmpty() ? "—" : text;
    }

    private static String auditLine(CommandAudit line) {
        return Html.time(line.at()) + " " + Html.esc(line.action()) + " " + Html.esc(line.actor());
    }

    static String state(DeviceState state) {
        return switch (state) {
            case ONLINE -> "正常";
            case BUSY -> "忙碌";
            case DEGRADED -> "性能下降";
            case OFFLINE -> "离线";
            case NOT_CONFIGURED -> "未配置";
            case HARDWARE_ERROR -> "硬件故障";
            case USER_ERROR -> "使用异常";
        };
    }
}
