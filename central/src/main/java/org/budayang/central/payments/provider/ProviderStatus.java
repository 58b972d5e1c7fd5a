package org.budayang.central.payments.provider;

import java.time.Instant;

/**
 * An order as the provider sees it.
 *
 * @param state     WAITING (not paid), PAID, CLOSED (closed unpaid) or REFUNDED
 * @param paidFen   what the payer paid (0 before)
 * @param paidAt    when; null before
 */
public record ProviderStatus(String orderNo, State state, long amountFen, long paidFen, Instant paidAt) {
    public enum State { WAITING, PAID, CLOSED, REFUNDED }

    public ProviderStatus {
        if (orderNo == null || orderNo.isBlank() || state == null) {
            throw new IllegalArgumentException("ProviderStatus needs an orderNo and a state, got " + orderNo + ", "
                    + state);
        }
    }

    /** True when the payer's money reached the provider (refunded or not). */
    public boolean moneyTaken() {
        return state == State.PAID || state == State.REFUNDED;
    }
}
