package org.budayang.central.fleet;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** A real HTTP server on a free port that answers 500 to the first {@code failures} posts, then 204, recording all. */
final class WebhookReceiver implements AutoCloseable {
    record Delivery(int status, String eventId, JsonNode body) {
    }

    private final HttpServer server;
    private final AtomicInteger failuresLeft;
    final List<Delivery> deliveries = new CopyOnWriteArrayList<>();

    WebhookReceiver(int failures) {
        failuresLeft = new AtomicInteger(failures);
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            int status = failuresLeft.getAndDecrement() > 0 ? 500 : 204;
            deliveries.add(new Delivery(status, exchange.getRequestHeaders().getFirst("X-Budayang-Event-Id"),
                    FleetFixture.JSON.readTree(body)));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hook");
    }

    List<Delivery> accepted() {
        return deliveries.stream().filter(d -> d.status() == 204).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
