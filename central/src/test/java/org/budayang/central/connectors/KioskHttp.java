package org.budayang.central.connectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.budayang.api.ApiHeaders;
import org.budayang.api.json.ApiJson;
import org.budayang.central.TestFleet;

/**
 * The one place the connector tests call central as a kiosk: as the test kiosk over mutual TLS (its
 * certificate, the central's TLS port, {@link org.budayang.central.TestFleet}) with (for POST) an idempotency key.
 */
public final class KioskHttp {
    public static final String KIOSK_ID = org.budayang.central.TestKiosks.KIOSK;
    private static final String KIOSK = KIOSK_ID;
    static final ObjectMapper JSON = ApiJson.mapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1).build();

    private KioskHttp() {
    }

    /** A response with its parsed JSON body. */
    public record Reply(int status, JsonNode body, long millis) {
        public String code() {
            return body.path("code").asText();
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    public static Reply post(String url, Object body) {
        try {
            return post(url, JSON.writeValueAsString(body));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    public static Reply post(String url, String rawJson) {
        return send(KIOSK, kiosk(url).header(ApiHeaders.IDEMPOTENCY_KEY, UUID.randomUUID().toString())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(rawJson, StandardCharsets.UTF_8)));
    }

    public static Reply get(String url) {
        return send(KIOSK, kiosk(url).GET());
    }

    /**
     * A request with exactly the headers given (e.g. the sandbox admin token), not as a kiosk; but as the test
     * kiosk named by an {@code X-Budayang-Kiosk} header (left out), over mutual TLS.
     */
    public static Reply send(String method, String url, String body, String... headers) {
        String kiosk = null;
        java.util.List<String> kept = new java.util.ArrayList<>();
        for (int i = 0; i < headers.length; i += 2) {
            if (headers[i].equalsIgnoreCase(ApiHeaders.KIOSK_ID) && TestFleet.isTestKiosk(headers[i + 1])) {
                kiosk = headers[i + 1];
            } else {
                kept.add(headers[i]);
                kept.add(headers[i + 1]);
            }
        }
        headers = kept.toArray(new String[0]);
        String target = kiosk == null ? url : TestFleet.tls(url);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target)).timeout(Duration.ofSeconds(20))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(kiosk == null ? CLIENT : TestFleet.testKiosk(kiosk).client(), request);
    }

    private static HttpRequest.Builder kiosk(String url) {
        return HttpRequest.newBuilder(URI.create(TestFleet.tls(url))).timeout(Duration.ofSeconds(20));
    }

    private static Reply send(String kioskId, HttpRequest.Builder request) {
        return send(TestFleet.testKiosk(kioskId).client(), request);
    }

    private static Reply send(HttpClient client, HttpRequest.Builder request) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = client.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            long millis = (System.nanoTime() - start) / 1_000_000;
            String text = response.body();
            return new Reply(response.statusCode(), text.isEmpty() ? JSON.nullNode() : JSON.readTree(text), millis);
        } catch (IOException e) {
            throw new AssertionError("request failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
