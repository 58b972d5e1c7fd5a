package org.budayang.central.flows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import org.budayang.api.ApiHeaders;
import org.budayang.api.json.ApiJson;
import org.budayang.central.CentralServer;
import org.budayang.central.Http;
import org.budayang.central.TestCatalogs;
import org.budayang.central.TestKiosks;
import org.budayang.central.TestPlatform;
import org.budayang.central.catalog.LoadedCatalogRepository;
import org.budayang.central.connectors.CatalogItems;
import org.budayang.central.connectors.MutableClock;
import org.budayang.central.db.Database;
import org.budayang.central.db.TestDatabases;

/**
 * Central with the flows module (and the real kiosk authentication and idempotency) on port 0 over a fresh
 * database of the given kind; requests are sent as one of the two test kiosks with a real HTTP client.
 */
final class FlowsFixture implements AutoCloseable {
    static final ObjectMapper JSON = ApiJson.mapper();

    final MutableClock clock;
    final Database database;
    final EvaluationRepository evaluations;
    final HelpRepository help;
    final HelpDesk helpDesk;
    final TransactionLog transactions;
    private final CentralServer server;

    FlowsFixture(TestDatabases.Kind kind, Instant now, Map<String, String> helpConfig) {
        clock = new MutableClock(now);
        database = TestDatabases.fresh(kind);
        LoadedCatalogRepository catalogs = new LoadedCatalogRepository(TestCatalogs.bundled());
        FlowItems items = new FlowItems(new CatalogItems(catalogs));
        evaluations = new EvaluationRepository(database.dataSource());
        help = new HelpRepository(database.dataSource());
        helpDesk = new HelpDesk(help, HelpSettings.from(helpConfig), clock);
        transactions = new TransactionLog(items, database.dataSource(), clock);
        server = TestPlatform.secured(database, clock).catalogRepository(catalogs).port(0)
                .module(new FlowsModule(new Evaluations(items, evaluations, clock), helpDesk, transactions))
                .closeOnStop(database)
                .build().start();
    }

    FlowsFixture(TestDatabases.Kind kind) {
        this(kind, TestCatalogs.NOW, Map.of());
    }

    /** A reply: status, the replay header and the parsed body. */
    record Reply(int status, boolean replayed, JsonNode body) {
        String code() {
            return body.path("code").asText();
        }

        @Override
        public String toString() {
            return status + (replayed ? " (replayed) " : " ") + body;
        }
    }

    Reply post(String path, Object body, String key) {
        return post(path, body, key, false);
    }

    /** POST as the first test kiosk, or the other one. */
    Reply post(String path, Object body, String key, boolean otherKiosk) {
        String json;
        try {
            json = body instanceof String text ? text : JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return reply(Http.sendBody("POST", server.url() + path, json, headers(otherKiosk, key)));
    }

    Reply get(String path) {
        return reply(Http.get(server.url() + path, TestKiosks.auth()));
    }

    private static String[] headers(boolean other, String key) {
        return new String[] {ApiHeaders.KIOSK_ID, other ? TestKiosks.OTHER_KIOSK : TestKiosks.KIOSK,
                ApiHeaders.AUTHORIZATION, ApiHeaders.BEARER_PREFIX + (other ? TestKiosks.OTHER_SECRET
                : TestKiosks.SECRET), ApiHeaders.IDEMPOTENCY_KEY, key, "Content-Type", "application/json"};
    }

    private static Reply reply(HttpResponse<String> response) {
        try {
            String text = response.body();
            return new Reply(response.statusCode(),
                    response.headers().firstValue(ApiHeaders.IDEMPOTENT_REPLAY).isPresent(),
                    text.isEmpty() ? JSON.nullNode() : JSON.readTree(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int count(String table) {
        try (var c = database.dataSource().getConnection(); var s = c.createStatement();
             var rows = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rows.next();
            return rows.getInt(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
