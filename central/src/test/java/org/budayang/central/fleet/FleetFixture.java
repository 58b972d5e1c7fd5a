package org.budayang.central.fleet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.budayang.api.ApiHeaders;
import org.budayang.api.fleet.DeviceHealth;
import org.budayang.api.fleet.DeviceState;
import org.budayang.api.fleet.FleetPaths;
import org.budayang.api.fleet.Heartbeat;
import org.budayang.api.fleet.NetworkQuality;
import org.budayang.api.json.ApiJson;
import org.budayang.central.Http;
import org.budayang.central.CentralServer;
import org.budayang.central.MutableClock;
import org.budayang.central.TestCatalogs;
import org.budayang.central.TestFleet;
import org.budayang.central.TestKiosks;
import org.budayang.central.TestPlatform;
import org.budayang.central.catalog.LoadedCatalogRepository;
import org.budayang.central.db.Database;
import org.budayang.central.db.TestDatabases;
import org.budayang.central.fleet.commands.FleetOperations;

/**
 * Central with the production platform (kiosk authentication, idempotency: {@link TestPlatform}) and fleet
 * operations wired by {@link FleetOperations#wire} from configuration sections, on a fresh database of the given
 * kind and a free port; plus the kiosk and ops calls.
 */
final class FleetFixture implements AutoCloseable {
    /** The ops token of every test central ({@link TestPlatform} authenticates ops with it). */
    static final String OPS_TOKEN = TestFleet.OPS_TOKEN;
    static final ObjectMapper JSON = ApiJson.mapper();

    final MutableClock clock;
    final Database database;
    final FleetOperations fleet;
    final CentralServer server;

    /** @param extra configuration keys such as {@code alerts.webhookUrl} (sections as in central's file) */
    FleetFixture(TestDatabases.Kind kind, Instant start, Map<String, String> extra) {
        clock = new MutableClock(start);
        Map<String, Map<String, String>> sections = new HashMap<>();
        Map<String, String> keys = new HashMap<>(Map.of("alerts.checkEvery", "PT0.1S",
                "commands.expiryCheckEvery", "PT0.1S"));
        keys.putAll(extra);
        keys.forEach((key, value) -> sections.computeIfAbsent(key.substring(0, key.indexOf('.')), k -> new HashMap<>())
                .put(key.substring(key.indexOf('.') + 1), value));
        database = TestDatabases.fresh(kind);
        try {
            fleet = FleetOperations.wire(sections, database.dataSource(), clock,
                    java.util.Set.of(TestKiosks.KIOSK, TestKiosks.OTHER_KIOSK)::contains);
            CentralServer.Builder builder = TestPlatform.secured(database, clock).kioskRateLimit(fleet.rateLimiter())
                    .catalogRepository(new LoadedCatalogRepository(TestCatalogs.bundled())).port(0)
                    .closeOnStop(database);
            fleet.modules().forEach(builder::module);
            fleet.closeables().forEach(builder::closeOnStop);
            server = builder.build().start();
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    String url(String path) {
        return server.url() + path;
    }

    /** The test kiosks authenticate with their client certificates (decision 0014); no secret is sent. */
    static final String NO_SECRET = "";

    /** Sent as {@code kioskId} over mutual TLS by the test client ({@code Http} reads the kiosk header). */
    static String[] kiosk(String kioskId, String secret, String key) {
        List<String> headers = new ArrayList<>(List.of(ApiHeaders.KIOSK_ID, kioskId));
        if (key != null) {
            headers.add(ApiHeaders.IDEMPOTENCY_KEY);
            headers.add(key);
        }
        return headers.toArray(String[]::new);
    }

    static String[] first(String key) {
        return kiosk(TestKiosks.KIOSK, NO_SECRET, key);
    }

    static String[] ops(String user) {
        return TestFleet.ops(user);
    }

    /** {@code path} on this central's TLS port, where kiosks call (mutual TLS, decision 0014). */
    String kioskUrl(String path) {
        return TestFleet.tls(url(path));
    }

    /**
     * The JDK HTTP client of test kiosk {@code kioskId}: presents its client certificate and trusts only the test
     * kiosk CA; for kiosk calls {@code Http} does not make (a long poll with its own timeout).
     */
    static java.net.http.HttpClient kioskClient(String kioskId) {
        return TestFleet.testKiosk(kioskId).client();
    }

    static String key() {
        return UUID.randomUUID().toString();
    }

    HttpResponse<String> beat(Heartbeat heartbeat) {
        return Http.sendBody("POST", url(FleetPaths.HEARTBEATS), json(heartbeat), first(key()));
    }

    static Heartbeat heartbeat(Instant sentAt, DeviceHealth... devices) {
        return new Heartbeat("0.1.0-test", sentAt, 120, List.of(devices), new NetworkQuality(8L, 0, 0),
                8_000_000_000L, 64_000_000L, 256_000_000L, null, "attract");
    }

    static DeviceHealth printer(DeviceState state, Instant since, String... conditions) {
        String action = state == DeviceState.ONLINE || state == DeviceState.DEGRADED && conditions.length == 0 ? "NONE"
                : state == DeviceState.OFFLINE ? "RESET" : "CLEAR";
        return new DeviceHealth("receiptPrinter", state, List.of(conditions), action, since, null);
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    static JsonNode tree(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }

    /** Waits up to 5 s for {@code condition} (a timer's work). */
    static void eventually(String what, BooleanSupplier condition) {
        long end = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < end) {
            if (condition.getAsBoolean()) {
                return;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what);
            }
        }
        throw new AssertionError("not within 5 s: " + what);
    }

    @Override
    public void close() {
        server.stop();
    }
}
