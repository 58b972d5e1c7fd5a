package org.budayang.kiosk.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.Optional;
import javax.net.ssl.SSLException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.HttpStatus;
import org.apache.hc.core5.http.NoHttpResponseException;
import org.apache.hc.core5.http.impl.EnglishReasonPhraseCatalog;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;
import org.budayang.api.ApiHeaders;
import org.budayang.api.ApiPaths;
import org.budayang.api.catalog.Catalog;
import org.budayang.api.health.HealthStatus;
import org.budayang.api.json.ApiJson;

/**
 * The kiosk's HTTP client for central's catalogue and health endpoints (Apache HttpClient 5, classic).
 *
 * <p>Connect timeout 2 s, response timeout 5 s, no automatic retries (the caller decides when to try
 * again). Every failure becomes a {@link CentralUnavailableException} that names the URL and what
 * happened. The catalogue is fetched conditionally with {@code If-None-Match: "<version>"}; central
 * answers 304 when the version is current. Thread-safe; close it when the kiosk stops.
 */
public final class CentralClient implements Closeable {
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(2);
    public static final Duration DEFAULT_RESPONSE_TIMEOUT = Duration.ofSeconds(5);
    /** The largest response body read, so that a misbehaving server cannot exhaust the heap. */
    static final int MAX_BODY_BYTES = 16 * 1024 * 1024;

    private final URI baseUrl;
    private final Duration connectTimeout;
    private final Duration responseTimeout;
    private final CloseableHttpClient http;
    private final ObjectMapper json = ApiJson.mapper();

    /** A client with the default timeouts. */
    public CentralClient(URI baseUrl) {
        this(baseUrl, DEFAULT_CONNECT_TIMEOUT, DEFAULT_RESPONSE_TIMEOUT);
    }

    public CentralClient(URI baseUrl, Duration connectTimeout, Duration responseTimeout) {
        this(baseUrl, connectTimeout, responseTimeout, plainClient(connectTimeout, responseTimeout));
    }

    /**
     * A client over a given HTTP client, e.g. the kiosk's mutual-TLS one
     * ({@code MutualTlsHttpClients.create(credentials)} with the credentials' {@code apiUrl}); the timeouts are
     * that client's. The client is closed with this one.
     */
    public CentralClient(CloseableHttpClient http, URI baseUrl) {
        this(baseUrl, DEFAULT_CONNECT_TIMEOUT, DEFAULT_RESPONSE_TIMEOUT, Objects.requireNonNull(http, "http"));
    }

    private CentralClient(URI baseUrl, Duration connectTimeout, Duration responseTimeout, CloseableHttpClient http) {
        Objects.requireNonNull(baseUrl, "CentralClient.baseUrl is required");
        if (!"http".equalsIgnoreCase(baseUrl.getScheme()) && !"https".equalsIgnoreCase(baseUrl.getScheme())) {
            throw new IllegalArgumentException("CentralClient.baseUrl: '" + baseUrl + "' is not an http(s) URL");
        }
        String text = baseUrl.toString();
        this.baseUrl = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
        this.connectTimeout = Objects.requireNonNull(connectTimeout, "connectTimeout");
        this.responseTimeout = Objects.requireNonNull(responseTimeout, "responseTimeout");
        this.http = http;
    }

