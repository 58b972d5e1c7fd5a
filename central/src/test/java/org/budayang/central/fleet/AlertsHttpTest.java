package org.budayang.central.fleet;

import static org.budayang.central.fleet.FleetFixture.eventually;
import static org.budayang.central.fleet.FleetFixture.heartbeat;
import static org.budayang.central.fleet.FleetFixture.ops;
import static org.budayang.central.fleet.FleetFixture.printer;
import static org.budayang.central.fleet.FleetFixture.tree;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.budayang.api.fleet.DeviceHealth;
import org.budayang.api.fleet.DeviceState;
import org.budayang.api.fleet.FleetPaths;
import org.budayang.central.Http;
import org.budayang.central.TestKiosks;
import org.budayang.central.db.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Alerts through real HTTP: rules evaluated on each heartbeat and by the silence timer, one unresolved alert per
 * kiosk+rule+subject, resolved by themselves when the condition clears, acknowledged and resolved by ops with who
 * and when, and every event POSTed to a real webhook that fails the first attempts.
 */
class AlertsHttpTest {
    private static final Instant T0 = Instant.parse("2026-11-27T08:00:00Z");

    @ParameterizedTest
    @MethodSource("org.budayang.central.db.TestDatabases#both")
    void heartbeatsOpenAndClearAlertsOpsAcknowledgeAndResolveAndTheWebhookHearsEverything(TestDatabases.Kind kind) {
        try (WebhookReceiver hook = new WebhookReceiver(2);
             FleetFixture fleet = new FleetFixture(kind, T0, Map.of("alerts.webhookUrl", hook.url().toString(),
                     "alerts.webhookBackoff", "PT0.05S", "alerts.webhookAttempts", "5"))) {
            assertEquals(202, fleet.beat(heartbeat(T0, printer(DeviceState.DEGRADED, T0, "PAPER_LOW"))).statusCode());
            assertEquals(202, fleet.beat(heartbeat(T0.plusSeconds(30), printer(DeviceState.DEGRADED, T0,
                    "PAPER_LOW"))).statusCode());
            List<JsonNode> open = alerts(fleet, "OPEN");
            assertEquals(1, open.size(), "deduplicated: " + open);
            JsonNode paperLow = open.get(0);
            assertEquals("PAPER_LOW", paperLow.get("rule").asText());
            assertEquals("receiptPrinter", paperLow.get("subject").asText());
            String openedId = "alert-" + paperLow.get("id").asLong() + "-opened";
            eventually("the OPENED event delivered after two failures", () -> hook.accepted().stream()
                    .anyMatch(d -> d.eventId().equals(openedId)));
            assertEquals(List.of(500, 500, 204), hook.deliveries.stream().filter(d -> d.eventId().equals(openedId))
                    .map(WebhookReceiver.Delivery::status).toList(), "retried with the same event id");
            JsonNode event = hook.accepted().get(0).body();
            assertEquals("OPENED", event.get("type").asText());
            assertEquals(TestKiosks.KIOSK, event.get("alert").get("kioskId").asText());

            fleet.beat(heartbeat(T0.plusSeconds(60), printer(DeviceState.USER_ERROR, T0.plusSeconds(50),
                    "PAPER_OUT")));
            assertEquals(List.of("PAPER_OUT"), rules(alerts(fleet, "OPEN")));
            JsonNode resolved = alerts(fleet, "RESOLVED").get(0);
            assertEquals("PAPER_LOW", resolved.get("rule").asText());
            assertEquals("auto", resolved.get("resolvedBy").asText());

            DeviceHealth cash = new DeviceHealth("cashAcceptor", DeviceState.ONLINE, List.of(), "NONE", T0, 91);
            fleet.beat(heartbeat(T0.plusSeconds(90), printer(DeviceState.OFFLINE, T0.plusSeconds(80)), cash));
            assertEquals(List.of("CASHBOX_FULL"), rules(alerts(fleet, "OPEN")), "offline for 10 s only");
            fleet.beat(heartbeat(T0.plusSeconds(210), printer(DeviceState.OFFLINE, T0.plusSeconds(80)), cash));
            List<JsonNode> now = alerts(fleet, "OPEN");
            assertEquals(List.of("CASHBOX_FULL", "DEVICE_OFFLINE"), rules(now), "oldest first");
            long offline = now.get(1).get("id").asLong();
            assertTrue(now.get(1).get("detail").asText().startsWith("receiptPrinter OFFLINE for 130 s"),
                    now.get(1).toString());

            HttpResponse<String> ack = Http.sendBody("POST", fleet.url(FleetPaths.OPS_ALERT_ACKNOWLEDGE
                    .replace("{alertId}", Long.toString(offline))), "", ops("wang.fang"));
            assertEquals(200, ack.statusCode(), ack.body());
            assertEquals("wang.fang", tree(ack).get("acknowledgedBy").asText());
            assertEquals("ACKNOWLEDGED", tree(ack).get("state").asText());
            HttpResponse<String> again = Http.sendBody("POST", fleet.url(FleetPaths.OPS_ALERT_ACKNOWLEDGE
                    .replace("{alertId}", Long.toString(offline))), "", ops("wang.fang"));
            assertEquals(409, again.statusCode());
            assertEquals("Alert " + offline + " is ACKNOWLEDGED; cannot ACKNOWLEDGE it (only an alert that is [OPEN] "
                    + "can)", tree(again).get("detail").asText());
            HttpResponse<String> resolve = Http.sendBody("POST", fleet.url(FleetPaths.OPS_ALERT_RESOLVE
                    .replace("{alertId}", Long.toString(offline))), "{\"note\":\"printer cable replaced\"}",
                    ops("wang.fang"));
            assertEquals(200, resolve.statusCode(), resolve.body());
            assertEquals("printer cable replaced", tree(resolve).get("resolution").asText());
            assertEquals(404, Http.sendBody("POST", fleet.url(FleetPaths.OPS_ALERT_RESOLVE.replace("{alertId}",
                    "99999")), "", ops("wang.fang")).statusCode());
            assertEquals(401, Http.get(fleet.url(FleetPaths.OPS_ALERTS)).statusCode(), "no ops token");

            fleet.clock.advance(Duration.ofSeconds(91));
            eventually("KIOSK_SILENT opened by the timer", () -> rules(alerts(fleet, "OPEN")).contains("KIOSK_SILENT"));
            fleet.beat(heartbeat(T0.plusSeconds(300), printer(DeviceState.ONLINE, T0.plusSeconds(300))));
            assertEquals(List.of(), rules(alerts(fleet, "OPEN")), "silence, paper, cash box: all cleared");
            eventually("every event delivered", () -> hook.accepted().size() == 11);
            assertEquals(5, hook.accepted().stream().filter(d -> d.body().get("type").asText().equals("OPENED"))
                    .count());
            assertEquals(1, hook.accepted().stream().filter(d -> d.body().get("type").asText().equals("ACKNOWLEDGED"))
                    .count());
        }
    }

    static List<JsonNode> alerts(FleetFixture fleet, String state) {
        HttpResponse<String> response = Http.get(fleet.url(FleetPaths.OPS_ALERTS + "?state=" + state + "&kioskId="
                + TestKiosks.KIOSK), ops("li.ming"));
        assertEquals(200, response.statusCode(), response.body());
        List<JsonNode> alerts = new ArrayList<>();
        tree(response).get("alerts").forEach(alerts::add);
        java.util.Collections.reverse(alerts);
        return alerts;
    }

    static List<String> rules(List<JsonNode> alerts) {
        return alerts.stream().map(a -> a.get("rule").asText()).toList();
    }
}
