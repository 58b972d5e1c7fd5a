package org.budayang.central.console.pages;

import io.javalin.http.Context;
import java.util.Map;
import org.budayang.central.console.web.Html;

/** The result line after a POST-redirect-GET: a fixed message per {@code done} code, never reflected input. */
final class Flash {
    private static final Map<String, String> OK = Map.of("acknowledged", "告警已确认。", "resolved", "告警已解决。",
            "closed", "帮办请求已关闭。", "calledback", "已登记回访。", "created", "用户已创建。", "role", "角色已修改。",
            "unlocked", "账号已解锁。", "disabled", "账号已停用。", "enabled", "账号已启用。");
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
