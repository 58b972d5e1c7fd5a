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
 * The one place the identity tests call central as a kiosk: as the test kiosk over mutual TLS (its
 * certificate, the central's TLS port, {@link org.budayang.central.TestFleet}) with a fresh idempotency key on
 * each POST.
 */
final class IdentityHttp {
    static final String KIOSK_ID = org.budayang.central.TestKiosks.KIOSK;

    private IdentityHttp() {
    }

    static HttpResponse<String> post(String url, String json) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(org.budayang.central.TestFleet.tls(url)))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header(ApiHeaders.IDEMPOTENCY_KEY, UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build();
        try {
            return org.budayang.central.TestFleet.testKiosk(KIOSK_ID).client().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError("POST " + url + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("POST " + url + " was interrupted", e);
        }
    }
}
