package org.budayang.central.fleet;

import static org.budayang.central.fleet.FleetFixture.first;
import static org.budayang.central.fleet.FleetFixture.NO_SECRET;
import static org.budayang.central.fleet.FleetFixture.json;
import static org.budayang.central.fleet.FleetFixture.kiosk;
import static org.budayang.central.fleet.FleetFixture.ops;
import static org.budayang.central.fleet.FleetFixture.tree;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.budayang.api.fleet.CommandRequest;
import org.budayang.api.fleet.CommandResult;
import org.budayang.api.fleet.CommandType;
import org.budayang.api.fleet.FleetPaths;
import org.budayang.central.Http;
import org.budayang.central.TestKiosks;
import org.budayang.central.db.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Remote commands over real HTTP: created by ops (token + user, audited), delivered at least once to the kiosk's
 * poll (held open until a command arrives), the first result counts and a replayed one is ignored, commands never
 * picked up expire, attachments come back to ops.
 */
class CommandsHttpTest {
    private static final Instant T0 = Instant.parse("2026-11-27T08:00:00Z");

    @ParameterizedTest
    @MethodSource("org.budayang.central.db.TestDatabases#both")
    void opsCreateTheKioskPollsExecutesOnceAndEveryStepIsAudited(TestDatabases.Kind kind) throws Exception {
        try (FleetFixture fleet = new FleetFixture(kind, T0, Map.of())) {
            String create = fleet.url(FleetPaths.OPS_KIOSK_COMMANDS.replace("{kioskId}", TestKiosks.KIOSK));
            String outOfService = json(new CommandRequest(CommandType.OUT_OF_SERVICE, "设备维护中，请到3号窗口办理", null,
                    null, null));
            assertEquals(401, Http.sendBody("POST", create, outOfService).statusCode(), "no ops token");
            HttpResponse<String> noUser = Http.sendBody("POST", create, outOfService,
                    "Authorization", "Bearer " + FleetFixture.OPS_TOKEN);
            assertEquals(400, noUser.statusCode());
            assertEquals("OPS_USER_MISSING", tree(noUser).get("code").asText());
            assertEquals(404, Http.sendBody("POST", fleet.url(FleetPaths.OPS_KIOSK_COMMANDS.replace("{kioskId}",
                    "KSK-620102000000-0999")), outOfService, ops("wang.fang")).statusCode(), "not enrolled");
            HttpResponse<String> invalid = Http.sendBody("POST", create, "{\"type\":\"OUT_OF_SERVICE\"}",
                    ops("wang.fang"));
            assertEquals(400, invalid.statusCode());
            assertTrue(tree(invalid).get("detail").asText().startsWith("The value at '$' was refused: "
                    + "CommandRequest.message must not be blank"), invalid.body());

            HttpResponse<String> created = Http.sendBody("POST", create, outOfService, ops("wang.fang"));
            assertEquals(201, created.statusCode(), created.body());
            String id = tree(created).get("command").get("commandId").asText();
            assertEquals("QUEUED", tree(created).get("state").asText());

            List<JsonNode> polled = poll(fleet, TestKiosks.KIOSK, NO_SECRET, 0);
            assertEquals(1, polled.size());
            assertEquals("设备维护中，请到3号窗口办理", polled.get(0).get("message").asText());
            assertEquals(id, poll(fleet, TestKiosks.KIOSK, NO_SECRET, 0).get(0).get("commandId").asText(),
                    "delivered again until its result arrives (the kiosk may have crashed)");
            assertEquals(List.of(), poll(fleet, TestKiosks.OTHER_KIOSK, NO_SECRET, 0));

            String resultUrl = fleet.url(FleetPaths.commandResult(id));
            String done = json(CommandResult.done("out of service shown", T0.plusSeconds(5)));
            HttpResponse<String> foreign = Http.sendBody("POST", resultUrl, done,
                    kiosk(TestKiosks.OTHER_KIOSK, NO_SECRET, FleetFixture.key()));
            assertEquals(404, foreign.statusCode(), "another kiosk's command");
            HttpResponse<String> counted = Http.sendBody("POST", resultUrl, done, first(FleetFixture.key()));
            assertEquals(200, counted.statusCode(), counted.body());
            assertTrue(tree(counted).get("counted").asBoolean());
            HttpResponse<String> replayed = Http.sendBody("POST", resultUrl,
                    json(CommandResult.failed("RESTARTED", "late copy", T0.plusSeconds(9))), first(FleetFixture.key()));
            assertEquals(200, replayed.statusCode());
            assertTrue(!tree(replayed).get("counted").asBoolean(), "a replayed result is ignored");
            assertEquals("DONE", tree(replayed).get("state").asText());
            assertEquals(List.of(), poll(fleet, TestKiosks.KIOSK, NO_SECRET, 0));

            HttpResponse<String> audit = Http.get(fleet.url(FleetPaths.OPS + "/commands/" + id + "/audit"),
                    ops("li.ming"));
            List<String> trail = new ArrayList<>();
            tree(audit).get("audit").forEach(line -> trail.add(line.get("action").asText() + " by "
                    + line.get("actor").asText()));
            assertEquals(List.of("CREATED by wang.fang", "DELIVERED by " + TestKiosks.KIOSK,
                    "DELIVERED by " + TestKiosks.KIOSK, "RESULT by " + TestKiosks.KIOSK,
                    "RESULT_IGNORED by " + TestKiosks.KIOSK), trail);
            HttpResponse<String> list = Http.get(create, ops("li.ming"));
            JsonNode status = tree(list).get("commands").get(0);
            assertEquals(2, status.get("deliveries").asInt());
            assertEquals("wang.fang", status.get("createdBy").asText());
        }
    }

