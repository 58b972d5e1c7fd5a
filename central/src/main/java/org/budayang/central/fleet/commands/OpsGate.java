package org.budayang.central.fleet.commands;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.security.RouteRole;
import org.budayang.central.auth.Access;
import org.budayang.central.auth.OpsAuthenticator;

/**
 * How fleet operations register their ops routes ({@code /api/v1/ops/**}): with {@link #ROLES} ({@code
 * Access.PUBLIC}: no kiosk credentials, no idempotency key; {@code Access.OPS}: the platform's
 * {@link OpsAuthenticator} checks the ops token and the ops user first, once for every feature), and a handler
 * given the proven ops user for the audit. {@code CentralServer} refuses to start when a route under
 * {@code /api/v1/ops} lacks {@code Access.OPS}, so none can be served unguarded.
 */
public final class OpsGate {
    /** The roles of every ops route. */
    public static final RouteRole[] ROLES = {Access.PUBLIC, Access.OPS};

    private OpsGate() {
    }

    /** A handler of an ops route, given the proven ops user. */
    @FunctionalInterface
    public interface OpsHandler {
        void handle(Context ctx, String opsUser) throws Exception;
    }

    /** The handler with the ops user {@link OpsAuthenticator} proved for this request. */
    public static Handler guard(OpsHandler handler) {
        return ctx -> handler.handle(ctx, OpsAuthenticator.user(ctx));
    }
}
