package org.budayang.kiosk.journal;

import java.util.Objects;
import org.budayang.kiosk.catalog.CentralClient;
import org.budayang.kiosk.catalog.CentralUnavailableException;

/**
 * The production {@link Sender}: POSTs the record's body to central at its path with
 * {@code Idempotency-Key: <key>} through the kiosk's {@link CentralClient}. A network failure is RETRY; the
 * status decides otherwise ({@link Delivery#ofHttpStatus}).
 */
public final class CentralSender implements Sender {
    private final CentralClient central;

    public CentralSender(CentralClient central) {
        this.central = Objects.requireNonNull(central, "CentralSender.central is required");
    }

    @Override
    public Delivery send(OutboxRecord record) {
        try {
            CentralClient.PostResponse response = central.post(record.path(), record.idempotencyKey(), record.body());
            return Delivery.ofHttpStatus(response.status(), response.snippet());
        } catch (CentralUnavailableException e) {
            return new Delivery(Delivery.Outcome.RETRY, e.problem());
        }
    }
}
