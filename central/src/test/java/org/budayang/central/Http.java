package org.budayang.central;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.budayang.api.ApiHeaders;

/**
 * A real HTTP client for tests, plus a raw socket for requests no well-behaved client would send. A request
 * whose headers name one of the test kiosks ({@code X-Budayang-Kiosk}, as {@link TestKiosks#auth()} gives) without an
 * {@code Authorization} header is sent as that kiosk: over mutual TLS with its certificate, to the TLS port of
 * the central behind the URL ({@link TestFleet#tls}), the naming header left out.
 */
public final class Http {
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    private Http() {
    }

    public static HttpResponse<String> send(String method, String url, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(10))
                .method(method, HttpRequest.BodyPublishers.noBody());
        return exchange(method, url, request, headers);
    }

    /** Sends {@code body} as application/json (UTF-8) unless the headers give another Content-Type. */
    public static HttpResponse<String> sendBody(String method, String url, String body, String... headers) {
        return sendBytes(method, url, body.getBytes(StandardCharsets.UTF_8), headers);
    }

    public static HttpResponse<String> sendBytes(String method, String url, byte[] body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(10))
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        boolean typed = false;
        for (int i = 0; i < headers.length; i += 2) {
            typed |= headers[i].equalsIgnoreCase("Content-Type");
        }
        if (!typed) {
            request.header("Content-Type", "application/json");
        }
        return exchange(method, url, request, headers);
    }

    private static HttpResponse<String> exchange(String method, String url, HttpRequest.Builder request,
                                                 String... headers) {
        String kiosk = null;
        boolean authorization = false;
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < headers.length; i += 2) {
            if (headers[i].equalsIgnoreCase(ApiHeaders.KIOSK_ID)) {
                kiosk = headers[i + 1];
            } else {
                authorization |= headers[i].equalsIgnoreCase(ApiHeaders.AUTHORIZATION);
            }
        }
        boolean asKiosk = kiosk != null && !authorization && TestFleet.isTestKiosk(kiosk);
        for (int i = 0; i < headers.length; i += 2) {
            if (!(asKiosk && headers[i].equalsIgnoreCase(ApiHeaders.KIOSK_ID))) {
                kept.add(headers[i]);
                kept.add(headers[i + 1]);
            }
        }
        if (!kept.isEmpty()) {
            request.headers(kept.toArray(new String[0]));
        }
        HttpClient client = CLIENT;
        if (asKiosk) {
            client = TestFleet.testKiosk(kiosk).client();
            request.uri(URI.create(TestFleet.tls(url)));
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError(method + " " + url + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(method + " " + url + " was interrupted", e);
        }
    }

    public static HttpResponse<String> get(String url, String... headers) {
        return send("GET", url, headers);
    }

    /** Sends raw bytes to 127.0.0.1:port and returns everything the server answers until it closes. */
    public static String raw(int port, String request) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError("raw request to port " + port + " failed: " + e, e);
        }
    }
}
