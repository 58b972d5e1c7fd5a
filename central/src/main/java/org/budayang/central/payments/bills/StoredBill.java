package org.budayang.central.payments.bills;

import java.time.Instant;
import java.util.List;
import org.budayang.api.identity.IdNumber;
import org.budayang.api.payments.Bill;

/**
 * A bill as central keeps it: the contract's {@link Bill} plus what delivery needs (who pays, for whom, what).
 *
 * @param beneficiary the ID number the payment is for (the payer, or the family member paid for)
 * @param target      what the department books the payment against (see {@link FeeKind})
 */
public record StoredBill(String billId, String kioskId, String itemCode, FeeKind kind, String payerIdNumber,
                         String beneficiary, String target, String subject, String payee, List<Bill.BillLine> lines,
                         long amountFen, Instant createdAt, Instant validUntil) {
    public StoredBill {
        lines = List.copyOf(lines);
        if (amountFen <= 0) {
            throw new IllegalArgumentException("StoredBill.amountFen must be > 0, was " + amountFen + " for " + billId);
        }
    }

    public Bill bill() {
        return new Bill(billId, itemCode, subject, payee, lines, amountFen, validUntil);
    }

    @Override
    public String toString() {
        return "StoredBill[" + billId + ", " + itemCode + ", " + kind + ", payer " + IdNumber.mask(payerIdNumber)
                + ", " + amountFen + " fen]";
    }
}
