package org.budayang.kiosk.payment;

import java.util.Objects;
import java.util.UUID;
import org.budayang.api.payments.Bill;
import org.budayang.api.payments.BillRequest;
import org.budayang.api.payments.PaymentOrder;
import org.budayang.api.payments.PaymentPaths;
import org.budayang.kiosk.service.CentralApi;
import org.budayang.kiosk.service.ServiceFailure;

/**
 * Central's payment calls (service-api {@code org.budayang.api.payments}) over the kiosk's {@link CentralApi} (mutual
 * TLS when enrolled, see {@code CentralLink.deskApi}). Every POST carries the idempotency key its caller journalled;
 * bodies are sent as given so that a repeat after a crash is byte-identical. Failures are {@link ServiceFailure}s
 * with central's code and Chinese message ({@code CENTRAL_UNREACHABLE} when there is no answer).
 */
public final class PaymentApi {
    private final CentralApi api;

    public PaymentApi(CentralApi api) {
        this.api = Objects.requireNonNull(api, "PaymentApi.api is required");
    }

    /** POST bills: what is due (a query, no side effect: a fresh key per call). */
    public Bill bill(BillRequest request) throws ServiceFailure {
        return api.post(PaymentPaths.BILLS, UUID.randomUUID().toString(), api.write(request), Bill.class, null)
                .value();
    }

    /** POST orders with the body written once (its paymentId journalled before) and the step's key. */
    public PaymentOrder order(String orderJson, String key) throws ServiceFailure {
        return api.post(PaymentPaths.ORDERS, key, orderJson, PaymentOrder.class, null).value();
    }

    /** GET orders/{orderNo}: the order as central holds it now. */
    public PaymentOrder order(String orderNo) throws ServiceFailure {
        return api.get(PaymentPaths.order(orderNo), PaymentOrder.class);
    }

    /** POSTs a message of the outbox ({@link PaymentLedger}) at once, with its own key, for the answer. */
    public PaymentOrder send(String path, String key, String body) throws ServiceFailure {
        return api.post(path, key, body, PaymentOrder.class, null).value();
    }

    /** The JSON of a request record. */
    public String write(Object request) {
        return api.write(request);
    }

    /** Parses a stored answer. */
    public PaymentOrder readOrder(String json) {
        try {
            return org.budayang.api.json.ApiJson.mapper().readValue(json, PaymentOrder.class);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("PAYMENT_RECORD_UNREADABLE: a journalled order cannot be read: " + e, e);
        }
    }
}
