package org.budayang.central.console.pages;

import io.javalin.http.Context;
import java.util.function.BooleanSupplier;
import org.budayang.central.console.ConsoleServices;
import org.budayang.central.console.audit.AuditEntry.Outcome;
import org.budayang.central.console.auth.OpsSession;
import org.budayang.central.console.web.ConsoleException;
import org.budayang.central.console.web.Respond;

/** Runs an operator action on another feature's record (through its service) and audits how it ended. */
final class Actions {
    private Actions() {
    }

    /** The {@code id} path parameter, checked (letters, digits, '-', '_', '.', at most 64). */
    static String id(Context ctx) {
        String id = ctx.pathParam("id");
        if (!id.matches("[A-Za-z0-9._-]{1,64}")) {
            throw new ConsoleException(400, "INVALID_ID", "记录编号格式不正确。", "Record id in the path of "
                    + ctx.endpointHandlerPath() + " is not [A-Za-z0-9._-]{1,64} (length " + id.length() + ")");
        }
        return id;
    }

    static boolean run(ConsoleServices services, Context ctx, OpsSession session, String action, String target,
                       BooleanSupplier work) {
        boolean done;
        try {
            done = work.getAsBoolean();
        } catch (RuntimeException e) {
            // audited as FAILED; the exception goes on to central's error handler, which logs it once
            services.audit().record(session.username(), action, target, Outcome.FAILED, Respond.ip(ctx),
                    e.getClass().getSimpleName());
            throw e;
        }
        services.audit().record(session.username(), action, target, done ? Outcome.OK : Outcome.REFUSED,
                Respond.ip(ctx), done ? "" : "record missing or not in a state that allows it");
        return done;
    }
}
