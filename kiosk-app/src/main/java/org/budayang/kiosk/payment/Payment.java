package org.budayang.kiosk.payment;

import java.util.Objects;
import org.budayang.api.payments.PaymentMethod;
import org.budayang.api.payments.PaymentOrder;

/**
 * A payment the kiosk ordered: its journal transaction, the kiosk's paymentId and the order central created.
 *
 * @param txId      the PAY transaction in the journal
 * @param paymentId the kiosk's id of the payment (journalled before the order was sent)
 * @param order     central's order as first answered
 */
public record Payment(String txId, String paymentId, PaymentOrder order) {
    public Payment {
        Objects.requireNonNull(txId, "Payment.txId is required");
        Objects.requireNonNull(paymentId, "Payment.paymentId is required");
        Objects.requireNonNull(order, "Payment.order is required");
        if (!order.paymentId().equals(paymentId)) {
            throw new IllegalArgumentException("Payment " + paymentId + ": central answered order " + order.orderNo()
                    + " of another payment " + order.paymentId());
        }
    }

    public String orderNo() {
        return order.orderNo();
    }

    public PaymentMethod method() {
        return order.method();
    }

    public long amountFen() {
        return order.amountFen();
    }
}
