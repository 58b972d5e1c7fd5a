package org.budayang.central.payments;

import java.time.Instant;
import org.budayang.api.payments.PaymentMethod;
import org.budayang.api.payments.PaymentState;

/** A payment order as pay_order holds it. */
public record OrderRow(String orderNo, String paymentId, String kioskId, String billId, String itemCode,
                       String subject, long amountFen, PaymentMethod method, PaymentState state, long paidFen,
                       String qrPayload, Instant createdAt, Instant expiresAt, Instant paidAt, String applicationNo,
                       Instant stateChangedAt, String stateReason) {
    public OrderRow {
        if (orderNo == null || orderNo.isBlank() || state == null || method == null) {
            throw new IllegalArgumentException("OrderRow needs orderNo, method and state; got " + orderNo + ", "
                    + method + ", " + state);
        }
    }

    /** Whether the same order request (same bill, amount and method) made this order. */
    boolean sameRequest(String otherBill, long otherAmount, PaymentMethod otherMethod) {
        return billId.equals(otherBill) && amountFen == otherAmount && method == otherMethod;
    }
}
