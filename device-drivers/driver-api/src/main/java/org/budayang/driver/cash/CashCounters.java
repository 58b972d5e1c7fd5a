package org.budayang.driver.cash;

/**
 * The acceptor's own note counters (SSP {@code GET_COUNTERS}), for reconciliation with the journal.
 *
 * @param stacked  notes stacked into the cash box since the counters were reset
 * @param stored   notes stored for payout (0 on a plain validator)
 * @param dispensed notes paid out (0 on a plain validator)
 * @param transferred notes moved from storage to the cash box
 * @param rejected notes given back
 */
public record CashCounters(long stacked, long stored, long dispensed, long transferred, long rejected) {
    public CashCounters {
        check("stacked", stacked);
        check("stored", stored);
        check("dispensed", dispensed);
        check("transferred", transferred);
        check("rejected", rejected);
    }

    private static void check(String field, long value) {
        if (value < 0) {
            throw new IllegalArgumentException("CashCounters." + field + " must not be negative, got " + value);
        }
    }
}
