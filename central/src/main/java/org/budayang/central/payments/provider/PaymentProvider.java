package org.budayang.central.payments.provider;

import io.javalin.Javalin;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An acquirer of QR payments (扫码支付) behind central: the sandbox ({@code payments.sandbox}) or a real one plugged
 * in later. Central creates an order, shows the provider's QR payload on the kiosk, learns of the payment by the
 * provider's signed notification or by {@link #query}, closes unpaid orders at their expiry and refunds paid ones
 * it cannot deliver. Calls the provider cannot answer throw {@link ProviderException}; every call is idempotent on
 * the order number (and the refund number).
 */
public interface PaymentProvider {
    /** The provider's name, also the last segment of its notification path. */
    String name();

    /** Opens an order at the provider; answers what the kiosk's QR shows. */
    String create(ProviderOrder order);

    /** The provider's state of an order. */
    ProviderStatus query(String orderNo);

    /** Closes an unpaid order so that it can no longer be paid; false when it was paid first (or refunded). */
    boolean close(String orderNo);

    /** Refunds a paid order in full; idempotent on {@code refundNo}. */
    void refund(String orderNo, String refundNo, long amountFen);

    /** The provider's records of orders created on {@code day} (Beijing time), for reconciliation. */
    List<ProviderStatus> records(LocalDate day);

    /**
     * Checks a notification's signature, freshness and form; answers what it says, or throws {@link
     * ProviderException} with code NOTIFICATION_FORGED / NOTIFICATION_STALE.
     */
    Notification verify(Map<String, String> headers, byte[] body, Instant now);

    /** Public routes the provider serves through central (the sandbox's phone page); none by default. */
    default void addRoutes(Javalin app) {
    }

    /** Told central's own base URL once it listens (where notifications go). */
    default void serving(String centralUrl) {
    }

    /** What central asks the provider to collect. */
    record ProviderOrder(String orderNo, String subject, String payee, long amountFen, Instant expiresAt) {
    }

    /** A verified notification: the provider says the order was paid with this amount. */
    record Notification(String notificationId, String orderNo, long paidFen, Instant paidAt) {
    }
}
