package org.budayang.central.console.pages;

import io.javalin.Javalin;
import io.javalin.http.Context;
import org.budayang.central.console.ConsoleServices;
import org.budayang.central.console.Role;
import org.budayang.central.console.audit.AuditEntry.Outcome;
import org.budayang.central.console.auth.OpsSession;
import org.budayang.central.console.auth.OpsUser;
import org.budayang.central.console.auth.OpsUsers;
import org.budayang.central.console.auth.PasswordHasher;
import org.budayang.central.console.web.ConsoleException;
import org.budayang.central.console.web.Html;
import org.budayang.central.console.web.Layout;
import org.budayang.central.console.web.Respond;

/**
 * {@code /console/users} (admin only): list, add, change role, unlock, disable and enable ops users. The last
 * enabled admin cannot be demoted or disabled; a disabled user's sessions end at once.
 */
public final class UsersPage {
    private final ConsoleServices services;

    public UsersPage(ConsoleServices services) {
        this.services = services;
    }

    public void register(Javalin app) {
        app.get("/console/users", this::show, Role.ADMIN);
        app.post("/console/users", this::add, Role.ADMIN, LoginPages.FORM);
        app.post("/console/users/{name}/role", this::role, Role.ADMIN, LoginPages.FORM);
        app.post("/console/users/{name}/unlock", this::unlock, Role.ADMIN, LoginPages.FORM);
        app.post("/console/users/{name}/disable", ctx -> enable(ctx, false), Role.ADMIN, LoginPages.FORM);
        app.post("/console/users/{name}/enable", ctx -> enable(ctx, true), Role.ADMIN, LoginPages.FORM);
    }

    private void show(Context ctx) {
        OpsSession session = Respond.session(ctx);
        String csrf = session.csrfToken();
        java.time.Instant now = services.clock().instant();
        StringBuilder body = new StringBuilder(Flash.of(ctx));
        body.append("<table id=\"users\">").append(Html.headerRow("用户名", "姓名", "角色", "状态", "操作"));
        for (OpsUser user : services.users().list()) {
            String base = "/console/users/" + Html.segment(user.username());
            StringBuilder roleForm = new StringBuilder("<form method=\"post\" action=\"" + base + "/role\" class=\"inline\">"
                    + "<input type=\"hidden\" name=\"_csrf\" value=\"" + Html.esc(csrf) + "\"><select name=\"role\">");
            for (Role role : Role.values()) {
                roleForm.append("<option value=\"").append(role.name()).append("\"")
                        .append(role == user.role() ? " selected" : "").append(">").append(Html.esc(role.label()))
                        .append("</option>");
            }
            roleForm.append("</select> <button type=\"submit\" class=\"light\">改角色</button></form>");
            String state = !user.enabled() ? "已停用" : user.lockedAt(now) ? "已锁定至 " + Html.time(user.lockedUntil())
                    : "正常";
            String actions = roleForm + (user.lockedAt(now) ? " " + Html.postButton(base + "/unlock", csrf, "解锁", "") : "")
                    + " " + (user.enabled() ? Html.postButton(base + "/disable", csrf, "停用", "danger")
                    : Html.postButton(base + "/enable", csrf, "启用", ""));
            body.append("<tr>").append(Html.td(user.username())).append(Html.td(user.displayName()))
                    .append(Html.td(user.role().label())).append(Html.tdRaw(state)).append(Html.tdRaw(actions))
                    .append("</tr>");
        }
        body.append("</table><h3>新增用户</h3><form method=\"post\" action=\"/console/users\" class=\"filters\" "
                + "id=\"add-user\"><input type=\"hidden\" name=\"_csrf\" value=\"").append(Html.esc(csrf))
                .append("\"><label>用户名<input name=\"username\" maxlength=\"32\" required></label><label>姓名<input "
                + "name=\"displayName\" maxlength=\"64\" required></label><label>角色<select name=\"role\">"
                + "<option value=\"VIEWER\">查看员</option><option value=\"OPERATOR\">操作员</option>"
                + "<option value=\"ADMIN\">管理员</option></select></label><label>初始密码（至少10位）<input "
                + "type=\"password\" name=\"password\" maxlength=\"128\" required></label>"
                + "<button type=\"submit\">新增</button></form>");
        Respond.html(ctx, 200, Layout.page("用户管理", session, "/console/users", body.toString()));
    }

