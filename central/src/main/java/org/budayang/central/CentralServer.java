package org.budayang.central;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.util.JavalinBindException;
import java.time.Clock;
import java.util.Objects;
import org.budayang.api.ApiPaths;
import org.budayang.api.json.ApiJson;
import org.budayang.central.catalog.CatalogEndpoint;
import org.budayang.central.catalog.CatalogRepository;
import org.budayang.central.health.HealthEndpoint;
import org.budayang.central.web.CentralWeb;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Central's HTTP server: the catalogue and health endpoints on a Javalin/Jetty server. Built by
 * {@link #builder()}; {@link #start()} binds (port 0 picks a free port, see {@link #port()}),
 * {@link #stop()} releases it. One start per instance.
 */
public final class CentralServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CentralServer.class);

    private enum State { NEW, STARTED, STOPPED }

    private final CatalogRepository catalogs;
    private final Clock clock;
    private final String version;
    private final String host;
    private final int requestedPort;
    private final java.util.List<org.budayang.central.web.CentralModule> modules;
    private final ObjectMapper mapper = ApiJson.mapper();
    private State state = State.NEW;
    private Javalin app;

    private CentralServer(Builder builder) {
        this.catalogs = Objects.requireNonNull(builder.catalogs,
                "CentralServer.builder(): catalogRepository(...) is required");
        this.clock = builder.clock;
        this.version = builder.version;
        this.host = builder.host;
        this.requestedPort = builder.port;
        this.modules = java.util.List.copyOf(builder.modules);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Binds and serves; throws {@link CentralStartupException} naming host and port when it cannot. */
    public synchronized CentralServer start() {
        requireState(State.NEW, "start");
        Javalin created = CentralWeb.create(mapper);
        CatalogEndpoint catalog = new CatalogEndpoint(catalogs);
        HealthEndpoint health = new HealthEndpoint(catalogs, clock, version);
        // HEAD runs the same handler so that it answers the same headers (ETag); Jetty drops the body
        created.get(ApiPaths.CATALOG, catalog);
        created.head(ApiPaths.CATALOG, catalog);
        created.get(ApiPaths.HEALTH, health);
        created.head(ApiPaths.HEALTH, health);
        for (org.budayang.central.web.CentralModule module : modules) {
            module.addRoutes(created);
        }
        try {
            created.start(host, requestedPort);
        } catch (JavalinBindException e) {
            stopQuietly(created);
            state = State.STOPPED;
            throw new CentralStartupException("Cannot start central on " + url(requestedPort) + ": port "
                    + requestedPort + " on " + host + " is already in use. Stop the process that holds it, or start "
                    + "central with another --port (0 picks a free one).", e);
        } catch (RuntimeException e) {
            stopQuietly(created);
            state = State.STOPPED;
            throw new CentralStartupException("Cannot start central on " + url(requestedPort) + ": " + e.getMessage()
                    + ". Check --host (an address of this machine, e.g. 127.0.0.1 or 0.0.0.0) and --port.", e);
        }
        app = created;
        state = State.STARTED;
        LOG.info("Central listening on {} (version {}, catalogue {} with {} items)", url(app.port()), version,
                catalogs.current().version(), catalogs.current().items().size());
        return this;
    }

    /** The port actually bound (the free port chosen when the builder asked for 0). */
    public synchronized int port() {
        requireState(State.STARTED, "port");
        return app.port();
    }

    /** {@code http://host:port} of the running server. */
    public synchronized String url() {
        return url(port());
    }

    /** Stops serving and releases the port; does nothing when not started or already stopped. */
    public synchronized void stop() {
        if (state == State.STARTED) {
            String stoppedUrl = url(app.port());
            app.stop();
            LOG.info("Central on {} stopped", stoppedUrl);
        }
        state = State.STOPPED;
    }

    @Override
    public void close() {
        stop();
    }

    private String url(int port) {
        String shownHost = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        return "http://" + shownHost + ":" + port;
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
        private final java.util.List<org.budayang.central.web.CentralModule> modules = new java.util.ArrayList<>();

        private Builder() {
        }

        /** Adds a feature's routes (connectors, documents…), in the order given. */
        public Builder module(org.budayang.central.web.CentralModule module) {
            modules.add(Objects.requireNonNull(module, "module"));
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
