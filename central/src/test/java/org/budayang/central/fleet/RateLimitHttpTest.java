package org.budayang.central.fleet;

import static org.budayang.central.fleet.FleetFixture.heartbeat;
import static org.budayang.central.fleet.FleetFixture.NO_SECRET;
import static org.budayang.central.fleet.FleetFixture.json;
import static org.budayang.central.fleet.FleetFixture.kiosk;
import static org.budayang.central.fleet.FleetFixture.tree;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.budayang.api.ApiHeaders;
import org.budayang.api.fleet.FleetPaths;
import org.budayang.central.Http;
import org.budayang.central.TestKiosks;
import org.budayang.central.db.TestDatabases;
import org.junit.jupiter.api.Test;

/** A flood from one kiosk is answered 429 with Retry-After; the other kiosk is not affected. */
class RateLimitHttpTest {
    private static final Instant T0 = Instant.parse("2026-11-27T08:00:00Z");

    @Test
    void aFloodingKioskIsRefusedWithRetryAfterAndItsRetryWithTheSameKeyRunsLater() {
        try (FleetFixture fleet = new FleetFixture(TestDatabases.Kind.H2, T0,
                Map.of("ratelimit.kioskBurst", "5", "ratelimit.kioskPerSecond", "1"))) {
            String url = fleet.url(FleetPaths.HEARTBEATS);
            List<Integer> statuses = new ArrayList<>();
            HttpResponse<String> limited = null;
            String limitedKey = null;
            for (int i = 0; i < 8; i++) {
                String key = FleetFixture.key();
                HttpResponse<String> response = Http.sendBody("POST", url, json(heartbeat(T0.plusSeconds(i))),
                        kiosk(TestKiosks.KIOSK, NO_SECRET, key));
                statuses.add(response.statusCode());
                if (response.statusCode() == 429 && limited == null) {
                    limited = response;
                    limitedKey = key;
                }
            }
            assertEquals(List.of(202, 202, 202, 202, 202, 429, 429, 429), statuses, "the clock stands still");
            assertEquals("1", limited.headers().firstValue("Retry-After").orElse(""));
            assertEquals("RATE_LIMITED", tree(limited).get("code").asText());
            assertTrue(tree(limited).get("detail").asText().contains("Kiosk " + TestKiosks.KIOSK + " sent more than 5 requests"),
                    limited.body());

            HttpResponse<String> other = Http.sendBody("POST", url, json(heartbeat(T0)),
                    kiosk(TestKiosks.OTHER_KIOSK, NO_SECRET, FleetFixture.key()));
            assertEquals(202, other.statusCode(), "the other kiosk is not limited: " + other.body());
            HttpResponse<String> read = Http.get(fleet.url(FleetPaths.COMMANDS),
                    kiosk(TestKiosks.KIOSK, NO_SECRET, null));
            assertEquals(200, read.statusCode(), "reads (the command poll) are not limited");

            fleet.clock.advance(Duration.ofSeconds(1));
            HttpResponse<String> retried = Http.sendBody("POST", url, json(heartbeat(T0.plusSeconds(5))),
                    kiosk(TestKiosks.KIOSK, NO_SECRET, limitedKey));
            assertEquals(202, retried.statusCode(), "the refused key claimed nothing: " + retried.body());
            assertTrue(retried.headers().firstValue(ApiHeaders.IDEMPOTENT_REPLAY).isEmpty());
        }
    }
}
