package org.budayang.central.console.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import org.budayang.central.console.Role;
import org.budayang.central.console.auth.OpsSession;

/**
 * The frame of every console page: one inline style sheet (allowed by its hash in the Content-Security-Policy),
 * no script at all, a header with the user, role and 退出 button, and the menu of the pages the role may open.
 */
public final class Layout {
    /** A menu entry and the least role that sees it. */
    record Nav(String path, String label, Role role) {
    }

    static final List<Nav> MENU = List.of(
            new Nav("/console/fleet", "设备总览", Role.VIEWER),
            new Nav("/console/kiosks", "终端列表", Role.VIEWER),
            new Nav("/console/alerts", "告警队列", Role.VIEWER),
            new Nav("/console/help", "呼叫帮办", Role.VIEWER),
            new Nav("/console/evaluations", "好差评", Role.VIEWER),
            new Nav("/console/enrolment-codes", "注册码", Role.VIEWER),
            new Nav("/console/users", "用户管理", Role.ADMIN),
            new Nav("/console/audit", "审计日志", Role.ADMIN));

    private static final String STYLE = "*{box-sizing:border-box}body{margin:0;font-family:'Noto Sans CJK SC',"
            + "'WenQuanYi Micro Hei','Microsoft YaHei','PingFang SC',sans-serif;background:#f3f5f8;color:#1f2937;"
            + "font-size:14px;line-height:1.5}header{display:flex;align-items:center;justify-content:space-between;"
            + "background:#0b3d91;color:#fff;padding:.6rem 1.2rem}header h1{font-size:1.1rem;margin:0}"
            + "header .who{display:flex;gap:.8rem;align-items:center}nav{background:#fff;border-bottom:1px solid #d6dbe3;"
            + "padding:0 1rem;display:flex;flex-wrap:wrap}nav a{padding:.6rem .9rem;color:#1f2937;text-decoration:none;"
            + "border-bottom:3px solid transparent}nav a.on{border-color:#0b3d91;color:#0b3d91;font-weight:bold}"
            + "main{padding:1rem 1.2rem;max-width:1400px}h2{font-size:1.2rem;margin:.3rem 0 1rem}"
            + "h3{font-size:1rem;margin:1.2rem 0 .5rem}table{border-collapse:collapse;background:#fff;width:100%;"
            + "margin-bottom:1rem}th,td{border:1px solid #d6dbe3;padding:.35rem .6rem;text-align:left;"
            + "vertical-align:top}th{background:#eef2f7;font-weight:600}.nodata{color:#8a5a00;background:#fff8e1;"
            + "border:1px solid #f0d58c;padding:.5rem .8rem}.msg{padding:.6rem .9rem;border-radius:4px;margin:.5rem 0}"
            + ".ok{background:#e7f6ec;border:1px solid #9bd3ae}.bad{background:#fdecec;border:1px solid #f2a7a7}"
            + "form.inline{display:inline;margin:0}button{cursor:pointer;padding:.25rem .8rem;border:1px solid #0b3d91;"
            + "background:#0b3d91;color:#fff;border-radius:3px;font:inherit}button.light{background:#fff;color:#0b3d91}"
            + "button.danger{background:#b42318;border-color:#b42318}input,select{font:inherit;padding:.25rem .4rem;"
            + "border:1px solid #b8c0cc;border-radius:3px}.filters{display:flex;gap:.6rem;align-items:end;"
            + "flex-wrap:wrap;margin-bottom:.8rem}.filters label{display:flex;flex-direction:column;font-size:.85rem}"
            + ".cards{display:flex;gap:.8rem;flex-wrap:wrap;margin-bottom:1rem}.card{background:#fff;border:1px solid"
            + " #d6dbe3;border-radius:4px;padding:.6rem 1rem;min-width:8rem}.card b{display:block;font-size:1.5rem}"
            + ".overdue{color:#b42318;font-weight:bold}.tree ul{list-style:none;padding-left:1.4rem;margin:0}"
            + ".tree li{margin:.2rem 0}.login{max-width:22rem;margin:4rem auto;background:#fff;padding:1.5rem;"
            + "border:1px solid #d6dbe3;border-radius:6px}.login label{display:block;margin:.6rem 0}.login input{"
            + "width:100%}.pager{display:flex;gap:.6rem;align-items:center}small{color:#6b7280}"
            + ".st-OFFLINE,.st-DISABLED{color:#b42318}.st-DEGRADED,.st-OUT_OF_SERVICE{color:#8a5a00}"
            + ".st-ONLINE{color:#1a7f37}.st-UNKNOWN{color:#6b7280}";
    /** Nothing but the inline style above, same-origin form posts, and no framing. */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'sha256-" + styleHash()
            + "'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private Layout() {
    }

    /** A page for a logged-in user; {@code active} is the menu path to highlight. */
    public static String page(String title, OpsSession session, String active, String body) {
        StringBuilder menu = new StringBuilder("<nav>");
        for (Nav nav : MENU) {
            if (session.role().includes(nav.role())) {
                menu.append("<a href=\"").append(Html.esc(nav.path())).append("\"")
                        .append(nav.path().equals(active) ? " class=\"on\"" : "").append(">")
                        .append(Html.esc(nav.label())).append("</a>");
            }
        }
        menu.append("</nav>");
        String who = "<div class=\"who\"><span>" + Html.esc(session.displayName()) + "（" + Html.esc(session.username())
                + "，" + Html.esc(session.role().label()) + "）</span>"
                + Html.postButton("/console/logout", session.csrfToken(), "退出", "light") + "</div>";
        return frame(title, "<header><h1>不打烊 · 自助终端运维控制台</h1>" + who + "</header>" + menu
                + "<main><h2>" + Html.esc(title) + "</h2>" + body + "</main>");
    }

    /** A page without a session (login, errors before login). */
    public static String bare(String title, String body) {
        return frame(title, "<header><h1>不打烊 · 自助终端运维控制台</h1></header><main>" + body + "</main>");
    }

    private static String frame(String title, String content) {
        return "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
                + "<meta name=\"robots\" content=\"noindex\"><title>" + Html.esc(title) + " · 运维控制台</title>"
                + "<style>" + STYLE + "</style></head><body>" + content + "</body></html>";
    }

    private static String styleHash() {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(STYLE.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