    @ParameterizedTest
    @MethodSource("org.budayang.central.db.TestDatabases#both")
    void aHeldPollAnswersWhenACommandArrivesUnpickedCommandsExpireAndAttachmentsReachOps(TestDatabases.Kind kind)
            throws Exception {
        try (FleetFixture fleet = new FleetFixture(kind, T0, Map.of())) {
            String create = fleet.url(FleetPaths.OPS_KIOSK_COMMANDS.replace("{kioskId}", TestKiosks.KIOSK));
            assertEquals(List.of(), poll(fleet, TestKiosks.KIOSK, NO_SECRET, 0), "nothing yet (and the "
                    + "kiosk's credentials verified once, so the held poll below starts at once)");
            CompletableFuture<List<JsonNode>> held = CompletableFuture.supplyAsync(() ->
                    poll(fleet, TestKiosks.KIOSK, NO_SECRET, 20));
            Thread.sleep(500);
            assertTrue(!held.isDone(), "the poll waits while there is nothing");
            HttpResponse<String> created = Http.sendBody("POST", create,
                    json(new CommandRequest(CommandType.SCREENSHOT, null, null, null, null)), ops("wang.fang"));
            long started = System.nanoTime();
            List<JsonNode> woken = held.get(10, TimeUnit.SECONDS);
            long waitedMillis = (System.nanoTime() - started) / 1_000_000;
            assertEquals(1, woken.size());
            assertEquals("SCREENSHOT", woken.get(0).get("type").asText());
            assertTrue(waitedMillis < 3_000, "answered when the command arrived, not after 20 s: " + waitedMillis);

            byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 1, 2, 3};
            String id = tree(created).get("command").get("commandId").asText();
            assertEquals(200, Http.sendBody("POST", fleet.url(FleetPaths.commandResult(id)),
                    json(CommandResult.withAttachment("1080x1920", T0, "image/png", png)),
                    first(FleetFixture.key())).statusCode());
            HttpResponse<byte[]> attachment = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(fleet.url(
                            FleetPaths.OPS_COMMAND_ATTACHMENT.replace("{commandId}", id)))).headers(ops("li.ming"))
                            .build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, attachment.statusCode());
            assertTrue(attachment.headers().firstValue("Content-Type").orElse("").startsWith("image/png"),
                    attachment.headers().toString());
            assertArrayEquals(png, attachment.body());

            HttpResponse<String> shortLived = Http.sendBody("POST", create,
                    json(new CommandRequest(CommandType.RESTART, null, null, null, 60L)), ops("wang.fang"));
            String expiring = tree(shortLived).get("command").get("commandId").asText();
            fleet.clock.advance(Duration.ofSeconds(61));
            FleetFixture.eventually("the command expired", () -> {
                for (JsonNode command : tree(Http.get(create, ops("li.ming"))).get("commands")) {
                    if (command.get("command").get("commandId").asText().equals(expiring)) {
                        return command.get("state").asText().equals("EXPIRED");
                    }
                }
                throw new AssertionError("command " + expiring + " is not listed");
            });
            assertEquals(List.of(), poll(fleet, TestKiosks.KIOSK, NO_SECRET, 0), "an expired one is not sent");
            HttpResponse<String> audit = Http.get(fleet.url(FleetPaths.OPS + "/commands/" + expiring + "/audit"),
                    ops("li.ming"));
            assertTrue(audit.body().contains("\"action\":\"EXPIRED\""), audit.body());
            HttpResponse<String> tooLong = Http.get(fleet.url(FleetPaths.COMMANDS + "?waitSeconds=600"),
                    first(null));
            assertEquals(400, tooLong.statusCode());
            assertEquals("Query parameter waitSeconds '600' is not a whole number 0..25 (configuration "
                    + "commands.longPollMax)", tree(tooLong).get("detail").asText());
        }
    }

    static List<JsonNode> poll(FleetFixture fleet, String kiosk, String secret, int waitSeconds) {
        HttpResponse<String> response = java.util.Objects.requireNonNull(sendPoll(fleet, kiosk, secret, waitSeconds));
        assertEquals(200, response.statusCode(), response.body());
        List<JsonNode> commands = new ArrayList<>();
        tree(response).get("commands").forEach(commands::add);
        return commands;
    }

    private static HttpResponse<String> sendPoll(FleetFixture fleet, String kiosk, String secret, int waitSeconds) {
        try {
            // as the kiosk over mutual TLS with its certificate; no header names it (central reads the certificate)
            return FleetFixture.kioskClient(kiosk).send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(fleet.kioskUrl(FleetPaths.COMMANDS + "?waitSeconds=" + waitSeconds)))
                    .timeout(Duration.ofSeconds(40)).GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
