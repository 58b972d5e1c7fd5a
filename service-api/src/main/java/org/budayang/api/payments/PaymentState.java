package org.budayang.api.payments;

/**
 * The life of a payment order at central. Central alone decides the end of every order, so a kiosk that crashes
 * and reports again never turns one payment into two outcomes: the service is delivered (FULFILLED) or the money
 * is refunded (REFUND_PENDING → REFUNDED), never both, never neither.
 */
public enum PaymentState {
    /** Created; waiting for the phone (QR) or for the notes (cash). */
    CREATED,
    /** Money received in full; central is delivering the service to the department. */
    PAID,
    /** Paid and the department took the payment (罚款已缴 / 缴费已到账): the receipt may be printed. */
    FULFILLED,
    /** Not paid before its expiry; nothing was taken. */
    EXPIRED,
    /** Cancelled before any money was taken. */
    CANCELLED,
    /** Money was taken but the service could not be delivered (or the citizen cancelled after paying part):
     *  a QR refund is under way at the provider, or a cash 退款凭证 was issued and waits for ops to settle. */
    REFUND_PENDING,
    /** The refund is done (provider confirmed, or ops paid the cash voucher out). */
    REFUNDED;

    /** True once nothing more will happen to the order at the kiosk's request. */
    public boolean finalForKiosk() {
        return this != CREATED && this != PAID;
    }
}
