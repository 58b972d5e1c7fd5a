package org.budayang.central.console.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.budayang.central.console.ConsoleServices;
import org.budayang.central.console.Role;
import org.budayang.central.console.audit.AuditEntry.Outcome;
import org.budayang.central.console.auth.OpsSession;
import org.budayang.central.console.auth.Sessions;

/**
 * Runs before every matched console route that is registered with a {@link Role}: finds the session of the
 * cookie (expired → back to the login page for GET, 401 for POST), checks the role (403, audited), and for
 * POST the synchronizer CSRF token in the form field {@code _csrf} (403 CSRF_REFUSED, audited).
 */
public final class ConsoleGuard implements Handler {
    private final ConsoleServices services;

    public ConsoleGuard(ConsoleServices services) {
        this.services = services;
    }

    @Override
    public void handle(Context ctx) {
        if (!ctx.path().startsWith("/console")) {
            return;
        }
        Role needed = ctx.routeRoles().stream().filter(Role.class::isInstance).map(Role.class::cast).findFirst()
                .orElse(null);
        if (needed == null) {
            return;
        }
        Sessions.Lookup lookup = services.sessions().resolve(ctx.cookie(Respond.SESSION_COOKIE));
        if (lookup.session().isEmpty()) {
            boolean expired = lookup.status() != Sessions.Status.UNKNOWN;
            if (expired) {
                services.audit().record("-", "SESSION_EXPIRED", ctx.endpointHandlerPath(), Outcome.REFUSED,
                        Respond.ip(ctx), lookup.status().name());
                Respond.clearCookie(ctx, Respond.SESSION_COOKIE, "/console");
            }
            if (ctx.method() == HandlerType.GET || ctx.method() == HandlerType.HEAD) {
                Respond.seeOther(ctx, "/console/login" + (expired ? "?reason=expired" : ""));
                ctx.skipRemainingHandlers();
                return;
            }
            throw new ConsoleException(401, "SESSION_REQUIRED", expired ? "登录已超时，请重新登录后再操作。"
                    : "请先登录。", "No valid console session for " + ctx.method() + " " + ctx.endpointHandlerPath()
                    + " (" + lookup.status() + ")");
        }
        OpsSession session = lookup.session().get();
        // set first, so that a refusal below is rendered in the user's own page frame
        ctx.attribute(Respond.SESSION_ATTRIBUTE, session);
        if (!session.role().includes(needed)) {
            services.audit().record(session.username(), "FORBIDDEN", ctx.method() + " " + ctx.endpointHandlerPath(),
                    Outcome.REFUSED, Respond.ip(ctx), "role " + session.role() + " < " + needed);
            throw new ConsoleException(403, "ROLE_FORBIDDEN", "您的角色（" + session.role().label() + "）无权执行此操作，"
                    + "需要" + needed.label() + "及以上角色。", "User " + session.username() + " with role "
                    + session.role() + " asked for " + ctx.endpointHandlerPath() + ", which needs " + needed);
        }
        if (ctx.method() == HandlerType.POST) {
            String token = ctx.formParam("_csrf");
            if (token == null || !MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8),
                    session.csrfToken().getBytes(StandardCharsets.UTF_8))) {
                services.audit().record(session.username(), "CSRF_REFUSED", ctx.endpointHandlerPath(),
                        Outcome.REFUSED, Respond.ip(ctx), token == null ? "token missing" : "token wrong");
                throw new ConsoleException(403, "CSRF_REFUSED", "请求校验失败（表单已过期或来自其他网站），请返回页面刷新后重试。",
                        "POST " + ctx.endpointHandlerPath() + " by " + session.username() + " without the session's "
                        + "CSRF token (" + (token == null ? "missing" : "wrong") + ")");
            }
        }
    }
}
