package org.budayang.kiosk.service;

import java.util.Objects;
import org.budayang.kiosk.journal.Delivery;
import org.budayang.kiosk.journal.OutboxRecord;
import org.budayang.kiosk.journal.Sender;

/**
 * The outbox's {@link Sender} through {@link CentralApi}: the record's body POSTed as is, with its
 * {@code Idempotency-Key} and the kiosk's credentials (central's {@code /api/v1} refuses unauthenticated POSTs);
 * the status is judged by {@link Delivery#ofHttpStatus}, no answer is RETRY.
 */
public final class CentralApiSender implements Sender {
    private final CentralApi api;

    public CentralApiSender(CentralApi api) {
        this.api = Objects.requireNonNull(api, "CentralApiSender.api is required");
    }

    @Override
    public Delivery send(OutboxRecord record) {
        try {
            CentralApi.RawAnswer answer = api.postRaw(record.path(), record.idempotencyKey(), record.body());
            return Delivery.ofHttpStatus(answer.status(), answer.snippet());
        } catch (ServiceFailure e) {
            return new Delivery(Delivery.Outcome.RETRY, e.getMessage());
        }
    }
}
