package org.budayang.central.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.budayang.central.MutableClock;
import org.budayang.central.db.Database;
import org.budayang.central.db.TestDatabases;
import org.budayang.central.fleet.telemetry.HeartbeatPurger;
import org.budayang.central.fleet.telemetry.HeartbeatRepository;
import org.budayang.central.fleet.telemetry.StoredHeartbeat;
import org.budayang.central.fleet.telemetry.TelemetrySettings;
import org.junit.jupiter.api.Test;

/** The heartbeat history stays bounded: by age (the purger) and per kiosk (trim). */
class HeartbeatHistoryTest {
    private static final Instant T0 = Instant.parse("2026-11-27T08:00:00Z");

    @Test
    void oldHeartbeatsArePurgedAndEachKioskKeepsItsNewest() {
        try (Database database = TestDatabases.fresh(TestDatabases.Kind.H2)) {
            HeartbeatRepository repository = new HeartbeatRepository(database.dataSource(), 1_000, Duration.ZERO);
            for (int i = 0; i < 10; i++) {
                repository.record("KSK-620102-0001", FleetFixture.heartbeat(T0.plusSeconds(30L * i)),
                        T0.plusSeconds(30L * i));
                repository.record("KSK-620102-0002", FleetFixture.heartbeat(T0.plusSeconds(30L * i)),
                        T0.plusSeconds(30L * i));
            }
            assertEquals(7, repository.trim("KSK-620102-0001", 3));
            List<StoredHeartbeat> kept = repository.history("KSK-620102-0001", 100);
            assertEquals(List.of(T0.plusSeconds(270), T0.plusSeconds(240), T0.plusSeconds(210)),
                    kept.stream().map(StoredHeartbeat::receivedAt).toList());
            assertEquals(10, repository.history("KSK-620102-0002", 100).size(), "the other kiosk is untouched");

            MutableClock clock = new MutableClock(T0.plus(Duration.ofHours(1)).plusSeconds(150));
            TelemetrySettings settings = new TelemetrySettings(Duration.ofSeconds(30), 1_000, Duration.ofHours(1),
                    Duration.ofHours(1), Duration.ZERO);
            assertEquals(5, new HeartbeatPurger(repository, settings, clock).purgeNow(), "received before T0+150s");
            assertEquals(5, repository.history("KSK-620102-0002", 100).size());
            assertTrue(repository.current("KSK-620102-0001").isPresent(), "the current state is never purged");
        }
    }
}
