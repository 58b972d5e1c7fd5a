package org.budayang.api.payments;

import java.time.Instant;
import org.budayang.api.services.Require;

/**
 * A refund central recorded for an order: for QR, the provider's refund; for cash, the 退款凭证 the kiosk prints
 * (code + QR of {@code qrPayload}) that the citizen takes to the service hall, where ops settle it.
 *
 * @param code        the refund's code, printed on the 退款凭证 (e.g. TK202611270001)
 * @param amountFen   what is refunded
 * @param reason      why, in Chinese for the citizen
 * @param qrPayload   what the voucher's QR holds (a URL at central that shows the refund's state)
 * @param issuedAt    when central recorded it
 * @param settled     true once refunded (provider confirmed, or ops paid the cash out)
 */
public record RefundVoucher(String code, long amountFen, String reason, String qrPayload, Instant issuedAt,
                            boolean settled) {
    public RefundVoucher {
        code = Require.text("RefundVoucher.code", code);
        if (amountFen <= 0) {
            throw new IllegalArgumentException("RefundVoucher.amountFen must be > 0, was " + amountFen);
        }
        reason = Require.text("RefundVoucher.reason", reason);
        qrPayload = Require.text("RefundVoucher.qrPayload", qrPayload);
        Require.present("RefundVoucher.issuedAt", issuedAt);
    }
}
