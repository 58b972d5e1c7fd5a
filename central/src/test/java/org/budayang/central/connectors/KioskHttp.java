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

/**
 * The one place the connector tests call central as a kiosk: it sends the kiosk id, the bearer
 * secret and (for POST) an idempotency key, so the real test kiosk credentials plug in here.
 */
public final class KioskHttp {
    public static final String KIOSK_ID = "test-kiosk-001";
    public static final String KIOSK_SECRET = "test-kiosk-secret-0123456789";
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
        return send(kiosk(url).header(ApiHeaders.IDEMPOTENCY_KEY, UUID.randomUUID().toString())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(rawJson, StandardCharsets.UTF_8)));
    }

    public static Reply get(String url) {
        return send(kiosk(url).GET());
    }

    /** A request with exactly the headers given (e.g. the sandbox admin token), not as a kiosk. */
    public static Reply send(String method, String url, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request);
    }

    private static HttpRequest.Builder kiosk(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20))
                .header(ApiHeaders.KIOSK_ID, KIOSK_ID)
                .header("Authorization", "Bearer " + KIOSK_SECRET);
    }

    private static Reply send(HttpRequest.Builder request) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = CLIENT.send(request.build(),
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
