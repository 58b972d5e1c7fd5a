package org.budayang.central.payments;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import org.budayang.api.ApiHeaders;
import org.budayang.api.json.ApiJson;
import org.budayang.api.payments.PaymentPaths;
import org.budayang.central.CentralServer;
import org.budayang.central.Http;
import org.budayang.central.TestCatalogs;
import org.budayang.central.TestFleet;
import org.budayang.central.TestKiosks;
import org.budayang.central.TestPlatform;
import org.budayang.central.catalog.LoadedCatalogRepository;
import org.budayang.central.connectors.CatalogItems;
import org.budayang.central.connectors.Connectors;
import org.budayang.central.db.Jdbc;
import org.budayang.central.connectors.MutableClock;
import org.budayang.central.connectors.sandbox.SandboxProvider;
import org.budayang.central.connectors.sandbox.SandboxSettings;
import org.budayang.central.db.Database;
import org.budayang.central.db.TestDatabases;
import org.budayang.central.payments.sandbox.SandboxPaymentProvider;

/**
 * Central with the sandbox connectors and payments, wired as CentralMain wires them, on port 0 with the real kiosk
 * authentication (mutual TLS) and idempotency, over one seeded database per kind shared by the JVM's payment tests
 * (each test takes citizens no other test uses, see {@link #claim}). Requests go as the test kiosks over a real
 * HTTP client; the phone page and the ops API over plain HTTP.
 */
final class PaymentsFixture implements AutoCloseable {
    static final ObjectMapper JSON = ApiJson.mapper();
    static final String SECRET = "payments-test-secret-0123456789-abcdefghijkl";
    private static final Map<TestDatabases.Kind, Database> DATABASES = new EnumMap<>(TestDatabases.Kind.class);
    private static final Set<String> CLAIMED = ConcurrentHashMap.newKeySet();

    final MutableClock clock = new MutableClock(TestCatalogs.NOW);
    final Database database;
    final SandboxProvider sandbox;
    final PaymentsModule payments;
    final SandboxPaymentProvider provider;
    final Jdbc jdbc;
    private final CentralServer server;

    PaymentsFixture(TestDatabases.Kind kind) {
        this(kind, Map.of());
    }

    PaymentsFixture(TestDatabases.Kind kind, Map<String, String> paymentKeys) {
        database = database(kind);
        jdbc = new Jdbc(database.dataSource());
        sandbox = new SandboxProvider(database.dataSource(), clock, SandboxSettings.from(Map.of()));
        Connectors connectors = Connectors.select(Map.of(), List.of(sandbox));
        LoadedCatalogRepository catalogs = new LoadedCatalogRepository(TestCatalogs.bundled());
        Map<String, String> keys = new java.util.TreeMap<>(Map.of("payments.sandbox.secret", SECRET));
        keys.putAll(paymentKeys);
        payments = Payments.sandbox(PaymentSettings.from(keys), database.dataSource(), new CatalogItems(catalogs),
                connectors, sandbox, clock);
        provider = (SandboxPaymentProvider) payments.provider();
        server = TestPlatform.secured(database, clock).catalogRepository(catalogs).port(0)
                .module(payments)
                .onStarted(started -> payments.serving(started.url()))
                .closeOnStop(payments)
                .build().start();
    }

    private static synchronized Database database(TestDatabases.Kind kind) {
        return DATABASES.computeIfAbsent(kind, TestDatabases::fresh);
    }

    /** Takes the first candidate (an ID number) no other test of this JVM took for {@code kind}. */
    static String claim(TestDatabases.Kind kind, List<String> candidates) {
        for (String id : candidates) {
            if (CLAIMED.add(kind + id)) {
                return id;
            }
        }
        throw new AssertionError("No unclaimed citizen among " + candidates.size() + " candidates");
    }

    String url() {
        return server.url();
    }

    /** A reply: status, the replay header and the parsed body (HTML as a text node). */
    record Reply(int status, boolean replayed, JsonNode body, String text) {
        String code() {
            return body.path("code").asText();
        }

