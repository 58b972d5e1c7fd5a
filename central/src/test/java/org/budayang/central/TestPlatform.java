package org.budayang.central;

import java.time.Clock;
import java.time.Duration;
import org.budayang.central.auth.KioskAuthenticator;
import org.budayang.central.auth.KioskRepository;
import org.budayang.central.db.Database;
import org.budayang.central.idempotency.Idempotency;
import org.budayang.central.idempotency.IdempotencyStore;

/**
 * For feature tests that wire their own modules (fakes of the other features): the real kiosk
 * authentication (the {@link TestKiosks} configured) and idempotency of production on the test database.
 */
public final class TestPlatform {
    private TestPlatform() {
    }

    public static CentralServer.Builder secured(Database database, Clock clock) {
        KioskRepository kiosks = new KioskRepository(database.dataSource(), clock);
        kiosks.sync(TestKiosks.configured());
        return CentralServer.builder()
                .kioskAuthentication(new KioskAuthenticator(kiosks, clock, Duration.ofMinutes(1)))
                .idempotency(new Idempotency(new IdempotencyStore(database.dataSource(), clock, Duration.ofMinutes(2))))
                .clock(clock);
    }
}
