package org.budayang.api.payments;

import java.time.Instant;
import org.budayang.api.services.Require;

/**
 * A payment order as central holds it ({@code GET /api/v1/payments/orders/{orderNo}}, and the answer of every
 * order call). The kiosk shows {@code message} while it waits and prints the receipt (order number, 办件编号, amount,
 * method, time) once FULFILLED, or the 退款凭证 of {@code refund}.
 *
 * @param orderNo        central's order number (printed)
 * @param paymentId      the kiosk's id of the payment
 * @param billId         the bill paid
 * @param itemCode       the item
 * @param subject        what is paid for (from the bill)
 * @param amountFen      the amount due
 * @param method         CASH or QR
 * @param state          see {@link PaymentState}
 * @param paidFen        what central knows was received (cash credited, or the provider's amount)
 * @param qrPayload      for QR: what the kiosk's QR shows (the phone opens it); null for cash
 * @param expiresAt      when an unpaid order expires
 * @param paidAt         when it was paid in full; null before
 * @param applicationId  the 办件编号 of the delivered service; null before FULFILLED
 * @param refund         the refund, once one was recorded; else null
 * @param message        the state in Chinese for the citizen's screen
 */
public record PaymentOrder(String orderNo, String paymentId, String billId, String itemCode, String subject,
                           long amountFen, PaymentMethod method, PaymentState state, long paidFen, String qrPayload,
                           Instant expiresAt, Instant paidAt, String applicationId, RefundVoucher refund,
                           String message) {
    public PaymentOrder {
        orderNo = Require.text("PaymentOrder.orderNo", orderNo);
        paymentId = Require.text("PaymentOrder.paymentId", paymentId);
        billId = Require.text("PaymentOrder.billId", billId);
        itemCode = Require.text("PaymentOrder.itemCode", itemCode);
        subject = Require.text("PaymentOrder.subject", subject);
        Require.present("PaymentOrder.method", method);
        Require.present("PaymentOrder.state", state);
        Require.present("PaymentOrder.expiresAt", expiresAt);
        message = Require.text("PaymentOrder.message", message);
        if (method == PaymentMethod.QR && (qrPayload == null || qrPayload.isBlank())) {
            throw new IllegalArgumentException("PaymentOrder.qrPayload is required for a QR order " + orderNo);
        }
        if (state == PaymentState.FULFILLED && (applicationId == null || applicationId.isBlank())) {
            throw new IllegalArgumentException("PaymentOrder " + orderNo + " is FULFILLED without an applicationId");
        }
    }
}
