package org.budayang.kiosk.ui.tech;

import java.util.Objects;
import org.budayang.api.fleet.FleetPaths;
import org.budayang.api.fleet.SelftestUpload;
import org.budayang.kiosk.journal.Outbox;
import org.budayang.kiosk.journal.OutboxMessage;
import org.budayang.provisioning.fleet.SelftestUploads;

/**
 * Where the technician panel's self-test report goes for central ({@code POST /api/v1/kiosks/self/selftests}): an
 * enrolled kiosk appends it to the journal's outbox (kind {@value #KIND}), whose deliverer sends it over the kiosk's
 * mutual TLS client once central is reachable, so a network failure loses nothing. The body and the Idempotency-Key
 * are provisioning's ({@link SelftestUploads}: the key derives from the body), so the same report sent again — by
 * the outbox after a crash, or by {@code budayang provision status --send-selftest} — is one report for central. A
 * kiosk that is not enrolled keeps the report on disk only.
 */
public interface SelftestSender {
    /** The outbox kind of self-test reports (delivered in order, apart from heartbeats and transactions). */
    String KIND = "SELFTEST";

    /**
     * Queues {@code upload} for central.
     *
     * @return true when it was queued, false when this kiosk does not send reports (not enrolled)
     */
    boolean send(SelftestUpload upload);

    /** A kiosk that is not enrolled: nothing is sent. */
    static SelftestSender notEnrolled() {
        return upload -> false;
    }

    /** Through the journal's outbox; {@code wake} tells its deliverer that a record waits. */
    static SelftestSender outbox(Outbox outbox, Runnable wake) {
        Objects.requireNonNull(outbox, "outbox");
        Objects.requireNonNull(wake, "wake");
        return upload -> {
            String body = SelftestUploads.body(upload);
            outbox.append(new OutboxMessage(KIND, FleetPaths.KIOSK_SELFTESTS, SelftestUploads.idempotencyKey(body),
                    body));
            wake.run();
            return true;
        };
    }
}
