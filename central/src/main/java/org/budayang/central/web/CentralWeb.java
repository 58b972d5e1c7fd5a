package org.budayang.central.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import io.javalin.validation.ValidationException;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.budayang.api.problem.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Javalin set-up every central endpoint shares: {@code ApiJson} as the JSON mapper, errors as
 * {@code application/problem+json} (from handlers, Javalin and Jetty alike), body limits (JSON unless a
 * route declares {@link AcceptedBodies}), security
 * headers on every response, and a request log that names the route template, never the raw path
 * or query (which may carry personal data).
 */
public final class CentralWeb {
    private static final Logger LOG = LoggerFactory.getLogger(CentralWeb.class);
    private static final String ROUTE = "budayang.route";

    private CentralWeb() {
    }

    /** A configured Javalin instance without routes, bodies up to 1 MiB. */
    public static Javalin create(ObjectMapper mapper) {
        return create(mapper, RequestLimits.DEFAULT_MAX_BODY_BYTES, info -> { });
    }

    /**
     * A configured Javalin instance without routes; the caller adds them and starts it.
     *
     * @param maxBodyBytes largest accepted request body (413 above it)
     * @param routes       told of every route added later (for the OpenAPI coverage check)
     */
    public static Javalin create(ObjectMapper mapper, long maxBodyBytes,
                                 java.util.function.Consumer<io.javalin.event.HandlerMetaInfo> routes) {
        JsonErrorHandler jettyErrors = new JsonErrorHandler(mapper);
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.startupWatcherEnabled = false;
            config.jsonMapper(new JavalinJackson(mapper, false));
            config.http.prefer405over404 = true;
            config.http.defaultContentType = "application/json";
            config.http.maxRequestSize = maxBodyBytes;
            config.events.handlerAdded(routes);
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
        // remember the matched route template: after handlers run later and have their own path
        app.beforeMatched(ctx -> ctx.attribute(ROUTE, ctx.endpointHandlerPath()));
        RequestLimits limits = new RequestLimits(maxBodyBytes);
        app.before(limits.lengthRequired());
        // size and media type depend on the matched route (AcceptedBodies), so they are checked once it is known
        app.beforeMatched(limits.bodyRules());
        app.exception(ApiException.class, (e, ctx) -> respond(ctx, mapper, Problems.of(e, instance(ctx))));
        app.exception(JsonProcessingException.class,
                (e, ctx) -> respond(ctx, mapper, JsonProblems.of(e, instance(ctx))));
        // an IllegalArgumentException that reaches here is a server fault (the 500 incident below): the client's
        // refusals are ApiExceptions, made by JsonBody for bodies and by JsonBody.refused where parameters are parsed
        app.exception(ValidationException.class, (e, ctx) -> respond(ctx, mapper, Problem.of(400,
                "INVALID_PARAMETER", "Invalid parameters: " + e.getErrors().entrySet().stream()
                        .map(entry -> entry.getKey() + " (" + entry.getValue().stream().map(v -> v.getMessage())
                                .collect(Collectors.joining(", ")) + ")")
                        .collect(Collectors.joining("; ")) + ".", null, instance(ctx))));
        app.exception(HttpResponseException.class, (e, ctx) -> {
            if (e.getStatus() == 405) {
                String allowed = e.getDetails().getOrDefault("availableMethods", "");
                ctx.header(Header.ALLOW, allowed.isBlank() ? "GET, HEAD" : allowed);
            }
            respond(ctx, mapper, Problems.forStatus(e.getStatus(), instance(ctx)));
        });
        app.exception(Exception.class, (e, ctx) -> {
            String incident = UUID.randomUUID().toString();
            LOG.error("Request {} {} failed with an unexpected error; incident {}", ctx.method(), routeOf(ctx),
                    incident, e);
            respond(ctx, mapper, Problem.of(500, "INTERNAL_ERROR", "Central could not process the request; the "
                    + "error is logged as incident " + incident + ".", null, "urn:budayang:incident:" + incident));
        });
        return app;
    }

    private static void addDefaultHeaders(Context ctx) {
        for (Map.Entry<String, String> header : SecurityHeaders.ALL.entrySet()) {
            ctx.header(header.getKey(), header.getValue());
        }
        ctx.header(Header.CACHE_CONTROL, SecurityHeaders.DEFAULT_CACHE_CONTROL);
    }

    private static void respond(Context ctx, ObjectMapper mapper, Problem problem) {
        addDefaultHeaders(ctx);
        ctx.removeHeader(Header.ETAG);
        byte[] body;
        try {
            body = mapper.writeValueAsBytes(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the problem body of " + problem.code(), e);
        }
        ctx.status(problem.status()).contentType(Problem.MEDIA_TYPE).result(body);
    }

    /** The route template that answered, for a problem's {@code instance}; null when none matched. */
    private static String instance(Context ctx) {
        String route = routeOf(ctx);
        return route.startsWith("/") ? route : null;
    }

    /** The matched route template (e.g. {@code /api/v1/catalog}), or a placeholder when none matched. */
    static String routeOf(Context ctx) {
        String matched = ctx.attribute(ROUTE);
        if (matched == null && ctx.handlerType().isHttpMethod()) {
            matched = ctx.endpointHandlerPath();
        }
        // anything but a template of a registered route (e.g. "*" of a wildcard handler) is not named
        return matched != null && matched.startsWith("/") ? matched : "<unmatched path>";
    }
}
