package org.budayang.kiosk.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.budayang.api.ApiHeaders;
import org.budayang.api.fleet.CommandResult;
import org.budayang.api.fleet.CommandType;
import org.budayang.api.fleet.FleetPaths;
import org.budayang.api.fleet.Heartbeat;
import org.budayang.api.fleet.KioskCommand;
import org.budayang.api.fleet.NetworkQuality;
import org.budayang.api.json.ApiJson;
import org.budayang.central.CentralMain;
import org.budayang.central.CentralOptions;
import org.budayang.central.CentralServer;
import org.budayang.kiosk.fleet.commands.FleetClient;
import org.budayang.kiosk.fleet.commands.FleetUnavailableException;
import org.budayang.kiosk.core.enrol.KioskCredentials;
import org.budayang.kiosk.core.enrol.KioskEnrolment;
import org.budayang.kiosk.fleet.telemetry.NetworkStats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kiosk's FleetClient against the REAL central (CentralMain in this JVM, test scope only, with no kiosk
 * secret configured: mutual TLS only): the kiosk enrols with the demo code sheet central writes, then polls,
 * reports a result and sends a heartbeat over mutual TLS with its certificate; without one central refuses.
 */
class FleetClientMutualTlsTest {
    @TempDir
    Path dir;

    @Test
    void anEnrolledKioskPollsReportsAndBeatsOverMutualTlsAndWithoutItsCertificateIsRefused() throws Exception {
        Path sheet = dir.resolve("sheet.json");
        Files.writeString(dir.resolve("central.properties"), "fleet.demoEnrolmentSheet=" + sheet + "\n",
                StandardCharsets.UTF_8);
        CentralServer central = CentralMain.start(CentralOptions.parse("--port", "0", "--data-dir",
                dir.resolve("central").toString(), "--config", dir.resolve("central.properties").toString()),
                Clock.systemUTC());
        try {
            KioskCredentials credentials = new KioskEnrolment(dir.resolve("kiosk"), Clock.systemUTC(),
                    new SecureRandom()).ensureEnrolled(sheet, "测试机");
            assertTrue(credentials.apiUrl().toString().startsWith("https://"), credentials.apiUrl().toString());
            NetworkStats stats = new NetworkStats();
            try (FleetClient client = FleetClient.mutualTls(credentials, stats)) {
                assertTrue(client.describeAuth().contains(credentials.kioskId()), client.describeAuth());
                assertEquals(List.of(), client.poll(Duration.ZERO));

                HttpResponse<String> created = ops(central, credentials.kioskId());
                assertEquals(201, created.statusCode(), created.body());
                List<KioskCommand> polled = client.poll(Duration.ZERO);
                assertEquals(1, polled.size());
                assertEquals(CommandType.RELOAD_CATALOG, polled.get(0).type());
                FleetClient.Answer result = client.postResult(polled.get(0).commandId(),
                        CommandResult.done("catalogue reloaded", Instant.now()));
                assertEquals(200, result.status(), result.body());
                assertTrue(result.body().contains("\"counted\":true"), result.body());

                Heartbeat heartbeat = new Heartbeat("0.1.0-test", Instant.now(), 60, List.of(),
                        new NetworkQuality(5L, 0, 0), 8_000_000_000L, 64_000_000L, 256_000_000L, null, "attract");
                FleetClient.Answer beat = client.post(FleetPaths.HEARTBEATS, UUID.randomUUID().toString(),
                        ApiJson.mapper().writeValueAsString(heartbeat));
                assertEquals(202, beat.status(), beat.body());
                assertEquals(0, stats.takeQuality().failures());
            }

            try (FleetClient anonymous = new FleetClient(URI.create(central.url()), "no certificate",
                    null, new NetworkStats())) {
                FleetUnavailableException refused = assertThrows(FleetUnavailableException.class,
                        () -> anonymous.poll(Duration.ZERO));
                assertTrue(refused.getMessage().contains("HTTP 401") && refused.getMessage()
                        .contains("KIOSK_CERTIFICATE_MISSING"), refused.getMessage());
            }
        } finally {
            central.stop();
        }
    }

    /** Ops create a RELOAD_CATALOG command with the ops token central wrote into its data dir. */
    private HttpResponse<String> ops(CentralServer central, String kioskId) throws Exception {
        String token = Files.readString(dir.resolve("central").resolve("ops-token")).strip();
        HttpRequest request = HttpRequest.newBuilder(URI.create(central.url()
                        + FleetPaths.OPS_KIOSK_COMMANDS.replace("{kioskId}", kioskId)))
                .header(ApiHeaders.AUTHORIZATION, ApiHeaders.BEARER_PREFIX + token)
                .header(FleetPaths.OPS_USER_HEADER, "test.operator")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"type\":\"RELOAD_CATALOG\"}")).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