    private static CloseableHttpClient plainClient(Duration connectTimeout, Duration responseTimeout) {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(responseTimeout, "responseTimeout");
        ConnectionConfig connection = ConnectionConfig.custom()
                .setConnectTimeout(Timeout.of(connectTimeout))
                .setSocketTimeout(Timeout.of(responseTimeout))
                // the kiosk asks rarely, so a kept-alive connection is often stale (central restarted):
                // check it before every reuse instead of failing the request
                .setValidateAfterInactivity(TimeValue.ZERO_MILLISECONDS)
                .build();
        RequestConfig request = RequestConfig.custom()
                .setConnectionRequestTimeout(Timeout.of(connectTimeout))
                .setResponseTimeout(Timeout.of(responseTimeout))
                .build();
        return HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDefaultConnectionConfig(connection)
                        .build())
                .setDefaultRequestConfig(request)
                .disableAutomaticRetries()
                .disableCookieManagement()
                .setUserAgent("budayang-kiosk")
                .build();
    }

    /** The base URL requests go to. */
    public URI baseUrl() {
        return baseUrl;
    }

    /** Fetches the whole catalogue. */
    public Catalog fetchCatalog() throws CentralUnavailableException {
        return fetchCatalogIfChanged(null).orElseThrow(() -> new CentralUnavailableException(url(ApiPaths.CATALOG),
                "HTTP 304 Not Modified to a request without If-None-Match; central is misbehaving", null));
    }

    /**
     * Fetches the catalogue unless central's version equals {@code knownVersion}.
     *
     * @param knownVersion the version the kiosk holds, or null to fetch unconditionally
     * @return the new catalogue, or empty when central answered 304 Not Modified
     */
    public Optional<Catalog> fetchCatalogIfChanged(String knownVersion) throws CentralUnavailableException {
        URI url = url(ApiPaths.CATALOG);
        HttpGet get = new HttpGet(url);
        get.setHeader(HttpHeaders.ACCEPT, "application/json");
        if (knownVersion != null) {
            get.setHeader(HttpHeaders.IF_NONE_MATCH, "\"" + knownVersion + "\"");
        }
        Response response = execute(get, url);
        if (knownVersion != null && response.status == HttpStatus.SC_NOT_MODIFIED) {
            return Optional.empty();
        }
        return Optional.of(parse(response, url, Catalog.class));
    }

    /** Asks central for its health. */
    public HealthStatus health() throws CentralUnavailableException {
        URI url = url(ApiPaths.HEALTH);
        HttpGet get = new HttpGet(url);
        get.setHeader(HttpHeaders.ACCEPT, "application/json");
        return parse(execute(get, url), url, HealthStatus.class);
    }

    /** The answer to a {@link #post}: its status and at most 200 characters of its body (for messages). */
    public record PostResponse(int status, String snippet) {
    }

    /**
     * POSTs a JSON body with {@code Idempotency-Key: <idempotencyKey>} (the kiosk's outbox). Any status is
     * returned for the caller to judge; only a failure to get an answer throws.
     *
     * @param path e.g. {@code /api/v1/evaluations}
     */
    public PostResponse post(String path, String idempotencyKey, String jsonBody) throws CentralUnavailableException {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey is required");
        URI url = url(path);
        HttpPost post = new HttpPost(url);
        post.setHeader(HttpHeaders.ACCEPT, "application/json");
        post.setHeader(ApiHeaders.IDEMPOTENCY_KEY, idempotencyKey);
        post.setEntity(new StringEntity(jsonBody, ContentType.APPLICATION_JSON));
        Response response = execute(post, url);
        return new PostResponse(response.status, snippet(response.body).replaceFirst("^ \\(body: (.*)\\)$", "$1"));
    }

    @Override
    public void close() throws IOException {
        http.close();
    }

    private URI url(String path) {
        return URI.create(baseUrl + path);
    }

    private record Response(int status, byte[] body) {
    }

    private Response execute(HttpUriRequestBase get, URI url) throws CentralUnavailableException {
        try {
            return http.execute(get, response -> new Response(response.getCode(), read(response.getEntity())));
        } catch (ConnectTimeoutException e) {
            throw unavailable(url, "connect timed out after " + seconds(connectTimeout)
                    + "; check the network between the kiosk and central", e);
        } catch (SocketTimeoutException e) {
            throw unavailable(url, "timed out after " + seconds(responseTimeout)
                    + " waiting for the response; central is overloaded or hanging", e);
        } catch (ConnectException e) {
            throw unavailable(url, "connection refused by " + url.getHost() + ":" + port(url)
                    + "; check that central is running and that central.url in the kiosk configuration is right", e);
        } catch (UnknownHostException e) {
            throw unavailable(url, "unknown host '" + url.getHost() + "'; check DNS and central.url", e);
        } catch (NoRouteToHostException e) {
            throw unavailable(url, "no route to host " + url.getHost() + "; check the network cable and routing", e);
        } catch (NoHttpResponseException e) {
            throw unavailable(url, "central closed the connection without answering; it may be restarting", e);
        } catch (SSLException e) {
            throw unavailable(url, "TLS handshake failed (" + e.getMessage() + "); check certificates and clock", e);
        } catch (IOException e) {
            throw unavailable(url, "I/O error " + e, e);
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

    private <T> T parse(Response response, URI url, Class<T> type) throws CentralUnavailableException {
        if (response.status != HttpStatus.SC_OK) {
            String reason = EnglishReasonPhraseCatalog.INSTANCE.getReason(response.status, null);
            throw unavailable(url, "HTTP " + response.status + (reason == null ? "" : " " + reason)
                    + snippet(response.body), null);
        }
        T value;
        try {
            value = json.readValue(response.body, type);
        } catch (JsonProcessingException e) {
            throw unavailable(url, JsonProblems.describe(e), e);
        } catch (IOException e) {
            throw unavailable(url, "cannot read the JSON body: " + e, e);
        }
        if (value == null) {
            throw unavailable(url, "invalid JSON: the body is empty or null, expected a " + type.getSimpleName(), null);
        }
        return value;
    }

    private static String snippet(byte[] body) {
        if (body.length == 0) {
            return "";
        }
        String text = new String(body, 0, Math.min(body.length, 200), StandardCharsets.UTF_8)
                .replaceAll("\\s+", " ").strip();
        return text.isEmpty() ? "" : " (body: " + text + (body.length > 200 ? "…" : "") + ")";
    }

    private static int port(URI url) {
        if (url.getPort() != -1) {
            return url.getPort();
        }
        return "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    private static CentralUnavailableException unavailable(URI url, String problem, Throwable cause) {
        return new CentralUnavailableException(url, problem, cause);
    }
}
