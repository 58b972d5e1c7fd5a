package org.budayang.central.fleet;

import static org.budayang.central.fleet.FleetFixture.first;
import static org.budayang.central.fleet.FleetFixture.heartbeat;
import static org.budayang.central.fleet.FleetFixture.json;
import static org.budayang.central.fleet.FleetFixture.ops;
import static org.budayang.central.fleet.FleetFixture.printer;
import static org.budayang.central.fleet.FleetFixture.tree;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import org.budayang.api.ApiHeaders;
import org.budayang.api.fleet.DeviceState;
import org.budayang.api.fleet.FleetPaths;
import org.budayang.api.fleet.Heartbeat;
import org.budayang.central.Http;
import org.budayang.central.TestKiosks;
import org.budayang.central.db.TestDatabases;
import org.budayang.central.fleet.telemetry.HeartbeatRepository;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class HeartbeatHttpTest {
    private static final Instant T0 = Instant.parse("2026-11-27T08:00:00Z");

    @ParameterizedTest
    @MethodSource("org.budayang.central.db.TestDatabases#both")
    void theNewestHeartbeatIsTheStateALateOneOnlyHistoryAndARepeatChangesNothing(TestDatabases.Kind kind) {
        try (FleetFixture fleet = new FleetFixture(kind, T0, Map.of())) {
            String stateUrl = fleet.url(FleetPaths.OPS_KIOSK_STATE.replace("{kioskId}", TestKiosks.KIOSK));
            assertEquals(404, Http.get(stateUrl, ops("li.ming")).statusCode());

            Heartbeat newer = heartbeat(T0, printer(DeviceState.ONLINE, T0));
            String key = FleetFixture.key();
            HttpResponse<String> accepted = Http.sendBody("POST", fleet.url(FleetPaths.HEARTBEATS), json(newer),
                    first(key));
            assertEquals(202, accepted.statusCode(), accepted.body());
            assertTrue(tree(accepted).get("newest").asBoolean());

            Heartbeat late = heartbeat(T0.minusSeconds(30), printer(DeviceState.OFFLINE, T0.minusSeconds(600)));
            HttpResponse<String> lateAnswer = fleet.beat(late);
            assertEquals(202, lateAnswer.statusCode());
            assertTrue(!tree(lateAnswer).get("newest").asBoolean(), lateAnswer.body());

            HttpResponse<String> replay = Http.sendBody("POST", fleet.url(FleetPaths.HEARTBEATS), json(newer),
                    first(key));
            assertEquals(202, replay.statusCode());
            assertTrue(tree(replay).get("newest").asBoolean(), "a repeat answers as the first delivery did");
            assertEquals("", replay.headers().firstValue(ApiHeaders.IDEMPOTENT_REPLAY).orElse(""),
                    "recognised by its sentAt, not by an idempotency record");

            HttpResponse<String> state = Http.get(stateUrl, ops("li.ming"));
            assertEquals(200, state.statusCode(), state.body());
            JsonNode body = tree(state);
            assertEquals(T0.toString(), Instant.parse(body.get("heartbeat").get("sentAt").asText()).toString());
            assertEquals("ONLINE", body.get("heartbeat").get("devices").get(0).get("state").asText());
            HeartbeatRepository repository = new HeartbeatRepository(fleet.database.dataSource());
            assertEquals(2, repository.history(TestKiosks.KIOSK, 10).size(), "a replay is not stored twice");
        }
    }

    @ParameterizedTest
    @MethodSource("org.budayang.central.db.TestDatabases#both")
    void malformedTelemetryIsRefusedWithItsJsonPathAndWhatIsAccepted(TestDatabases.Kind kind) throws Exception {
        try (FleetFixture fleet = new FleetFixture(kind, T0, Map.of())) {
            JsonNode good = FleetFixture.JSON.readTree(json(heartbeat(T0, printer(DeviceState.ONLINE, T0),
                    new org.budayang.api.fleet.DeviceHealth("cashAcceptor", DeviceState.ONLINE, java.util.List.of(),
                            "NONE", T0, 10))));
            ((com.fasterxml.jackson.databind.node.ObjectNode) good.get("devices").get(1)).put("fillPercent", 150);
            assertProblem(fleet, good.toString(), "The value at 'devices[1]' was refused: "
                    + "DeviceHealth.fillPercent: 150 is out of range; accepted 0..100");

            JsonNode wrongType = FleetFixture.JSON.readTree(json(heartbeat(T0)));
            ((com.fasterxml.jackson.databind.node.ObjectNode) wrongType).put("uptimeSeconds", "long");
            assertProblem(fleet, wrongType.toString(), "The field 'uptimeSeconds' has the wrong type: expected a number (got a value that is not one).");

            JsonNode personal = FleetFixture.JSON.readTree(json(heartbeat(T0)));
            ((com.fasterxml.jackson.databind.node.ObjectNode) personal).put("screen", "11010519491231002X 张三");
            HttpResponse<String> refused = Http.sendBody("POST", fleet.url(FleetPaths.HEARTBEATS), personal.toString(),
                    first(FleetFixture.key()));
            assertEquals(400, refused.statusCode());
            assertTrue(tree(refused).get("detail").asText().contains("Heartbeat.screen is not accepted"), refused.body());
            assertTrue(!refused.body().contains("11010519491231002X") && !refused.body().contains("张三"),
                    "the refused value is not repeated: " + refused.body());

            HttpResponse<String> unauthenticated = Http.sendBody("POST", fleet.url(FleetPaths.HEARTBEATS),
                    json(heartbeat(T0)), ApiHeaders.IDEMPOTENCY_KEY, FleetFixture.key());
            assertEquals(401, unauthenticated.statusCode());
        }
    }

    private static void assertProblem(FleetFixture fleet, String body, String detail) {
        HttpResponse<String> response = Http.sendBody("POST", fleet.url(FleetPaths.HEARTBEATS), body,
                first(FleetFixture.key()));
        assertEquals(400, response.statusCode(), response.body());
        JsonNode problem = tree(response);
        assertEquals("INVALID_FIELD", problem.get("code").asText());
        assertEquals(detail, problem.get("detail").asText());
    }
}
