package org.budayang.driver.cash;

import java.util.List;
import java.util.Objects;

/**
 * Where a {@link CashSession} stands, for the screen, the journal and the refund voucher.
 *
 * @param state       the session's state
 * @param dueFen      the amount due (0 while IDLE)
 * @param creditedFen everything credited in this session, late credits included
 * @param escrowFen   a note accepted from escrow and not yet credited (shown as "正在入账")
 * @param refundFen   what must be given back: all credits when CANCELLED or FAILED, late credits when PAID
 * @param uncertainFen a note accepted from escrow whose fate is unknown (unsafe jam, lost link): maintenance counts
 *                     the cash box; never paid out automatically
 * @param credits     the credits, in the order they came
 * @param failure     why the session FAILED (stable code and detail), or empty
 */
public record CashSessionSummary(CashSessionState state, long dueFen, long creditedFen, long escrowFen, long refundFen,
                                 long uncertainFen, List<Credit> credits, String failure) {
    public CashSessionSummary {
        Objects.requireNonNull(state, "CashSessionSummary.state is required");
        credits = List.copyOf(Objects.requireNonNull(credits, "CashSessionSummary.credits is required"));
        Objects.requireNonNull(failure, "CashSessionSummary.failure is required (may be empty)");
        long sum = credits.stream().mapToLong(Credit::fen).sum();
        if (sum != creditedFen) {
            throw new IllegalArgumentException("CashSessionSummary.creditedFen " + creditedFen
                    + " differs from the sum of the credits " + sum);
        }
        if (dueFen < 0 || escrowFen < 0 || refundFen < 0 || uncertainFen < 0 || refundFen > creditedFen) {
            throw new IllegalArgumentException("CashSessionSummary amounts out of range: due " + dueFen + ", escrow "
                    + escrowFen + ", refund " + refundFen + ", uncertain " + uncertainFen + ", credited " + creditedFen);
        }
    }

    /** What is still to pay (0 once paid or over). */
    public long remainingFen() {
        return state == CashSessionState.ACCEPTING ? Math.max(0, dueFen - creditedFen) : 0;
    }
}
