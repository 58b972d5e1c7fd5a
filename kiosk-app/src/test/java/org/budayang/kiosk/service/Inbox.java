package org.budayang.kiosk.service;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsExchange;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLParameters;
import org.budayang.api.ApiHeaders;
import org.budayang.kiosk.fleet.TestTls;

/**
 * The receiving end of the kiosk's outbox (evaluations, transaction records) on a real loopback port, as central
 * answers it: over mutual TLS with a server certificate of central's own kiosk CA (so the kiosk's client trusts it as
 * it trusts central), the kiosk must present its certificate from that CA (else 401), each
 * {@code Idempotency-Key} is stored once and a repeat is answered from the store with {@code Idempotent-Replayed}.
 * It counts every arrival per key. Central's own {@code /api/v1/evaluations} and {@code /transactions} are built on
 * another branch (central-flow, #7); until it is merged this stands in for them in the desk's tests. Can be stopped
 * and started on the same port.
 */
final class Inbox implements AutoCloseable {
    private final int port;
    private final String kioskId;
    private final TestTls tls;
    private HttpsServer server;
    private final Map<String, String> stored = new LinkedHashMap<>();
    private final Map<String, String> paths = new HashMap<>();
    private final Map<String, Integer> arrivals = new HashMap<>();

    /** The inbox of the kiosk enrolled at {@code central}. */
    Inbox(CentralProcess central) throws IOException {
        this(central.kioskCa(), central.kioskId());
    }

    Inbox(TestTls tls, String kioskId) throws IOException {
        this.kioskId = kioskId;
        this.tls = tls;
        server = listen(0);
        port = server.getAddress().getPort();
    }

    private HttpsServer listen(int onPort) throws IOException {
        HttpsServer https = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), onPort), 16);
        https.setHttpsConfigurator(new HttpsConfigurator(tls.server().context()) {
            @Override
            public void configure(HttpsParameters params) {
                SSLParameters ssl = getSSLContext().getDefaultSSLParameters();
                ssl.setWantClientAuth(true);
                params.setSSLParameters(ssl);
            }
        });
        https.createContext("/", this::handle);
        https.start();
        return https;
    }

    URI url() {
        return URI.create("https://127.0.0.1:" + port);
    }

    synchronized void stop() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    synchronized void start() throws IOException {
        server = listen(port);
    }

    /** The keys stored for {@code path}, in arrival order. */
    synchronized List<String> stored(String path) {
        List<String> keys = new ArrayList<>();
        stored.keySet().stream().filter(k -> path.equals(paths.get(k))).forEach(keys::add);
        return keys;
    }

    synchronized String body(String key) {
        return stored.get(key);
    }

    synchronized int arrivals(String key) {
        return arrivals.getOrDefault(key, 0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String key = exchange.getRequestHeaders().getFirst(ApiHeaders.IDEMPOTENCY_KEY);
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int status;
            boolean replay = false;
            synchronized (this) {
                if (!kioskId.equals(tls.kioskOf(((HttpsExchange) exchange).getSSLSession()))) {
                    status = 401;
                } else if (key == null) {
                    status = 400;
                } else {
                    arrivals.merge(key, 1, Integer::sum);
                    if (stored.containsKey(key)) {
                        replay = true;
                    } else {
                        stored.put(key, body);
                        paths.put(key, exchange.getRequestURI().getPath());
                    }
                    status = 201;
                }
            }
            if (replay) {
                exchange.getResponseHeaders().add(ApiHeaders.IDEMPOTENT_REPLAY, "true");
            }
            byte[] answer = "{}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, answer.length);
            exchange.getResponseBody().write(answer);
        }
    }

    @Override
    public void close() {
        stop();
    }
}
