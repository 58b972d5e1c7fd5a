package org.budayang.central.payments.ops;

import java.time.LocalDate;

/**
 * {@code POST /api/v1/ops/payments/cash-counts}: what ops counted in a kiosk's cash box for one (Beijing) day's
 * orders, for the reconciliation. Counted again, the later count replaces the earlier (both are audited).
 */
public record CashCount(String kioskId, LocalDate date, long countedFen) {
    public CashCount {
        if (kioskId == null || !kioskId.matches("[A-Za-z0-9-]{1,32}")) {
            throw new IllegalArgumentException("CashCount.kioskId '" + kioskId + "' is not a kiosk id such as "
                    + "KSK-620102000000-0001");
        }
        if (date == null) {
            throw new IllegalArgumentException("CashCount.date is required (YYYY-MM-DD)");
        }
        if (countedFen < 0) {
            throw new IllegalArgumentException("CashCount.countedFen must be >= 0, was " + countedFen);
        }
    }
}
