package org.budayang.central;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Handler;
import io.javalin.util.JavalinBindException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.budayang.api.ApiPaths;
import org.budayang.api.json.ApiJson;
import org.budayang.central.auth.Access;
import org.budayang.central.auth.KioskAuthenticator;
import org.budayang.central.auth.OpsAuthenticator;
import org.budayang.central.fleet.tls.ServerTls;
import org.budayang.central.web.ApiException;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.budayang.central.catalog.CatalogEndpoint;
import org.budayang.central.catalog.CatalogRepository;
import org.budayang.central.health.HealthEndpoint;
import org.budayang.central.idempotency.Idempotency;
import org.budayang.central.openapi.OpenApiDocument;
import org.budayang.central.web.CentralModule;
import org.budayang.central.web.CentralWeb;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Central's HTTP server: the catalogue, health and OpenAPI endpoints and the features' modules on a
 * Javalin/Jetty server, behind kiosk authentication and idempotency for {@code /api/v1}. Built by
 * {@link #builder()}; {@link #start()} binds (port 0 picks a free port, see {@link #port()}),
 * {@link #stop()} releases it and closes what was handed to {@link Builder#closeOnStop}. One start
 * per instance.
 */
public final class CentralServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CentralServer.class);
    /** Where the OpenAPI document is served (public). */
    public static final String OPENAPI = ApiPaths.V1 + "/openapi.json";
    /** Every route under it must be registered with {@link Access#OPS} ({@link OpsAuthenticator}); checked at start. */
    public static final String OPS_ROUTES = ApiPaths.V1 + "/ops";

    private enum State { NEW, STARTED, STOPPED }

    private final CatalogRepository catalogs;
    private final Clock clock;
    private final String version;
    private final String host;
    private final int requestedPort;
    private final List<CentralModule> modules;
    private final KioskAuthenticator authenticator;
    private final OpsAuthenticator opsAuthenticator;
    private final ServerTls tls;
    private final int requestedTlsPort;
    private final Idempotency idempotency;
    private final Handler rateLimit;
    private final long maxBodyBytes;
    private final List<AutoCloseable> closeOnStop;
    private final List<java.util.function.Consumer<CentralServer>> onStarted;
    private final List<Route> routes = new CopyOnWriteArrayList<>();
    private final ObjectMapper mapper = ApiJson.mapper();
    private OpenApiDocument openApi;
    private State state = State.NEW;
    private Javalin app;

    private CentralServer(Builder builder) {
        this.catalogs = Objects.requireNonNull(builder.catalogs,
                "CentralServer.builder(): catalogRepository(...) is required");
        this.clock = builder.clock;
        this.version = builder.version;
        this.host = builder.host;
        this.requestedPort = builder.port;
        this.modules = List.copyOf(builder.modules);
        this.authenticator = builder.authenticator;
        this.opsAuthenticator = builder.opsAuthenticator;
        this.tls = builder.tls;
        this.requestedTlsPort = builder.tlsPort;
        this.idempotency = builder.idempotency;
        this.rateLimit = builder.rateLimit;
        this.maxBodyBytes = builder.maxBodyBytes;
        this.closeOnStop = List.copyOf(builder.closeOnStop);
        this.onStarted = List.copyOf(builder.onStarted);
        if (!modules.isEmpty() && (authenticator == null || idempotency == null)) {
            throw new IllegalStateException("CentralServer.builder(): " + modules.size() + " feature module(s) add "
                    + "/api/v1 routes, so kioskAuthentication(...) and idempotency(...) are required");
        }
    }

    /**
     * A route registered on the server.
     *
     * @param method upper-case HTTP method
     * @param path   Javalin path template, e.g. {@code /verify/{code}}
     */
    public record Route(String method, String path) {
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Binds and serves; throws {@link CentralStartupException} naming host and port when it cannot. */
    public synchronized CentralServer start() {
        requireState(State.NEW, "start");
        List<String> fragments = new ArrayList<>();
        for (CentralModule module : modules) {
            module.openApiFragment().ifPresent(fragments::add);
        }
        openApi = OpenApiDocument.merge(mapper, CentralServer.class.getClassLoader(), fragments);
        byte[] openApiJson = openApiBytes();
        List<Route> unguardedOps = new ArrayList<>();
        Javalin created = CentralWeb.create(mapper, maxBodyBytes, info -> {
            Route route = new Route(info.getHttpMethod().name(), info.getPath());
            routes.add(route);
            if ((info.getPath() + "/").startsWith(OPS_ROUTES + "/") && !info.getRoles().contains(Access.OPS)) {
                unguardedOps.add(route);
            }
        });
        if (tls != null) {
            // with a connector of our own Javalin adds no default one: the plain HTTP connector comes first
            // (so that port() stays the HTTP port), the TLS one second
            created.unsafeConfig().jetty.addConnector((server, http) -> {
                ServerConnector plain = new ServerConnector(server, new HttpConnectionFactory(http));
                plain.setHost(host);
                plain.setPort(requestedPort);
                return plain;
            });
            created.unsafeConfig().jetty.addConnector((server, http) -> tls.connector(server, http, host,
                    requestedTlsPort));
        }
        if (authenticator != null) {
            created.beforeMatched(authenticator);
        }
        created.beforeMatched(ctx -> {
            if (!ctx.routeRoles().contains(Access.OPS)) {
                return;
            }
            if (opsAuthenticator == null) {
                throw new ApiException(503, "OPS_DISABLED", "This central has no ops authentication configured, "
                        + "so its /api/v1/ops routes are closed; configure ops.token.", null);
            }
            opsAuthenticator.handle(ctx);
        });
        if (rateLimit != null) {
            // after authentication (it counts proven kiosks), before idempotency (a refused request claims no key)
            created.beforeMatched(rateLimit);
        }
        if (idempotency != null) {
            created.beforeMatched(idempotency::before);
            created.after(idempotency::after);
        }
        CatalogEndpoint catalog = new CatalogEndpoint(catalogs);
        HealthEndpoint health = new HealthEndpoint(catalogs, clock, version);
        // HEAD runs the same handler so that it answers the same headers (ETag); Jetty drops the body
        created.get(ApiPaths.CATALOG, catalog, Access.PUBLIC);
        created.head(ApiPaths.CATALOG, catalog, Access.PUBLIC);
        created.get(ApiPaths.HEALTH, health, Access.PUBLIC);
        created.head(ApiPaths.HEALTH, health, Access.PUBLIC);
        created.get(OPENAPI, ctx -> ctx.contentType("application/json").result(openApiJson), Access.PUBLIC);
        created.head(OPENAPI, ctx -> ctx.contentType("application/json").result(openApiJson), Access.PUBLIC);
        for (CentralModule module : modules) {
            module.addRoutes(created);
        }
        if (!unguardedOps.isEmpty()) {
            stopQuietly(created);
            closeResources();
            state = State.STOPPED;
            throw new IllegalStateException("Ops routes " + unguardedOps + " are registered without Access.OPS, so "
                    + "the ops token and user would not be checked; register every route under " + OPS_ROUTES
                    + " with Access.PUBLIC and Access.OPS (fleet's OpsGate.ROLES)");
        }
        try {
            created.start(host, requestedPort);
        } catch (JavalinBindException e) {
            stopQuietly(created);
            closeResources();
            state = State.STOPPED;
            boolean fixedTls = tls != null && requestedTlsPort != 0;
            throw new CentralStartupException("Cannot start central on " + url(requestedPort) + ": port "
                    + requestedPort + " on " + host + " is already in use"
                    + (fixedTls ? " (or its TLS port " + requestedTlsPort + ")" : "") + ". Stop the process that "
                    + "holds it, or start central with another --port" + (fixedTls ? " or tls.port" : "")
                    + " (0 picks a free one).", e);
        } catch (RuntimeException e) {
            stopQuietly(created);
            closeResources();
            state = State.STOPPED;
            throw new CentralStartupException("Cannot start central on " + url(requestedPort) + ": " + e.getMessage()
                    + ". Check --host (an address of this machine, e.g. 127.0.0.1 or 0.0.0.0) and --port.", e);
        }
        app = created;
        state = State.STARTED;
        for (Route route : routes) {
            LOG.debug("Route {} {} registered", route.method(), route.path());
        }
        LOG.info("Central listening on {}{} (version {}, catalogue {} with {} items)", url(app.port()),
                tls == null ? "" : " and " + tlsUrl().orElseThrow() + " (mutual TLS)", version,
                catalogs.current().version(), catalogs.current().items().size());
        try {
            for (java.util.function.Consumer<CentralServer> listener : onStarted) {
                listener.accept(this);
            }
        } catch (RuntimeException e) {
            stop();
            throw e;
        }
        return this;
    }

    /** The port actually bound (the free port chosen when the builder asked for 0). */
    public synchronized int port() {
        requireState(State.STARTED, "port");
        return app.port();
    }

    /** The TLS port actually bound; empty when the server serves no TLS. */
    public synchronized Optional<Integer> tlsPort() {
        requireState(State.STARTED, "tlsPort");
        if (tls == null) {
            return Optional.empty();
        }
        return Optional.of(((ServerConnector) app.jettyServer().server().getConnectors()[1]).getLocalPort());
    }

    /** {@code https://host:tlsPort} of the running server; empty when it serves no TLS. */
    public synchronized Optional<String> tlsUrl() {
        return tlsPort().map(port -> "https://" + shownHost() + ":" + port);
    }

    /** {@code http://host:port} of the running server. */
    public synchronized String url() {
        return url(port());
    }

    /** Every route registered, in order (for the OpenAPI coverage check). */
    public List<Route> routes() {
        return List.copyOf(routes);
    }

    /** The merged OpenAPI document served at {@link #OPENAPI}. */
    public synchronized OpenApiDocument openApi() {
        if (openApi == null) {
            throw new IllegalStateException("CentralServer.openApi() is built by start(); the server is " + state);
        }
        return openApi;
    }

    /** Stops serving and releases the port; does nothing when not started or already stopped. */
    public synchronized void stop() {
        if (state == State.STARTED) {
            String stoppedUrl = url(app.port());
            app.stop();
            LOG.info("Central on {} stopped", stoppedUrl);
        }
        if (state != State.STOPPED) {
            closeResources();
        }
        state = State.STOPPED;
    }

    private void closeResources() {
        for (int i = closeOnStop.size() - 1; i >= 0; i--) {
            AutoCloseable resource = closeOnStop.get(i);
            try {
                resource.close();
            } catch (Exception e) {
                LOG.warn("Closing {} at stop failed", resource, e);
            }
        }
    }

    private byte[] openApiBytes() {
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(openApi.json());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the OpenAPI document", e);
        }
    }

    @Override
    public void close() {
        stop();
    }

    private String url(int port) {
        return "http://" + shownHost() + ":" + port;
    }

    private String shownHost() {
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    private void requireState(State expected, String operation) {
        if (state != expected) {
            throw new IllegalStateException("CentralServer." + operation + "() needs state " + expected
                    + " but the server is " + state);
        }
    }

    private static void stopQuietly(Javalin created) {
        try {
            created.stop();
        } catch (RuntimeException cleanupFailure) {
            LOG.debug("Stopping the half-started server failed as well: {}", cleanupFailure.toString());
        }
    }

    /** Builder with defaults: system UTC clock, version "dev", host 127.0.0.1, port 8080. */
    public static final class Builder {
        private CatalogRepository catalogs;
        private Clock clock = Clock.systemUTC();
        private String version = "dev";
        private String host = "127.0.0.1";
        private int port = 8080;
        private final List<CentralModule> modules = new ArrayList<>();
        private final List<AutoCloseable> closeOnStop = new ArrayList<>();
        private final List<java.util.function.Consumer<CentralServer>> onStarted = new ArrayList<>();
        private KioskAuthenticator authenticator;
        private OpsAuthenticator opsAuthenticator;
        private ServerTls tls;
        private int tlsPort;
        private Idempotency idempotency;
        private Handler rateLimit;
        private long maxBodyBytes = 1024 * 1024;

        private Builder() {
        }

        /** Adds a feature's routes (connectors, documents…), in the order given. */
        public Builder module(CentralModule module) {
            modules.add(Objects.requireNonNull(module, "module"));
            return this;
        }

        /** Authenticates kiosks on every non-public /api/v1 route; required when modules are added. */
        public Builder kioskAuthentication(KioskAuthenticator authenticator) {
            this.authenticator = Objects.requireNonNull(authenticator, "kioskAuthentication");
            return this;
        }

        /** Guards the routes registered with {@link Access#OPS}; without it they answer 503 OPS_DISABLED. */
        public Builder opsAuthentication(OpsAuthenticator opsAuthenticator) {
            this.opsAuthenticator = Objects.requireNonNull(opsAuthenticator, "opsAuthentication");
            return this;
        }

        /** Serves HTTPS on {@code tlsPort} (0 picks a free port) beside HTTP, client certificates wanted. */
        public Builder tls(ServerTls tls, int tlsPort) {
            if (tlsPort < 0 || tlsPort > 65535) {
                throw new IllegalArgumentException("CentralServer.Builder.tls: port " + tlsPort
                        + " is out of range; expected 0..65535 (0 picks a free port)");
            }
            this.tls = Objects.requireNonNull(tls, "tls");
            this.tlsPort = tlsPort;
            return this;
        }

        /** Idempotency keys for POST/PUT/PATCH/DELETE under /api/v1; required when modules are added. */
        public Builder idempotency(Idempotency idempotency) {
            this.idempotency = Objects.requireNonNull(idempotency, "idempotency");
            return this;
        }

        /** Limits each kiosk's POST/PUT/PATCH/DELETE (fleet operations' KioskRateLimiter); optional. */
        public Builder kioskRateLimit(Handler rateLimit) {
            this.rateLimit = Objects.requireNonNull(rateLimit, "kioskRateLimit");
            return this;
        }

        /** Largest accepted request body in bytes (default 1 MiB). */
        public Builder maxBodyBytes(long maxBodyBytes) {
            if (maxBodyBytes < 1) {
                throw new IllegalArgumentException("CentralServer.Builder.maxBodyBytes: " + maxBodyBytes
                        + " must be at least 1");
            }
            this.maxBodyBytes = maxBodyBytes;
            return this;
        }

        /** Told once the server listens, in the order given (a failure stops the server again). */
        public Builder onStarted(java.util.function.Consumer<CentralServer> listener) {
            onStarted.add(Objects.requireNonNull(listener, "onStarted"));
            return this;
        }

        /** Closed when the server stops (the database, timers), in reverse order. */
        public Builder closeOnStop(AutoCloseable resource) {
            closeOnStop.add(Objects.requireNonNull(resource, "closeOnStop"));
            return this;
        }

        public Builder catalogRepository(CatalogRepository catalogs) {
            this.catalogs = Objects.requireNonNull(catalogs, "catalogRepository");
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        public Builder version(String version) {
            if (version == null || version.isBlank()) {
                throw new IllegalArgumentException("CentralServer.Builder.version must not be blank");
            }
            this.version = version.strip();
            return this;
        }

        public Builder host(String host) {
            if (host == null || host.isBlank()) {
                throw new IllegalArgumentException("CentralServer.Builder.host must not be blank");
            }
            this.host = host.strip();
            return this;
        }

        /** The port to bind, 0..65535; 0 picks a free port. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("CentralServer.Builder.port: " + port
                        + " is out of range; expected 0..65535 (0 picks a free port)");
            }
            this.port = port;
            return this;
        }

        public CentralServer build() {
            return new CentralServer(this);
        }
    }
}
