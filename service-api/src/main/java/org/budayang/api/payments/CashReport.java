package org.budayang.api.payments;

import java.util.List;
import org.budayang.api.services.Require;

/**
 * {@code POST /api/v1/payments/orders/{orderNo}/cash}: the notes the acceptor credited for a cash order, as
 * journalled by the kiosk. Sent again after a crash with the same content: central keeps the largest report per
 * order (credits only grow) and ignores repeats.
 *
 * @param paymentId    the order's payment id (must match the order)
 * @param notesFen     the value of each credited note, in fen, in credit order
 * @param complete     true when the kiosk stopped accepting (paid in full, cancelled or failed)
 */
public record CashReport(String paymentId, List<Long> notesFen, boolean complete) {
    public CashReport {
        paymentId = Require.text("CashReport.paymentId", paymentId);
        notesFen = List.copyOf(Require.present("CashReport.notesFen", notesFen));
        for (Long note : notesFen) {
            if (note == null || note <= 0) {
                throw new IllegalArgumentException("CashReport.notesFen holds " + note + "; every note is > 0 fen");
            }
        }
    }

    public long creditedFen() {
        return notesFen.stream().mapToLong(Long::longValue).sum();
    }
}
