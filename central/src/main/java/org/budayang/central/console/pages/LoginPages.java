package org.budayang.central.console.pages;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.budayang.central.console.ConsoleServices;
import org.budayang.central.console.Role;
import org.budayang.central.console.audit.AuditEntry.Outcome;
import org.budayang.central.console.auth.LoginService;
import org.budayang.central.console.auth.PasswordHasher;
import org.budayang.central.console.web.ConsoleException;
import org.budayang.central.console.web.Html;
import org.budayang.central.console.web.Layout;
import org.budayang.central.console.web.Respond;
import org.budayang.central.web.AcceptedBodies;

/**
 * {@code GET/POST /console/login} and {@code POST /console/logout}. The login form carries a double-submit
 * token (cookie + hidden field) because there is no session yet to hold a synchronizer token.
 */
public final class LoginPages {
    static final AcceptedBodies FORM = AcceptedBodies.of(8 * 1024, "application/x-www-form-urlencoded");
    private final ConsoleServices services;
    private final SecureRandom random;

    public LoginPages(ConsoleServices services, SecureRandom random) {
        this.services = services;
        this.random = random;
    }

    public void register(Javalin app) {
        app.get("/console", ctx -> Respond.seeOther(ctx, "/console/fleet"), Role.VIEWER);
        app.get("/console/login", this::form);
        app.post("/console/login", this::login, FORM);
        app.post("/console/logout", this::logout, Role.VIEWER, FORM);
    }

    private void form(Context ctx) {
        String reason = ctx.queryParam("reason");
        String notice = "expired".equals(reason) ? "登录已超时，请重新登录。" : "logout".equals(reason) ? "您已安全退出。" : "";
        show(ctx, 200, notice, false);
    }

    private void show(Context ctx, int status, String message, boolean bad) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Respond.setCookie(ctx, Respond.LOGIN_COOKIE, token, "/console/login", 3600);
        String box = message.isEmpty() ? "" : "<p class=\"msg " + (bad ? "bad" : "ok") + "\" id=\"message\">"
                + Html.esc(message) + "</p>";
        Respond.html(ctx, status, Layout.bare("登录", "<div class=\"login\"><h2>运维人员登录</h2>" + box
                + "<form method=\"post\" action=\"/console/login\"><input type=\"hidden\" name=\"_csrf\" value=\""
                + Html.esc(token) + "\"><label>用户名<input name=\"username\" id=\"username\" autocomplete=\"username\" "
                + "maxlength=\"32\" required></label><label>密码<input type=\"password\" name=\"password\" id=\"password\""
                + " autocomplete=\"current-password\" maxlength=\"" + PasswordHasher.MAX_PASSWORD_LENGTH + "\" required>"
                + "</label><button type=\"submit\" id=\"login\">登录</button></form>"
                + "<p><small>连续 " + services.settings().maxFailures() + " 次密码错误将锁定账号 "
                + services.settings().lockDuration().toMinutes() + " 分钟。</small></p></div>"));
    }

    private void login(Context ctx) {
        String ip = Respond.ip(ctx);
        String cookie = ctx.cookie(Respond.LOGIN_COOKIE);
        String token = Respond.field(ctx, "_csrf", 64);
        if (cookie == null || token.isEmpty() || !MessageDigest.isEqual(cookie.getBytes(StandardCharsets.UTF_8),
                token.getBytes(StandardCharsets.UTF_8))) {
            services.audit().record("-", "LOGIN", "-", Outcome.REFUSED, ip, "login form token missing or wrong");
            throw new ConsoleException(403, "CSRF_REFUSED", "登录表单已过期，请刷新页面后重新登录。",
                    "POST /console/login without the matching login form token");
        }
        String username = Respond.field(ctx, "username", 32).strip();
        String password = Respond.field(ctx, "password", PasswordHasher.MAX_PASSWORD_LENGTH);
        String target = username.matches("[a-z][a-z0-9._-]{2,31}") ? username : "(malformed)";
        LoginService.Outcome outcome;
        try {
            outcome = services.login().login(username, password, ip);
        } catch (PasswordHasher.HasherBusyException e) {
            services.audit().record("-", "LOGIN", target, Outcome.FAILED, ip, "hashing slots busy");
            ctx.header("Retry-After", "5");
            throw new ConsoleException(503, "LOGIN_BUSY", "登录请求较多，请 5 秒后重试。", e.getMessage());
        }
        switch (outcome.status()) {
            case OK -> {
                services.audit().record(username, "LOGIN", username, Outcome.OK, ip, "");
                services.sessions().delete(ctx.cookie(Respond.SESSION_COOKIE));
                Respond.clearCookie(ctx, Respond.LOGIN_COOKIE, "/console/login");
                Respond.setCookie(ctx, Respond.SESSION_COOKIE, outcome.session().orElseThrow().cookieValue(),
                        "/console", services.settings().absoluteTimeout().getSeconds());
                Respond.seeOther(ctx, "/console/fleet");
            }
            case LOCKED -> {
                services.audit().record("-", "LOGIN", target, Outcome.REFUSED, ip, "account locked");
                show(ctx, 403, "该账号因连续登录失败已被临时锁定，请 " + Math.max(1, (outcome.retryAfter().toSeconds() + 59)
                        / 60) + " 分钟后再试，或联系管理员解锁。", true);
            }
            case ADDRESS_SLOWED -> {
                services.audit().record("-", "LOGIN", target, Outcome.REFUSED, ip, "address slowed down");
                long seconds = Math.max(1, outcome.retryAfter().toSeconds());
                ctx.header("Retry-After", String.valueOf(seconds));
                show(ctx, 429, "登录失败次数过多，请 " + seconds + " 秒后再试。", true);
            }
            default -> {
                services.audit().record("-", "LOGIN", target, Outcome.FAILED, ip, "wrong username or password");
                show(ctx, 401, "用户名或密码错误。", true);
            }
        }
    }

    private void logout(Context ctx) {
        var session = Respond.session(ctx);
        services.sessions().delete(ctx.cookie(Respond.SESSION_COOKIE));
        Respond.clearCookie(ctx, Respond.SESSION_COOKIE, "/console");
        services.audit().record(session.username(), "LOGOUT", session.username(), Outcome.OK, Respond.ip(ctx), "");
        Respond.seeOther(ctx, "/console/login?reason=logout");
    }
}