    private void add(Context ctx) {
        OpsSession session = Respond.session(ctx);
        String username = Respond.field(ctx, "username", 32).strip();
        String displayName = Respond.field(ctx, "displayName", 64).strip();
        String password = Respond.field(ctx, "password", PasswordHasher.MAX_PASSWORD_LENGTH);
        try {
            Role role = Role.parse(Respond.field(ctx, "role", 16));
            OpsUser.requireUsername(username);
            services.users().create(username, displayName, role, services.hasher().hash(password));
            services.audit().record(session.username(), "USER_ADD", username, Outcome.OK, Respond.ip(ctx),
                    "role " + role);
        } catch (IllegalArgumentException | OpsUsers.OpsUserExistsException e) {
            services.audit().record(session.username(), "USER_ADD", username.matches("[a-z0-9._-]{1,32}") ? username
                    : "(malformed)", Outcome.REFUSED, Respond.ip(ctx), e.getMessage());
            throw new ConsoleException(400, "USER_INVALID", "无法新增用户：用户名为3至32位小写字母、数字或 . _ -（字母开头），"
                    + "姓名1至64字，密码10至128位，且用户名不能重复。", e.getMessage());
        }
        Respond.seeOther(ctx, "/console/users?done=created");
    }

    private OpsUser target(Context ctx) {
        String name = ctx.pathParam("name");
        if (!OpsUser.USERNAME.matcher(name).matches()) {
            throw new ConsoleException(400, "INVALID_ID", "用户名格式不正确。", "Username in the path is malformed");
        }
        return services.users().find(name).orElseThrow(() -> new ConsoleException(404, "USER_UNKNOWN",
                "用户 " + name + " 不存在。", "No ops user " + name));
    }

    private void role(Context ctx) {
        OpsSession session = Respond.session(ctx);
        OpsUser user = target(ctx);
        Role role;
        try {
            role = Role.parse(Respond.field(ctx, "role", 16));
        } catch (IllegalArgumentException e) {
            throw new ConsoleException(400, "INVALID_ROLE", "角色只能是查看员、操作员或管理员。", e.getMessage());
        }
        keepOneAdmin(session, user, role != Role.ADMIN, "USER_ROLE");
        services.users().setRole(user.username(), role);
        services.audit().record(session.username(), "USER_ROLE", user.username(), Outcome.OK, Respond.ip(ctx),
                user.role() + " -> " + role);
        Respond.seeOther(ctx, "/console/users?done=role");
    }

    private void unlock(Context ctx) {
        OpsSession session = Respond.session(ctx);
        OpsUser user = target(ctx);
        services.users().unlock(user.username());
        services.audit().record(session.username(), "USER_UNLOCK", user.username(), Outcome.OK, Respond.ip(ctx), "");
        Respond.seeOther(ctx, "/console/users?done=unlocked");
    }

    private void enable(Context ctx, boolean enabled) {
        OpsSession session = Respond.session(ctx);
        OpsUser user = target(ctx);
        String action = enabled ? "USER_ENABLE" : "USER_DISABLE";
        if (!enabled) {
            keepOneAdmin(session, user, true, action);
        }
        services.users().setEnabled(user.username(), enabled);
        int ended = enabled ? 0 : services.sessions().deleteAllOf(user.username());
        services.audit().record(session.username(), action, user.username(), Outcome.OK, Respond.ip(ctx),
                enabled ? "" : ended + " session(s) ended");
        Respond.seeOther(ctx, "/console/users?done=" + (enabled ? "enabled" : "disabled"));
    }

    /** Refuses to take the admin role (or the account) from the last enabled admin. */
    private void keepOneAdmin(OpsSession session, OpsUser user, boolean removesAdmin, String action) {
        if (removesAdmin && user.role() == Role.ADMIN && user.enabled() && services.users().enabledAdmins() <= 1) {
            services.audit().record(session.username(), action, user.username(), Outcome.REFUSED, "-",
                    "last enabled admin");
            throw new ConsoleException(409, "LAST_ADMIN", "不能停用或降级最后一位启用的管理员。",
                    "User " + user.username() + " is the last enabled admin");
        }
    }
}
