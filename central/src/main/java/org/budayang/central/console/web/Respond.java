package org.budayang.central.console.web;

import io.javalin.http.Context;
import java.util.Optional;
import org.budayang.central.console.auth.OpsSession;

/** Writing console responses and reading what every handler needs from a request. */
public final class Respond {
    /** The session cookie: HttpOnly, SameSite=Strict, Secure when the request came over TLS, path /console. */
    public static final String SESSION_COOKIE = "budayang_ops";
    /** The login form's double-submit token cookie (before there is a session). */
    public static final String LOGIN_COOKIE = "budayang_ops_login";
    static final String SESSION_ATTRIBUTE = "budayang.console.session";

    private Respond() {
    }

    public static void html(Context ctx, int status, String html) {
        ctx.status(status).contentType("text/html; charset=utf-8")
                .header("Content-Security-Policy", Layout.CONTENT_SECURITY_POLICY)
                .header("Cache-Control", "no-store")
                .result(html);
    }

    /** 303 See Other to a console path (after a POST). */
    public static void seeOther(Context ctx, String path) {
        ctx.status(303).header("Location", path).result("");
    }

    /** The session the guard put on this request; the route must be one that requires a role. */
    public static OpsSession session(Context ctx) {
        OpsSession session = ctx.attribute(SESSION_ATTRIBUTE);
        if (session == null) {
            throw new IllegalStateException("No console session on " + ctx.method() + " " + ctx.endpointHandlerPath()
                    + ": the route was registered without a Role, so ConsoleGuard did not run");
        }
        return session;
    }

    public static Optional<OpsSession> optionalSession(Context ctx) {
        return Optional.ofNullable(ctx.attribute(SESSION_ATTRIBUTE));
    }

    /** The client's address as central sees it (the socket's peer; no forwarding header is trusted). */
    public static String ip(Context ctx) {
        String ip = ctx.req().getRemoteAddr();
        return ip == null ? "-" : ip;
    }

    public static void setCookie(Context ctx, String name, String value, String path, long maxAgeSeconds) {
        ctx.res().addHeader("Set-Cookie", name + "=" + value + "; Path=" + path + "; Max-Age=" + maxAgeSeconds
                + "; HttpOnly; SameSite=Strict" + (ctx.req().isSecure() ? "; Secure" : ""));
    }

    public static void clearCookie(Context ctx, String name, String path) {
        setCookie(ctx, name, "", path, 0);
    }

    /** A form field, or "" when absent; longer than {@code max} characters is refused. */
    public static String field(Context ctx, String name, int max) {
        String value = ctx.formParam(name);
        if (value == null) {
            return "";
        }
        if (value.length() > max) {
            throw new ConsoleException(400, "FIELD_TOO_LONG", "输入内容过长：" + name + " 最多 " + max + " 个字符。",
                    "Form field " + name + " has " + value.length() + " characters; at most " + max);
        }
        return value;
    }
}
