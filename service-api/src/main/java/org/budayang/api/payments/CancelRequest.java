package org.budayang.api.payments;

import org.budayang.api.services.Require;

/**
 * {@code POST /api/v1/payments/orders/{orderNo}/cancel}: the citizen (or a timeout, or a failure) ended the payment
 * at the kiosk. For a cash order the kiosk has reported every credited note first ({@link CashReport} with
 * complete = true); what was credited is then refunded with a 退款凭证. A QR order already paid is refunded through
 * the provider. Idempotent.
 *
 * @param paymentId  the order's payment id
 * @param reason     why, for ops (e.g. CITIZEN_CANCELLED, TIMEOUT, ACCEPTOR_JAM)
 */
public record CancelRequest(String paymentId, String reason) {
    public CancelRequest {
        paymentId = Require.text("CancelRequest.paymentId", paymentId);
        reason = Require.text("CancelRequest.reason", reason);
    }
}
