package org.budayang.central.fleet;

import static org.budayang.central.fleet.FleetFixture.heartbeat;
import static org.budayang.central.fleet.FleetFixture.json;
import static org.budayang.central.fleet.FleetFixture.printer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.budayang.api.ApiHeaders;
import org.budayang.api.fleet.DeviceState;
import org.budayang.api.fleet.FleetPaths;
import org.budayang.central.Http;
import org.budayang.central.TestKiosks;
import org.budayang.central.db.Database;
import org.budayang.central.db.TestDatabases;
import org.budayang.central.fleet.telemetry.HeartbeatRepository;
import org.budayang.central.fleet.telemetry.StoredHeartbeat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Heartbeat storage that scales (decision 0015): no idempotency record per heartbeat, a repeat recognised by its
 * sentAt, a history sampled to health changes plus one heartbeat per sample period, bounded per kiosk.
 */
class HeartbeatStorageTest {
    private static final Instant T0 = Instant.parse("2026-11-27T08:00:00Z");
    private static final String KIOSK = "KSK-620102000000-0007";

    @ParameterizedTest
    @MethodSource("org.budayang.central.db.TestDatabases#both")
    void heartbeatsLeaveNoIdempotencyRecordsAndNeedNoKey(TestDatabases.Kind kind) throws Exception {
        try (FleetFixture fleet = new FleetFixture(kind, T0, Map.of())) {
            for (int i = 0; i < 12; i++) {
                String[] headers = i % 2 == 0 ? TestKiosks.auth() : TestKiosks.authWithKey(FleetFixture.key());
                HttpResponse<String> answer = Http.sendBody("POST", fleet.url(FleetPaths.HEARTBEATS),
                        json(heartbeat(T0.plusSeconds(30L * i), printer(DeviceState.ONLINE, T0))), headers);
                assertEquals(202, answer.statusCode(), answer.body());
                assertEquals("", answer.headers().firstValue(ApiHeaders.IDEMPOTENT_REPLAY).orElse(""));
            }
            assertEquals(0, count(fleet.database.dataSource(), "idempotency_records"));
            assertEquals(1, count(fleet.database.dataSource(), "fleet_kiosk_state"));
        }
    }

    @ParameterizedTest
    @MethodSource("org.budayang.central.db.TestDatabases#both")
    void theHistoryKeepsEveryChangeAndOneSamplePerPeriod(TestDatabases.Kind kind) {
        try (Database database = TestDatabases.fresh(kind)) {
            HeartbeatRepository repository = new HeartbeatRepository(database.dataSource(), 2_880,
                    Duration.ofMinutes(10));
            // 25 minutes of an unchanged kiosk at 30 s: kept at 0, 10 and 20 minutes
            for (int i = 0; i < 50; i++) {
                Instant at = T0.plusSeconds(30L * i);
                HeartbeatRepository.Recorded recorded = repository.record(KIOSK,
                        heartbeat(at, printer(DeviceState.ONLINE, T0)), at);
                assertTrue(recorded.newest());
                assertEquals(i % 20 == 0, recorded.kept(), "heartbeat " + i);
            }
            // the printer runs out of paper: kept at once, and its state too
            Instant out = T0.plusSeconds(30L * 50);
            assertTrue(repository.record(KIOSK, heartbeat(out, printer(DeviceState.DEGRADED, out, "PAPER_OUT")), out)
                    .kept());
            Instant next = out.plusSeconds(30);
            assertFalse(repository.record(KIOSK, heartbeat(next, printer(DeviceState.DEGRADED, out, "PAPER_OUT")), next)
                    .kept(), "unchanged again: sampled");
            // a repeated delivery changes nothing and answers as the first did
            HeartbeatRepository.Recorded repeat = repository.record(KIOSK,
                    heartbeat(next, printer(DeviceState.DEGRADED, out, "PAPER_OUT")), next.plusSeconds(5));
            assertEquals(new HeartbeatRepository.Recorded(true, true, false), repeat);
            // a late heartbeat (the outbox after an outage) goes to the history once, never to the state
            Instant late = T0.plusSeconds(45);
            assertEquals(new HeartbeatRepository.Recorded(false, false, true), repository.record(KIOSK,
                    heartbeat(late, printer(DeviceState.OFFLINE, T0)), next.plusSeconds(10)));
            assertEquals(new HeartbeatRepository.Recorded(false, true, false), repository.record(KIOSK,
                    heartbeat(late, printer(DeviceState.OFFLINE, T0)), next.plusSeconds(20)));

            List<Instant> kept = repository.history(KIOSK, 100).stream().map(s -> s.heartbeat().sentAt()).toList();
            assertEquals(List.of(late, out, T0.plusSeconds(1200), T0.plusSeconds(600), T0), kept);
            StoredHeartbeat state = repository.current(KIOSK).orElseThrow();
            assertEquals(next, state.heartbeat().sentAt());
            assertEquals(List.of("PAPER_OUT"), state.heartbeat().devices().get(0).conditions());
        }
    }

    @ParameterizedTest
    @MethodSource("org.budayang.central.db.TestDatabases#both")
    void eachKioskKeepsABoundedHistory(TestDatabases.Kind kind) {
        try (Database database = TestDatabases.fresh(kind)) {
            int perKiosk = 40;
            HeartbeatRepository repository = new HeartbeatRepository(database.dataSource(), perKiosk, Duration.ZERO);
            int sent = 600;
            int most = 0;
            for (int i = 0; i < sent; i++) {
                Instant at = T0.plusSeconds(30L * i);
                repository.record(KIOSK, heartbeat(at, printer(DeviceState.ONLINE, T0)), at);
                if (i % 50 == 49) {
                    most = Math.max(most, repository.history(KIOSK, 10_000).size());
                }
            }
            List<StoredHeartbeat> kept = repository.history(KIOSK, 10_000);
            // trimmed back to perKiosk at every TRIM_EVERY-th (64th) kept heartbeat of this node
            assertTrue(most <= perKiosk + 64, "at most " + perKiosk + " + 64 rows, saw " + most);
            assertTrue(kept.size() >= perKiosk, "the newest " + perKiosk + " are kept: " + kept.size());
            assertEquals(T0.plusSeconds(30L * (sent - 1)), kept.get(0).heartbeat().sentAt(), "newest first");
            for (int i = 1; i < kept.size(); i++) {
                assertEquals(kept.get(i - 1).heartbeat().sentAt().minusSeconds(30), kept.get(i).heartbeat().sentAt(),
                        "the kept ones are the newest, without gaps");
            }
        }
    }

    private static int count(DataSource dataSource, String table) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
