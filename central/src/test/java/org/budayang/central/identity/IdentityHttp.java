package org.budayang.central.identity;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.budayang.api.ApiHeaders;

/**
 * The one place the identity tests call central as a kiosk: kiosk id, bearer secret and a fresh
 * idempotency key on each POST (the lead plugs the real test kiosk credentials in here).
 */
final class IdentityHttp {
    static final String KIOSK_ID = "test-kiosk-620102-001";
    static final String KIOSK_SECRET = "test-kiosk-secret";
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1).build();

    private IdentityHttp() {
    }

    static HttpResponse<String> post(String url, String json) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header(ApiHeaders.KIOSK_ID, KIOSK_ID)
                .header(ApiHeaders.AUTHORIZATION, ApiHeaders.BEARER_PREFIX + KIOSK_SECRET)
                .header(ApiHeaders.IDEMPOTENCY_KEY, UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build();
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError("POST " + url + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("POST " + url + " was interrupted", e);
        }
    }
}
