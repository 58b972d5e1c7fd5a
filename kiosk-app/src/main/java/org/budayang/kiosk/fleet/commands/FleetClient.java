package org.budayang.kiosk.fleet.commands;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.net.ssl.SSLContext;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.util.Timeout;
import org.budayang.api.ApiHeaders;
import org.budayang.api.fleet.CommandResult;
import org.budayang.api.fleet.FleetPaths;
import org.budayang.api.fleet.KioskCommand;
import org.budayang.api.json.ApiJson;
import org.budayang.kiosk.core.enrol.KioskCredentials;
import org.budayang.kiosk.core.enrol.MutualTlsHttpClients;
import org.budayang.kiosk.fleet.telemetry.NetworkStats;
import org.budayang.kiosk.journal.Delivery;
import org.budayang.kiosk.journal.OutboxRecord;
import org.budayang.kiosk.journal.Sender;

/**
 * The kiosk's fleet calls to central (Apache HttpClient 5) over mutual TLS with the client certificate from
 * enrolment ({@link #mutualTls}, decision 0014): no header names the kiosk, central reads the certificate. The calls: the command poll (held open by central up
 * to {@code wait}), command results (key {@code result-<commandId>}, the same on every retry), and, as a journal
 * {@link Sender}, the outbox's records. Every call's round trip or failure goes to {@link NetworkStats} for the
 * heartbeat.
 */
public final class FleetClient implements Sender, Closeable {
    private final URI baseUrl;
    private final String identity;
    private final NetworkStats network;
    private final CloseableHttpClient http;
    private final ObjectMapper json = ApiJson.mapper();

    /** An answer's status and body (at most 64 KiB kept). */
    public record Answer(int status, String body) {
    }

    /**
     * Over mutual TLS to central's URL from enrolment ({@link KioskCredentials#apiUrl()}), presenting the kiosk's
     * certificate and trusting central's kiosk CA only ({@link MutualTlsHttpClients#sslContext}); no header names
     * the kiosk, central reads the certificate.
     */
    public static FleetClient mutualTls(KioskCredentials credentials, NetworkStats network) {
        Objects.requireNonNull(credentials, "credentials");
        return mutualTls(credentials, credentials.apiUrl(), network);
    }

    /** Over mutual TLS with the kiosk's certificate to {@code baseUrl} (a server that trusts central's kiosk CA). */
    public static FleetClient mutualTls(KioskCredentials credentials, URI baseUrl, NetworkStats network) {
        Objects.requireNonNull(credentials, "credentials");
        return new FleetClient(baseUrl, "kiosk " + credentials.kioskId() + " (client certificate, mutual TLS)",
                MutualTlsHttpClients.sslContext(credentials), network);
    }

    /**
     * @param identity what the calls prove the kiosk to be, for logs
     * @param tls      the TLS context for an https {@code baseUrl} (the kiosk's key and central's CA); null for no
     *                 client certificate (an http URL: central refuses every fleet call then)
     */
    public FleetClient(URI baseUrl, String identity, SSLContext tls, NetworkStats network) {
        String text = Objects.requireNonNull(baseUrl, "baseUrl").toString();
        this.baseUrl = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
        this.identity = Objects.requireNonNull(identity, "identity");
        this.network = Objects.requireNonNull(network, "network");
        PoolingHttpClientConnectionManagerBuilder connections = PoolingHttpClientConnectionManagerBuilder.create()
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.ofSeconds(3))
                        .setSocketTimeout(Timeout.ofSeconds(70)).build());
        if (tls != null) {
            connections.setTlsSocketStrategy(ClientTlsStrategyBuilder.create().setSslContext(tls)
                    .setTlsVersions("TLSv1.3", "TLSv1.2").buildClassic());
        }
        this.http = HttpClients.custom()
                .setConnectionManager(connections.build())
                .setDefaultRequestConfig(RequestConfig.custom().setConnectionRequestTimeout(Timeout.ofSeconds(3))
                        .setResponseTimeout(Timeout.ofSeconds(70)).build())
                .disableAutomaticRetries()
                .disableCookieManagement()
                .setUserAgent("budayang-kiosk")
                .build();
    }

    /** What the calls authenticate as, for logs (never a secret). */
    public String describeAuth() {
        return identity;
    }

    /** {@code GET /api/v1/commands?waitSeconds=<wait>}: the pending commands (empty after the wait). */
    public List<KioskCommand> poll(Duration wait) throws FleetUnavailableException {
        URI url = URI.create(baseUrl + FleetPaths.COMMANDS + "?waitSeconds=" + wait.toSeconds());
        Answer answer = execute(new HttpGet(url), url);
        if (answer.status() != 200) {
            throw new FleetUnavailableException("GET " + url + " answered HTTP " + answer.status() + ": "
                    + snippet(answer.body()), null);
        }
        try {
            List<KioskCommand> commands = new ArrayList<>();
            for (JsonNode node : json.readTree(answer.body()).path("commands")) {
                commands.add(json.treeToValue(node, KioskCommand.class));
            }
            return commands;
        } catch (IOException | IllegalArgumentException e) {
            throw new FleetUnavailableException("GET " + url + " answered commands the kiosk cannot read: "
                    + e.getMessage(), e);
        }
    }

    /** {@code POST /api/v1/commands/{id}/result} with the key {@code result-<id>}; any status is returned. */
    public Answer postResult(String commandId, CommandResult result) throws FleetUnavailableException {
        return post(FleetPaths.commandResult(commandId), "result-" + commandId, json(result));
    }

    /** POSTs a JSON body with an idempotency key; any status is returned, only a failure to get one throws. */
    public Answer post(String path, String idempotencyKey, String body) throws FleetUnavailableException {
        URI url = URI.create(baseUrl + path);
        HttpPost post = new HttpPost(url);
        post.setHeader(ApiHeaders.IDEMPOTENCY_KEY, idempotencyKey);
        post.setEntity(new StringEntity(body, ContentType.APPLICATION_JSON));
        return execute(post, url);
    }

    @Override
    public Delivery send(OutboxRecord record) {
        try {
            Answer answer = post(record.path(), record.idempotencyKey(), record.body());
            return Delivery.ofHttpStatus(answer.status(), snippet(answer.body()));
        } catch (FleetUnavailableException e) {
            return new Delivery(Delivery.Outcome.RETRY, e.getMessage());
        }
    }

    private Answer execute(HttpUriRequestBase request, URI url) throws FleetUnavailableException {
        request.setHeader("Accept", "application/json");
        long started = System.nanoTime();
        try {
            Answer answer = http.execute(request, response -> new Answer(response.getCode(),
                    response.getEntity() == null ? "" : EntityUtils.toString(response.getEntity(), 65_536)));
            network.succeeded((System.nanoTime() - started) / 1_000_000);
            return answer;
        } catch (IOException | RuntimeException e) {
            network.failed();
            throw new FleetUnavailableException(request.getMethod() + " " + url + " failed: " + e
                    + "; check the network between the kiosk and central", e);
        }
    }

    private String json(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    private static String snippet(String body) {
        String flat = body.replaceAll("\\s+", " ").strip();
        return flat.length() > 200 ? flat.substring(0, 200) + "…" : flat;
    }

    @Override
    public void close() throws IOException {
        http.close();
    }
}
