package org.budayang.central.console.pages;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.budayang.api.fleet.CommandRequest;
import org.budayang.api.fleet.CommandType;
import org.budayang.central.auth.KioskId;
import org.budayang.central.console.ConsoleServices;
import org.budayang.central.console.Role;
import org.budayang.central.console.audit.AuditEntry.Outcome;
import org.budayang.central.console.auth.OpsSession;
import org.budayang.central.console.data.KioskDetail;
import org.budayang.central.console.web.ConsoleException;
import org.budayang.central.console.web.Html;
import org.budayang.central.console.web.Respond;

/**
 * The kiosk page's actions: operators send a remote command ({@code POST /console/kiosks/{id}/commands}, through
 * fleet-ops' CommandRepository with its audit line), admins revoke an enrolled kiosk ({@code POST
 * /console/kiosks/{id}/revoke}, through fleet-trust's Enrolment). Each is in the console's audit log too.
 */
public final class KioskActionsPage {
    /** The commands offered on the page (SET_CONFIG stays with the ops API: it needs a key and a value). */
    static final List<CommandType> OFFERED = List.of(CommandType.OUT_OF_SERVICE, CommandType.BACK_IN_SERVICE,
            CommandType.RELOAD_CATALOG, CommandType.RESTART, CommandType.COLLECT_LOGS, CommandType.SCREENSHOT);

    private final ConsoleServices services;

    public KioskActionsPage(ConsoleServices services) {
        this.services = services;
    }

    public void register(Javalin app) {
        app.post("/console/kiosks/{id}/commands", this::command, Role.OPERATOR, LoginPages.FORM);
        app.post("/console/kiosks/{id}/revoke", this::revoke, Role.ADMIN, LoginPages.FORM);
    }

    static String label(CommandType type) {
        return switch (type) {
            case OUT_OF_SERVICE -> "暂停服务";
            case BACK_IN_SERVICE -> "恢复服务";
            case RELOAD_CATALOG -> "重新加载事项目录";
            case RESTART -> "重启终端程序";
            case SET_CONFIG -> "修改配置";
            case COLLECT_LOGS -> "收集日志";
            case SCREENSHOT -> "截屏";
        };
    }

    /** The forms for {@code session}'s role on the kiosk page. */
    static String forms(KioskDetail detail, OpsSession session) {
        if (!session.role().includes(Role.OPERATOR) || !detail.enabled()) {
            return "";
        }
        String base = "/console/kiosks/" + Html.segment(detail.kiosk().kioskId());
        StringBuilder out = new StringBuilder("<h3>操作</h3><form method=\"post\" action=\"").append(Html.esc(base))
                .append("/commands\" class=\"filters\" id=\"send-command\"><input type=\"hidden\" name=\"_csrf\" "
                        + "value=\"").append(Html.esc(session.csrfToken())).append("\"><label>远程指令<select name=\"type\" "
                        + "id=\"command-type\">");
        for (CommandType type : OFFERED) {
            out.append("<option value=\"").append(type.name()).append("\">").append(Html.esc(label(type)))
                    .append("</option>");
        }
        out.append("</select></label><label>暂停服务时的提示（市民可见）<input name=\"message\" id=\"command-message\" "
                + "maxlength=\"200\" placeholder=\"设备维护中，请到3号窗口办理\"></label><button type=\"submit\">发送指令"
                + "</button></form>");
        if (session.role().includes(Role.ADMIN) && detail.enabled()) {
            out.append(Html.postButton(base + "/revoke", session.csrfToken(), "停用终端（吊销证书）", "danger"));
        }
        return out.toString();
    }

    private void command(Context ctx) {
        OpsSession session = Respond.session(ctx);
        String kiosk = kioskId(ctx);
        String typeText = Respond.field(ctx, "type", 32).strip().toUpperCase(Locale.ROOT);
        String message = Respond.field(ctx, "message", 200).strip();
        CommandRequest request;
        try {
            CommandType type = CommandType.valueOf(typeText);
            if (!OFFERED.contains(type)) {
                throw new IllegalArgumentException("command type " + type + " is not offered in the console");
            }
            request = new CommandRequest(type, type == CommandType.OUT_OF_SERVICE ? message : null, null, null, null);
        } catch (IllegalArgumentException e) {
            services.audit().record(session.username(), "COMMAND_SEND", kiosk, Outcome.REFUSED, Respond.ip(ctx),
                    e.getMessage());
            throw new ConsoleException(400, "COMMAND_INVALID", "无法发送指令：请选择指令；暂停服务须填写市民可见的提示"
                    + "（1至200字）。", e.getMessage());
        }
        Optional<String> id;
        try {
            id = services.actions().sendCommand(kiosk, request, session.username());
        } catch (RuntimeException e) {
            services.audit().record(session.username(), "COMMAND_SEND", kiosk, Outcome.FAILED, Respond.ip(ctx),
                    e.getClass().getSimpleName());
            throw e;
        }
        services.audit().record(session.username(), "COMMAND_SEND", kiosk, id.isPresent() ? Outcome.OK
                : Outcome.REFUSED, Respond.ip(ctx), request.type() + id.map(c -> " " + c).orElse(
                        ": kiosk not enrolled or disabled"));
        Respond.seeOther(ctx, "/console/kiosks/" + Html.segment(kiosk) + "?done=" + (id.isPresent() ? "commanded"
                : "unchanged"));
    }

    private void revoke(Context ctx) {
        OpsSession session = Respond.session(ctx);
        String kiosk = kioskId(ctx);
        boolean done = Actions.run(services, ctx, session, "KIOSK_REVOKE", kiosk,
                () -> services.actions().revokeKiosk(kiosk, session.username()));
        Respond.seeOther(ctx, "/console/kiosks/" + Html.segment(kiosk) + "?done=" + (done ? "revoked" : "unchanged"));
    }

    private static String kioskId(Context ctx) {
        String id = ctx.pathParam("id");
        if (!KioskId.isValid(id)) {
            throw new ConsoleException(400, "INVALID_KIOSK_ID", "终端编号格式不正确，例如 KSK-620102000000-0001。",
                    "Kiosk id in the path is not " + KioskId.FORMAT + " (length " + id.length() + ")");
        }
        return id;
    }
}
