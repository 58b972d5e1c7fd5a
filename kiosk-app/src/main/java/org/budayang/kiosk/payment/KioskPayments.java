package org.budayang.kiosk.payment;

import java.util.Objects;

/**
 * What the PAY step of a flow needs: the payment calls, the cash acceptor and the slip printing.
 *
 * @param desk     central's payments, journalled
 * @param till     the cash acceptor (none on a kiosk without one)
 * @param printer  the receipt printer's print path
 * @param receipts the 缴费凭证 and 退款凭证 templates
 */
public record KioskPayments(PaymentDesk desk, CashTill till, PaymentPrinter printer, PaymentReceipts receipts) {
    public KioskPayments {
        Objects.requireNonNull(desk, "KioskPayments.desk is required");
        Objects.requireNonNull(till, "KioskPayments.till is required");
        Objects.requireNonNull(printer, "KioskPayments.printer is required");
        Objects.requireNonNull(receipts, "KioskPayments.receipts is required");
    }
}
