package org.budayang.central.payments;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.budayang.api.payments.PaymentState;

/**
 * The state machine of a payment order, written down: which state may follow which. A move not listed is refused
 * with the state and the operation named. EXPIRED and CANCELLED may still become REFUND_PENDING: money the provider
 * took after all (paid at the very moment of the expiry) is refunded, never kept.
 */
public final class OrderTransitions {
    private static final Map<PaymentState, Set<PaymentState>> NEXT = new EnumMap<>(PaymentState.class);

    static {
        NEXT.put(PaymentState.CREATED, EnumSet.of(PaymentState.PAID, PaymentState.EXPIRED, PaymentState.CANCELLED,
                PaymentState.REFUND_PENDING));
        NEXT.put(PaymentState.PAID, EnumSet.of(PaymentState.FULFILLED, PaymentState.REFUND_PENDING));
        NEXT.put(PaymentState.EXPIRED, EnumSet.of(PaymentState.REFUND_PENDING));
        NEXT.put(PaymentState.CANCELLED, EnumSet.of(PaymentState.REFUND_PENDING));
        NEXT.put(PaymentState.REFUND_PENDING, EnumSet.of(PaymentState.REFUNDED));
        NEXT.put(PaymentState.FULFILLED, EnumSet.noneOf(PaymentState.class));
        NEXT.put(PaymentState.REFUNDED, EnumSet.noneOf(PaymentState.class));
    }

    private OrderTransitions() {
    }

    public static boolean allowed(PaymentState from, PaymentState to) {
        return NEXT.get(from).contains(to);
    }

    /** Throws when {@code operation} would move an order from {@code from} to {@code to}, which is not allowed. */
    public static void require(String orderNo, PaymentState from, PaymentState to, String operation) {
        if (!allowed(from, to)) {
            throw new IllegalStateException("Order " + orderNo + " in state " + from + " refuses " + operation
                    + " (to " + to + "); allowed from " + from + ": " + NEXT.get(from));
        }
    }
}
