package org.budayang.central.payments.bills;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.budayang.api.catalog.ServiceItem;
import org.budayang.api.payments.Bill;

/** A fixed fee of the item (居民身份证补领工本费 20元), paid by the payer for themselves. */
public final class FixedFeeRule implements FeeRule {
    private final String label;
    private final long amountFen;

    public FixedFeeRule(String label, long amountFen) {
        if (amountFen <= 0) {
            throw new IllegalArgumentException("FixedFeeRule.amountFen must be > 0, was " + amountFen);
        }
        this.label = label;
        this.amountFen = amountFen;
    }

    @Override
    public Fee compute(ServiceItem item, String payer, Map<String, String> params, LocalDate today) {
        return new Fee(FeeKind.FIXED_FEE, payer, item.basicCode(), label, List.of(new Bill.BillLine(label, amountFen)));
    }
}
