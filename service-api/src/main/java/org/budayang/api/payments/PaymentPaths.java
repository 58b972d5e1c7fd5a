package org.budayang.api.payments;

/** The HTTP paths of payments (issue #8). Kiosk calls are mutual-TLS authenticated like every kiosk call. */
public final class PaymentPaths {
    /** {@code POST} {@link BillRequest} → {@link Bill}. */
    public static final String BILLS = "/api/v1/payments/bills";
    /** {@code POST} {@link OrderRequest} → {@link PaymentOrder} (201; 200 for a repeated paymentId). */
    public static final String ORDERS = "/api/v1/payments/orders";
    /** {@code GET} → {@link PaymentOrder}; the kiosk polls it while a QR order waits. */
    public static final String ORDER = ORDERS + "/{orderNo}";
    /** {@code POST} {@link CashReport} → {@link PaymentOrder}. */
    public static final String CASH = ORDER + "/cash";
    /** {@code POST} {@link CancelRequest} → {@link PaymentOrder}. */
    public static final String CANCEL = ORDER + "/cancel";
    /** Public: the page the QR opens on the citizen's phone (the sandbox provider's "phone"). */
    public static final String PHONE_PAGE = "/pay/{token}";
    /** Public: a refund voucher's state, what the 退款凭证's QR opens. */
    public static final String REFUND_PAGE = "/refund/{code}";

    private PaymentPaths() {
    }

    public static String order(String orderNo) {
        return ORDER.replace("{orderNo}", orderNo);
    }

    public static String cash(String orderNo) {
        return CASH.replace("{orderNo}", orderNo);
    }

    public static String cancel(String orderNo) {
        return CANCEL.replace("{orderNo}", orderNo);
    }
}
