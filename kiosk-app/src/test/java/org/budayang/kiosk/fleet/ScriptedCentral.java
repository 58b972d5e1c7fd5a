package org.budayang.kiosk.fleet;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.budayang.api.ApiHeaders;
import org.budayang.api.fleet.CommandResult;
import org.budayang.api.fleet.FleetPaths;
import org.budayang.api.fleet.Heartbeat;
import org.budayang.api.fleet.KioskCommand;
import org.budayang.api.json.ApiJson;
import org.budayang.central.fleet.tls.ServerTls;
import org.budayang.kiosk.fleet.commands.FleetClient;
import org.budayang.kiosk.core.enrol.KioskCredentials;
import org.budayang.kiosk.fleet.telemetry.NetworkStats;

/**
 * A real HTTPS server on a free port speaking central's fleet protocol for one kiosk over mutual TLS (the client
 * certificate checked on every call as central does — signed by the kiosk CA, CN = the kiosk id —, an
 * Idempotency-Key on every POST, commands handed out until their result is taken, records through
 * the service-api records), with scripted faults: a status for the next N heartbeats or results. Central itself
 * is tested over HTTP in central's tests (CommandsHttpTest…), and with these kiosk classes as real processes by
 * bench/fleet-e2e.sh (kiosk-app may not depend on central).
 */
public final class ScriptedCentral implements AutoCloseable {
    public static final String KIOSK = "KSK-620102-0001";
    private static final ObjectMapper JSON = ApiJson.mapper();

    public record Posted(String key, String body) {
    }

    private final Javalin app;
    private final TestTls tls = TestTls.fresh();
    public final List<KioskCommand> pending = new CopyOnWriteArrayList<>();
    public final List<Posted> results = new CopyOnWriteArrayList<>();
    public final List<Posted> heartbeats = new CopyOnWriteArrayList<>();
    public final AtomicInteger polls = new AtomicInteger();
    private final AtomicInteger failNext = new AtomicInteger();
    private volatile int failStatus = 503;

    public ScriptedCentral() {
        app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.jetty.addConnector((server, http) -> tls.server().connector(server, http, "127.0.0.1", 0));
        })
                .before(this::authenticate)
                .get(FleetPaths.COMMANDS, this::poll)
                .post(FleetPaths.COMMAND_RESULT, this::result)
                .post(FleetPaths.HEARTBEATS, this::heartbeat)
                .start("127.0.0.1", 0);
    }

    public URI url() {
        return URI.create("https://127.0.0.1:" + ((org.eclipse.jetty.server.ServerConnector)
                app.jettyServer().server().getConnectors()[0]).getLocalPort());
    }

    /** The kiosk's credentials from this central's CA. */
    public KioskCredentials credentials() {
        return tls.kiosk(KIOSK, url());
    }

    /** A fleet client of the enrolled kiosk. */
    public FleetClient client(NetworkStats stats) {
        return FleetClient.mutualTls(credentials(), stats);
    }

    /** The next {@code count} heartbeat or result POSTs are answered {@code status}. */
    public void failNext(int count, int status) {
        failStatus = status;
        failNext.set(count);
    }

    private void authenticate(Context ctx) {
        Object chain = ctx.req().getAttribute(ServerTls.CERTIFICATES_ATTRIBUTE);
        if (!KIOSK.equals(tls.kioskOf(chain instanceof java.security.cert.Certificate[] c ? c : null))) {
            ctx.status(401).result("{\"code\":\"KIOSK_UNAUTHENTICATED\"}");
            ctx.skipRemainingHandlers();
        } else if (ctx.method().name().equals("POST") && ctx.header(ApiHeaders.IDEMPOTENCY_KEY) == null) {
            ctx.status(400).result("{\"code\":\"IDEMPOTENCY_KEY_INVALID\"}");
            ctx.skipRemainingHandlers();
        }
    }

    private void poll(Context ctx) {
        polls.incrementAndGet();
        ctx.json(Map.of("commands", new ArrayList<>(pending)));
    }

    private void result(Context ctx) throws Exception {
        if (failNext.getAndDecrement() > 0) {
            ctx.status(failStatus);
            return;
        }
        String id = ctx.pathParam("commandId");
        JSON.readValue(ctx.body(), CommandResult.class);
        boolean known = pending.removeIf(c -> c.commandId().equals(id));
        results.add(new Posted(ctx.header(ApiHeaders.IDEMPOTENCY_KEY), ctx.body()));
        ctx.json(Map.of("counted", known));
    }

    private void heartbeat(Context ctx) throws Exception {
        if (failNext.getAndDecrement() > 0) {
            ctx.status(failStatus);
            return;
        }
        JSON.readValue(ctx.body(), Heartbeat.class);
        heartbeats.add(new Posted(ctx.header(ApiHeaders.IDEMPOTENCY_KEY), ctx.body()));
        ctx.status(202).json(Map.of("newest", true));
    }

    public static CommandResult result(Posted posted) {
        try {
            return JSON.readValue(posted.body(), CommandResult.class);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    public static Heartbeat heartbeat(Posted posted) {
        try {
            return JSON.readValue(posted.body(), Heartbeat.class);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Override
    public void close() {
        app.stop();
    }
}
