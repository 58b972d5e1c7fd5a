package org.budayang.central.payments;

import java.time.Instant;
import org.budayang.api.payments.PaymentMethod;

/** A refund as pay_refund holds it: a provider refund (QR) or a 退款凭证 ops pay out (cash). */
public record RefundRow(String code, String orderNo, PaymentMethod method, long amountFen, String reason,
                        Instant issuedAt, boolean settled, Instant settledAt, String settledBy, int attempts,
                        String lastError) {
}
