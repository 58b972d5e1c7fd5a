package org.budayang.provisioning.fleet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import javax.net.ssl.SSLException;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.budayang.api.ApiHeaders;
import org.budayang.api.fleet.FleetPaths;
import org.budayang.api.fleet.KioskSelf;
import org.budayang.api.fleet.SelftestUpload;
import org.budayang.api.json.ApiJson;
import org.budayang.kiosk.core.enrol.EnrolmentException;
import org.budayang.kiosk.core.enrol.EnrolmentRefusal;
import org.budayang.kiosk.core.enrol.KioskCredentials;
import org.budayang.kiosk.core.enrol.MutualTlsHttpClients;

/**
 * The technician's calls to central over mutual TLS with the kiosk's credentials from enrolment (kiosk-core's
 * {@link MutualTlsHttpClients}: the kiosk's certificate, central's kiosk CA as the only trust anchor): what central
 * sees of this kiosk ({@link FleetPaths#KIOSK_SELF}) and the self-test report ({@link FleetPaths#KIOSK_SELFTESTS}).
 */
public final class CentralClient {
    private final KioskCredentials credentials;
    private final Clock clock;
    private final ObjectMapper json = ApiJson.mapper();

    public CentralClient(KioskCredentials credentials, Clock clock) {
        this.credentials = Objects.requireNonNull(credentials, "CentralClient.credentials is required");
        this.clock = Objects.requireNonNull(clock, "CentralClient.clock is required");
    }

    /**
     * Central's answer with the local clock read just before the request and just after the answer.
     *
     * @param self   what central sees
     * @param sentAt the local clock before the request
     * @param gotAt  the local clock after the answer
     */
    public record Timed(KioskSelf self, Instant sentAt, Instant gotAt) {
        /** central's clock minus the kiosk's (at the middle of the round trip), in milliseconds. */
        public long clockOffsetMillis() {
            long middle = sentAt.toEpochMilli() + (gotAt.toEpochMilli() - sentAt.toEpochMilli()) / 2;
            return self.serverTime().toEpochMilli() - middle;
        }
    }

    /** {@code GET /api/v1/kiosks/self}. */
    public Timed self() {
        HttpGet get = new HttpGet(url(FleetPaths.KIOSK_SELF));
        Instant sentAt = clock.instant();
        JsonNode answer = call(get, 200);
        Instant gotAt = clock.instant();
        return new Timed(read(answer, KioskSelf.class), sentAt, gotAt);
    }

    /** {@code POST /api/v1/kiosks/self/selftests} with the key derived from the report. */
    public KioskSelf.SelftestSummary send(SelftestUpload upload) {
        String body = SelftestUploads.body(upload);
        HttpPost post = new HttpPost(url(FleetPaths.KIOSK_SELFTESTS));
        post.setEntity(new StringEntity(body, ContentType.APPLICATION_JSON));
        post.setHeader(ApiHeaders.IDEMPOTENCY_KEY, SelftestUploads.idempotencyKey(body));
        return read(call(post, 201), KioskSelf.SelftestSummary.class);
    }

    private URI url(String path) {
        String base = credentials.apiUrl().toString();
        return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path);
    }

    private JsonNode call(HttpUriRequestBase request, int expected) {
        URI url;
        try {
            url = request.getUri();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException("bad request URI", e);
        }
        request.setHeader("Accept", "application/json");
        try (CloseableHttpClient client = MutualTlsHttpClients.create(credentials)) {
            return client.execute(request, response -> {
                String text = response.getEntity() == null ? ""
                        : EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8);
                JsonNode parsed;
                try {
                    parsed = text.isBlank() ? json.nullNode() : json.readTree(text);
                } catch (IOException e) {
                    parsed = json.nullNode();
                }
                if (response.getCode() != expected) {
                    String code = parsed.path("code").asText("HTTP_" + response.getCode());
                    throw new CentralCallException(code, "central refused " + request.getMethod() + " "
                            + url.getPath() + " with " + response.getCode() + ": "
                            + parsed.path("detail").asText(shorten(text)), null);
                }
                return parsed;
            });
        } catch (SSLException e) {
            // a certificate not (yet) valid at the kiosk's time is the kiosk's clock, as the panel says at enrolment
            if (EnrolmentRefusal.code(new EnrolmentException("TLS_REFUSED", "", e)).equals("CLOCK_WRONG")) {
                throw new CentralCallException("CLOCK_WRONG", "TLS with central at host " + url.getHost() + ", port "
                        + port(url) + " failed: a certificate is not valid at the kiosk's time " + clock.instant()
                        + " (" + e.getMessage() + "); set the date and time (timedatectl set-ntp true)", e);
            }
            throw new CentralCallException("TLS_REFUSED", "TLS with central at host " + url.getHost() + ", port "
                    + port(url) + " failed (" + e.getMessage() + "); the kiosk's certificate may be revoked or from "
                    + "another central: check status with ops, or enrol again with --force", e);
        } catch (IOException e) {
            throw new CentralCallException("CENTRAL_UNREACHABLE", "cannot reach central at host " + url.getHost()
                    + ", port " + port(url) + " (" + request.getMethod() + " " + url.getPath() + "): "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        }
    }

    private <T> T read(JsonNode answer, Class<T> type) {
        try {
            return json.treeToValue(answer, type);
        } catch (IOException | IllegalArgumentException e) {
            throw new CentralCallException("ANSWER_INVALID", "central's answer is not a " + type.getSimpleName()
                    + ": " + e.getMessage(), e);
        }
    }

    private static int port(URI url) {
        return url.getPort() > 0 ? url.getPort() : 443;
    }

    private static String shorten(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "…";
    }
}
