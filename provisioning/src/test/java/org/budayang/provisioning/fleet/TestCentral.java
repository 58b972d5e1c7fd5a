package org.budayang.provisioning.fleet;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.budayang.api.fleet.FleetPaths;
import org.budayang.api.json.ApiJson;
import org.budayang.central.CentralMain;
import org.budayang.central.CentralOptions;
import org.budayang.central.CentralServer;
import org.budayang.kiosk.core.enrol.KioskCredentials;
import org.budayang.kiosk.core.enrol.MutualTlsHttpClients;

/**
 * The REAL central in this JVM (H2 under {@code dir}, its own kiosk CA, plain HTTP for ops and mutual TLS for kiosks,
 * both on port 0), with a clock the tests can move (codes valid 10 minutes, so moving 11 minutes expires one). Ops
 * create codes with the ops token central writes on first start, as the ops console does.
 */
final class TestCentral implements AutoCloseable {
    /** central's clock: the system's plus an offset the test sets. */
    static final class MovableClock extends Clock {
        private volatile Duration offset = Duration.ZERO;

        void move(Duration by) {
            offset = by;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset);
        }
    }

    final MovableClock clock = new MovableClock();
    private final Path dir;
    private final CentralServer server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    TestCentral(Path dir) throws IOException {
        this.dir = dir;
        Path config = dir.resolve("central.properties");
        Files.createDirectories(dir);
        Files.writeString(config, "tls.port=0\nfleet.codeValidity=PT10M\n", StandardCharsets.UTF_8);
        CentralOptions options = new CentralOptions(CentralOptions.Command.SERVE, "127.0.0.1", 0, Optional.empty(),
                Optional.empty(), Optional.of(config), dir.resolve("data"), Optional.empty(), Optional.empty(), false);
        server = CentralMain.start(options, clock);
    }

    /** central's mutual-TLS base URL, e.g. {@code https://127.0.0.1:41234}. */
    String tlsUrl() {
        return server.tlsUrl().orElseThrow();
    }

    /** A new code sheet from ops ({@code POST /api/v1/ops/enrolment-codes}): code, caFingerprint, enrolUrl. */
    JsonNode newCode() throws IOException, InterruptedException {
        String token = Files.readString(dir.resolve("data").resolve("ops-token")).strip();
        String body = "{\"regionCode\":\"620102000000\",\"siteType\":\"BANK\",\"address\":\"城关区测试路 3 号\","
                + "\"hostOrganisation\":\"某银行城关支行\",\"contact\":\"大堂经理 0931-1111111\"}";
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(server.url()
                        + "/api/v1/ops/enrolment-codes"))
                .header("Authorization", "Bearer " + token).header(FleetPaths.OPS_USER_HEADER, "test.operator")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 201) {
            throw new IllegalStateException("ops could not create a code: " + answer.statusCode() + " " + answer.body());
        }
        return ApiJson.mapper().readTree(answer.body());
    }

    /** What central answers the kiosk of {@code credentials} on {@code GET /api/v1/kiosks/self}, with java.net.http. */
    JsonNode self(KioskCredentials credentials) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().sslContext(MutualTlsHttpClients.sslContext(credentials))
                .connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(credentials.apiUrl()
                + FleetPaths.KIOSK_SELF)).timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("GET kiosks/self: " + answer.statusCode() + " " + answer.body());
        }
        return ApiJson.mapper().readTree(answer.body());
    }

    @Override
    public void close() {
        server.stop();
    }
}
