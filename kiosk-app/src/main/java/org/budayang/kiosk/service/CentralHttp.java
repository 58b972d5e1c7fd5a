package org.budayang.kiosk.service;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import javax.net.ssl.SSLException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.NoHttpResponseException;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;
import org.budayang.api.ApiHeaders;

/**
 * The HTTP plumbing of {@link CentralApi}: one pooled Apache HttpClient 5 (connect timeout, response timeout, a
 * stale-connection check before reuse, no automatic retries: the desk decides, with the same idempotency key) —
 * the kiosk's mutual-TLS client when it is enrolled, which proves the kiosk in the TLS handshake — and every way of getting no answer turned into
 * {@code CENTRAL_UNREACHABLE} (retryable) naming the URL and what to check.
 */
final class CentralHttp implements Closeable {
    static final String UNREACHABLE = "CENTRAL_UNREACHABLE";
    static final String UNREACHABLE_CITIZEN = "暂时无法连接政务服务平台，请稍后再试或到窗口办理。";
    /** The largest response body read (a certificate PDF is far smaller). */
    static final int MAX_BODY_BYTES = 16 * 1024 * 1024;

    /** An answer: status, body, whether central replayed an earlier answer for the same key. */
    record Response(int status, byte[] body, String contentType, boolean replayed) {
        String snippet() {
            if (body.length == 0) {
                return "";
            }
            String text = new String(body, 0, Math.min(body.length, 300), StandardCharsets.UTF_8)
                    .replaceAll("\\s+", " ").strip();
            return text + (body.length > 300 ? "…" : "");
        }
    }

    private final URI baseUrl;
    private final String identity;
    private final Duration connectTimeout;
    private final Duration responseTimeout;
    private final CloseableHttpClient http;

    CentralHttp(URI baseUrl, String identity, Duration connectTimeout, Duration responseTimeout) {
        this(baseUrl, identity, connectTimeout, responseTimeout, plainClient(connectTimeout, responseTimeout));
    }

    /** Over a given client (the kiosk's mutual-TLS one); closed with this. */
    CentralHttp(URI baseUrl, String identity, Duration connectTimeout, Duration responseTimeout,
            CloseableHttpClient http) {
        Objects.requireNonNull(baseUrl, "CentralApi.baseUrl is required");
        if (!"http".equalsIgnoreCase(baseUrl.getScheme()) && !"https".equalsIgnoreCase(baseUrl.getScheme())) {
            throw new IllegalArgumentException("CentralApi.baseUrl: '" + baseUrl + "' is not an http(s) URL");
        }
        String text = baseUrl.toString();
        this.baseUrl = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
        this.identity = Objects.requireNonNull(identity, "CentralApi.identity is required");
        this.connectTimeout = Objects.requireNonNull(connectTimeout, "connectTimeout");
        this.responseTimeout = Objects.requireNonNull(responseTimeout, "responseTimeout");
        this.http = Objects.requireNonNull(http, "CentralApi.http");
    }

    private static CloseableHttpClient plainClient(Duration connectTimeout, Duration responseTimeout) {
        return HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.of(connectTimeout))
                                .setSocketTimeout(Timeout.of(responseTimeout))
                                .setValidateAfterInactivity(TimeValue.ZERO_MILLISECONDS)
                                .build())
                        .setMaxConnTotal(8)
                        .setMaxConnPerRoute(8)
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setConnectionRequestTimeout(Timeout.of(connectTimeout))
                        .setResponseTimeout(Timeout.of(responseTimeout))
                        .build())
                .disableAutomaticRetries()
                .disableCookieManagement()
                .setUserAgent("budayang-kiosk")
                .build();
    }

    URI baseUrl() {
        return baseUrl;
    }

    String identity() {
        return identity;
    }

    URI url(String path) {
        return URI.create(baseUrl + path);
    }

    private RequestConfig config(Duration response) {
        return RequestConfig.custom()
                .setConnectionRequestTimeout(Timeout.of(connectTimeout))
                .setResponseTimeout(Timeout.of(response))
                .build();
    }

    /** Sends over the client; {@code timeout} (nullable) replaces the response timeout. */
    Response execute(HttpUriRequestBase request, Duration timeout) throws ServiceFailure {
        if (timeout != null) {
            request.setConfig(config(timeout));
        }
        URI url = uri(request);
        String what = request.getMethod() + " " + url;
        Duration waited = timeout == null ? responseTimeout : timeout;
        try {
            return http.execute(request, response -> {
                Header type = response.getFirstHeader("Content-Type");
                Header replay = response.getFirstHeader(ApiHeaders.IDEMPOTENT_REPLAY);
                return new Response(response.getCode(), read(response.getEntity()),
                        type == null ? "" : type.getValue(), replay != null && "true".equals(replay.getValue()));
            });
        } catch (ConnectTimeoutException e) {
            throw unreachable(what, "connect timed out after " + millis(connectTimeout)
                    + "; check the network between the kiosk and central", e);
        } catch (SocketTimeoutException e) {
            throw unreachable(what, "no answer within " + millis(waited)
                    + "; central or the department system is overloaded or hanging (the request may have arrived:"
                    + " repeat it with the same Idempotency-Key)", e);
        } catch (ConnectException e) {
            throw unreachable(what, "connection refused by " + url.getHost() + ":" + url.getPort()
                    + "; check that central is running and central.url is right", e);
        } catch (UnknownHostException e) {
            throw unreachable(what, "unknown host '" + url.getHost() + "'; check DNS and central.url", e);
        } catch (NoRouteToHostException e) {
            throw unreachable(what, "no route to host " + url.getHost() + "; check the network and routing", e);
        } catch (NoHttpResponseException e) {
            throw unreachable(what, "central closed the connection without answering; it may be restarting", e);
        } catch (SSLException e) {
            throw unreachable(what, "TLS handshake failed (" + e.getMessage() + "); check certificates and clock", e);
        } catch (IOException e) {
            throw unreachable(what, "I/O error " + e, e);
        }
    }

    private static URI uri(HttpUriRequestBase request) {
        try {
            return request.getUri();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("request URI of " + request, e);
        }
    }

    private static byte[] read(HttpEntity entity) throws IOException {
        if (entity == null) {
            return new byte[0];
        }
        try (InputStream in = entity.getContent()) {
            byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
            if (body.length > MAX_BODY_BYTES) {
                throw new IOException("response body larger than " + MAX_BODY_BYTES + " bytes");
            }
            return body;
        }
    }

    private static String millis(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    static ServiceFailure unreachable(String what, String problem, Throwable cause) {
        return new ServiceFailure(UNREACHABLE, what + " failed: " + problem, UNREACHABLE_CITIZEN, true, cause);
    }

    @Override
    public void close() throws IOException {
        http.close();
    }
}
