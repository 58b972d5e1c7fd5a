package org.budayang.central.payments.bills;

import java.util.List;
import org.budayang.api.payments.Bill;

/** What a {@link FeeRule} computed: for whom, against what, the subject and the lines of the amount. */
public record Fee(FeeKind kind, String beneficiary, String target, String subject, List<Bill.BillLine> lines) {
    public Fee {
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("Fee.lines must not be empty for " + kind + " " + target);
        }
    }

    public long amountFen() {
        return lines.stream().mapToLong(Bill.BillLine::amountFen).sum();
    }
}
