package org.budayang.central.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Javalin set-up every central endpoint shares: {@code ApiJson} as the JSON mapper, JSON
 * error bodies for 400/404/405/500 (from Javalin and from Jetty alike), security headers on
 * every response, and a request log that names the route template, never the raw path or
 * query (which may carry personal data).
 */
public final class CentralWeb {
    private static final Logger LOG = LoggerFactory.getLogger(CentralWeb.class);

    private CentralWeb() {
    }

    /** A configured Javalin instance without routes; the caller adds them and starts it. */
    public static Javalin create(ObjectMapper mapper) {
        JsonErrorHandler jettyErrors = new JsonErrorHandler(mapper);
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.startupWatcherEnabled = false;
            config.jsonMapper(new JavalinJackson(mapper, false));
            config.http.prefer405over404 = true;
            config.http.defaultContentType = "application/json";
            config.jetty.modifyServer(server -> server.setErrorHandler(jettyErrors));
            config.jetty.modifyServletContextHandler(context -> context.setErrorHandler(jettyErrors));
            config.jetty.modifyHttpConfiguration(http -> {
                http.setSendServerVersion(false);
                http.setSendXPoweredBy(false);
            });
            config.requestLogger.http((ctx, millis) -> LOG.debug("{} {} answered {} in {} ms",
                    ctx.method(), routeOf(ctx), ctx.statusCode(), Math.round(millis)));
        });
        app.before(CentralWeb::addDefaultHeaders);
        app.exception(ApiException.class, (e, ctx) -> respond(ctx, e.status(), e.error()));
        app.exception(HttpResponseException.class, (e, ctx) -> {
            if (e.getStatus() == 405) {
                ctx.header(Header.ALLOW, "GET, HEAD");
            }
            respond(ctx, e.getStatus(), ApiError.forStatus(e.getStatus()));
        });
        app.exception(Exception.class, (e, ctx) -> {
            String incident = UUID.randomUUID().toString();
            LOG.error("Request {} {} failed with an unexpected error; incident {}", ctx.method(), routeOf(ctx),
                    incident, e);
            respond(ctx, 500, new ApiError("INTERNAL_ERROR",
                    "Central could not process the request; the error is logged as incident " + incident + "."));
        });
        return app;
    }

    private static void addDefaultHeaders(Context ctx) {
        for (Map.Entry<String, String> header : SecurityHeaders.ALL.entrySet()) {
            ctx.header(header.getKey(), header.getValue());
        }
        ctx.header(Header.CACHE_CONTROL, SecurityHeaders.DEFAULT_CACHE_CONTROL);
    }

    private static void respond(Context ctx, int status, ApiError error) {
        addDefaultHeaders(ctx);
        ctx.removeHeader(Header.ETAG);
        ctx.status(status).json(error);
    }

    /** The matched route template (e.g. {@code /api/v1/catalog}), or a placeholder when none matched. */
    private static String routeOf(Context ctx) {
        if (!ctx.handlerType().isHttpMethod()) {
            return "<unmatched path>"; // no endpoint ran: Javalin has no route template to give
        }
        String route = ctx.endpointHandlerPath();
        return route == null || route.isEmpty() ? "<unmatched path>" : route;
    }
}
