package org.budayang.central.documents;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

/**
 * The one place the documents tests send requests from: kiosk calls go as the test kiosk over mutual TLS
 * (its certificate, the central's TLS port, {@link org.budayang.central.TestFleet}) with (POST) an
 * idempotency key; public calls go over plain HTTP without credentials.
 */
final class KioskHttp {
    static final String KIOSK_ID = org.budayang.central.TestKiosks.KIOSK;
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1).build();

    private KioskHttp() {
    }

    static HttpRequest.Builder kiosk(String url) {
        return HttpRequest.newBuilder(URI.create(org.budayang.central.TestFleet.tls(url)))
                .timeout(Duration.ofSeconds(30));
    }

    static HttpResponse<String> postJson(String url, String json) {
        return sendAsKiosk(kiosk(url).header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<byte[]> getBytes(String url) {
        return sendAsKiosk(kiosk(url).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A public request, as a phone would send it: no kiosk headers. */
    static HttpResponse<String> publicGet(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> publicPost(String url, String contentType, byte[] body, String accept) {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", contentType).header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static <T> HttpResponse<T> sendAsKiosk(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        return send(org.budayang.central.TestFleet.testKiosk(KIOSK_ID).client(), request, handler);
    }

    private static <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        return send(CLIENT, request, handler);
    }

    private static <T> HttpResponse<T> send(HttpClient client, HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return client.send(request, handler);
        } catch (IOException e) {
            throw new AssertionError(request.method() + " " + request.uri() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(request.method() + " " + request.uri() + " was interrupted", e);
        }
    }
}
