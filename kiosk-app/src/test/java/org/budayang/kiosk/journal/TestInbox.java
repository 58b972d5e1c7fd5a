package org.budayang.kiosk.journal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A stand-in for central's receiving side on a real loopback port (JDK HttpServer): it keeps its own dedup
 * record by {@code Idempotency-Key} as central does (the first body is stored, a repeat is answered 200 with
 * {@code Idempotent-Replayed: true}), counts every arrival per key, and can be stopped and started again on the
 * same port, answer scripted statuses, or store a message and then answer 500 (the answer lost on the way).
 * A body containing {@code "invalid"} is refused with 400, as central refuses a body it can never take.
 */
final class TestInbox implements AutoCloseable {
    private final int port;
    private HttpServer server;
    private final Map<String, String> stored = new LinkedHashMap<>();
    private final Map<String, Integer> arrivals = new HashMap<>();
    private final Deque<Integer> scripted = new ArrayDeque<>();
    private int storeThenFail;
    private String unavailablePath;

    TestInbox() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        port = server.getAddress().getPort();
        server.createContext("/", this::handle);
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + port);
    }

    synchronized void stop() {
        server.stop(0);
        server = null;
    }

    synchronized void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16);
        server.createContext("/", this::handle);
        server.start();
    }

    /** The next new requests get these statuses without being stored. */
    synchronized void script(Integer... statuses) {
        scripted.addAll(List.of(statuses));
    }

    /** Every request to {@code path} is answered 503 until this is called with null. */
    synchronized void unavailable(String path) {
        unavailablePath = path;
    }

    /** The next {@code n} new messages are stored, then answered 500: the kiosk will send them again. */
    synchronized void storeThenFail(int n) {
        storeThenFail = n;
    }

    /** The keys central stored, in the order it stored them. */
    synchronized List<String> storedKeys() {
        return new ArrayList<>(stored.keySet());
    }

    synchronized String body(String key) {
        return stored.get(key);
    }

    synchronized int arrivals(String key) {
        return arrivals.getOrDefault(key, 0);
    }

    synchronized int totalArrivals() {
        return arrivals.values().stream().mapToInt(Integer::intValue).sum();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int status;
            String answer;
            boolean replay = false;
            synchronized (this) {
                if (key == null) {
                    status = 400;
                    answer = "{\"code\":\"IDEMPOTENCY_KEY_MISSING\"}";
                } else {
                    arrivals.merge(key, 1, Integer::sum);
                    if (exchange.getRequestURI().getPath().equals(unavailablePath)) {
                        status = 503;
                        answer = "{\"code\":\"DEPARTMENT_UNAVAILABLE\"}";
                    } else if (stored.containsKey(key)) {
                        status = 200;
                        answer = "{\"stored\":\"" + key + "\"}";
                        replay = true;
                    } else if (!scripted.isEmpty()) {
                        status = scripted.poll();
                        answer = "{\"code\":\"SCRIPTED\"}";
                    } else if (body.contains("invalid")) {
                        status = 400;
                        answer = "{\"code\":\"EVALUATION_INVALID\",\"message\":\"level must be 1-5\"}";
                    } else {
                        stored.put(key, body);
                        status = storeThenFail > 0 ? 500 : 201;
                        storeThenFail = Math.max(0, storeThenFail - 1);
                        answer = "{\"stored\":\"" + key + "\"}";
                    }
                }
            }
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            if (replay) {
                exchange.getResponseHeaders().add("Idempotent-Replayed", "true");
            }
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            server.stop(0);
        }
    }
}
