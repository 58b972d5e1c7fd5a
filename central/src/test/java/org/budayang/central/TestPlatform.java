package org.budayang.central;

import java.time.Clock;
import java.time.Duration;
import org.budayang.central.auth.KioskAuthenticator;
import org.budayang.central.db.Database;
import org.budayang.central.fleet.enrol.FleetTrust;
import org.budayang.central.idempotency.Idempotency;
import org.budayang.central.idempotency.IdempotencyStore;

/**
 * For feature tests that wire their own modules (fakes of the other features): the real kiosk
 * authentication of production (mutual TLS with the test kiosk CA on a second free port, the
 * {@link TestKiosks} enrolled) and idempotency on the test database.
 */
public final class TestPlatform {
    private TestPlatform() {
    }

    public static CentralServer.Builder secured(Database database, Clock clock) {
        TestFleet.registerTestKiosks(database.dataSource());
        FleetTrust trust = TestFleet.trust(database.dataSource(), clock);
        return CentralServer.builder()
                .kioskAuthentication(new KioskAuthenticator(trust.certificates()))
                .opsAuthentication(trust.ops())
                .tls(trust.serverTls(), 0)
                .onStarted(TestFleet::remember)
                .idempotency(new Idempotency(new IdempotencyStore(database.dataSource(), clock, Duration.ofMinutes(2))))
                .clock(clock);
    }
}
