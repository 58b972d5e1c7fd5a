package org.budayang.central.payments.ops;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One day's reconciliation (Beijing day): per kiosk, the cash central expects in its box against the count ops
 * reported, and the QR orders against the provider's records; every difference listed.
 */
public record Reconciliation(LocalDate date, Instant generatedAt, String provider, List<KioskDay> kiosks,
                             List<Difference> differences, boolean balanced) {
    public Reconciliation {
        kiosks = List.copyOf(kiosks);
        differences = List.copyOf(differences);
    }

    /**
     * @param cashStatus       MATCHED, DIFFERENT or NOT_REPORTED (no count of the cash box for the day)
     * @param cashReportedFen  the counted cash; null when not reported
     */
    public record KioskDay(String kioskId, int cashOrders, long cashExpectedFen, Long cashReportedFen,
                           String cashStatus, long cashDifferenceFen, int qrOrders, long qrPaidFen,
                           long qrRefundedFen) {
    }

    /**
     * A QR order central and the provider see differently, or a cash box that does not match.
     *
     * @param problem  PAID_AT_PROVIDER_ONLY, PAID_AT_CENTRAL_ONLY, REFUND_NOT_AT_PROVIDER, REFUNDED_BUT_DELIVERED,
     *                 AMOUNT_DIFFERS, UNKNOWN_TO_CENTRAL, UNKNOWN_TO_PROVIDER or CASH_DIFFERS
     */
    public record Difference(String kioskId, String orderNo, String problem, String central, String provider) {
    }
}