        String at(String field) {
            return body.path(field).asText();
        }

        @Override
        public String toString() {
            return status + (replayed ? " (replayed) " : " ") + text;
        }
    }

    Reply post(String path, Object body) {
        return post(path, body, UUID.randomUUID().toString(), false);
    }

    Reply post(String path, Object body, String key, boolean otherKiosk) {
        String[] kiosk = otherKiosk ? TestKiosks.otherWithKey(key) : TestKiosks.authWithKey(key);
        return reply(Http.sendBody("POST", server.url() + path, json(body), kiosk));
    }

    Reply get(String path) {
        return reply(Http.get(server.url() + path, TestKiosks.auth()));
    }

    Reply getAsOther(String path) {
        return reply(Http.get(server.url() + path, TestKiosks.otherWithKey("unused-key-1")));
    }

    Reply ops(String method, String path, Object body) {
        String[] headers = TestFleet.ops("li.ming");
        return reply(body == null ? Http.send(method, server.url() + path, headers)
                : Http.sendBody(method, server.url() + path, json(body), headers));
    }

    /** A public page (the phone, a refund voucher), with optional extra headers. */
    static Reply page(String url) {
        return reply(Http.get(url));
    }

    static Reply form(String url, String form, String... headers) {
        String[] all = java.util.Arrays.copyOf(headers, headers.length + 2);
        all[headers.length] = "Content-Type";
        all[headers.length + 1] = "application/x-www-form-urlencoded";
        return reply(Http.sendBody("POST", url, form, all));
    }

    /** Asks for a bill; answers the reply. */
    Reply bill(String item, String id, String name, Map<String, String> params) {
        return post(PaymentPaths.BILLS, Map.of("itemCode", item, "payerIdNumber", id, "payerName", name,
                "params", params));
    }

    Reply order(String billId, long amountFen, String method) {
        return order(UUID.randomUUID().toString(), billId, amountFen, method);
    }

    Reply order(String paymentId, String billId, long amountFen, String method) {
        return post(PaymentPaths.ORDERS, Map.of("paymentId", paymentId, "billId", billId, "amountFen", amountFen,
                "method", method));
    }

    /** Polls GET order until its state is {@code state} (≤ 10 s). */
    Reply awaitState(String orderNo, String state) {
        Reply last = null;
        for (int i = 0; i < 200; i++) {
            last = get(PaymentPaths.order(orderNo));
            if (last.at("state").equals(state)) {
                return last;
            }
            sleep(50);
        }
        throw new AssertionError("Order " + orderNo + " did not reach " + state + ": " + last);
    }

    static void await(BooleanSupplier condition, String what) {
        for (int i = 0; i < 200; i++) {
            if (condition.getAsBoolean()) {
                return;
            }
            sleep(50);
        }
        throw new AssertionError("Timed out waiting for " + what);
    }

    String name(String id) {
        return jdbc.one("SELECT name FROM sb_ps_person WHERE id_number = ?", r -> r.getString(1), id).orElseThrow();
    }

    long count(String sql, Object... params) {
        return jdbc.one(sql, r -> r.getLong(1), params).orElseThrow();
    }

    Optional<String> text(String sql, Object... params) {
        return jdbc.one(sql, r -> r.getString(1), params);
    }

    List<String> ids(String sql, Object... params) {
        return jdbc.list(sql, r -> r.getString(1), params);
    }

    private static String json(Object body) {
        try {
            return body instanceof String text ? text : JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Reply reply(HttpResponse<String> response) {
        String text = response.body();
        JsonNode body;
        try {
            body = text.startsWith("{") ? JSON.readTree(text) : JSON.getNodeFactory().textNode(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Reply(response.statusCode(), response.headers().firstValue(ApiHeaders.IDEMPOTENT_REPLAY).isPresent(),
                body, text);
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    void advance(Duration duration) {
        clock.advance(duration);
    }

    @Override
    public void close() {
        server.stop();
    }
}
