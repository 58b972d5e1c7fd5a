package org.budayang.api.payments;

import org.budayang.api.services.Require;

/**
 * {@code POST /api/v1/payments/orders}: pay a bill. Idempotent on {@code paymentId} (the kiosk journals it before
 * sending): the same id answers the same order.
 *
 * @param paymentId  the kiosk's id of this payment (UUID), journalled before the request
 * @param billId     the bill from {@code POST /api/v1/payments/bills}
 * @param amountFen  must equal the bill's amount (refused with PAYMENT_AMOUNT_MISMATCH otherwise)
 * @param method     CASH or QR
 */
public record OrderRequest(String paymentId, String billId, long amountFen, PaymentMethod method) {
    public OrderRequest {
        paymentId = Require.text("OrderRequest.paymentId", paymentId);
        billId = Require.text("OrderRequest.billId", billId);
        if (amountFen <= 0) {
            throw new IllegalArgumentException("OrderRequest.amountFen must be > 0, was " + amountFen);
        }
        Require.present("OrderRequest.method", method);
    }
}
