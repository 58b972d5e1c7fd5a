package org.budayang.central.console.pages;

import io.javalin.http.Context;
import java.util.Map;
import org.budayang.central.console.web.Html;

/** The result line after a POST-redirect-GET: a fixed message per {@code done} code, never reflected input. */
final class Flash {
    private static final Map<String, String> OK = Map.ofEntries(Map.entry("acknowledged", "告警已确认。"),
            Map.entry("resolved", "告警已解决。"), Map.entry("closed", "帮办请求已关闭。"),
            Map.entry("calledback", "已登记回访。"), Map.entry("created", "用户已创建。"), Map.entry("role", "角色已修改。"),
            Map.entry("unlocked", "账号已解锁。"), Map.entry("disabled", "账号已停用。"), Map.entry("enabled", "账号已启用。"),
            Map.entry("commanded", "指令已排队，终端下次轮询时执行；结果见下方远程指令。"),
            Map.entry("revoked", "终端已停用：其证书自此被中心拒绝。"));
    private static final Map<String, String> BAD = Map.of("unchanged", "未执行：该记录不存在或状态已变化，请刷新后查看。");

    private Flash() {
    }

    static String of(Context ctx) {
        String done = ctx.queryParam("done");
        if (done == null) {
            return "";
        }
        if (OK.containsKey(done)) {
            return "<p class=\"msg ok\" id=\"message\">" + Html.esc(OK.get(done)) + "</p>";
        }
        if (BAD.containsKey(done)) {
            return "<p class=\"msg bad\" id=\"message\">" + Html.esc(BAD.get(done)) + "</p>";
        }
        return "";
    }
}
