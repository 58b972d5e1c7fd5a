package org.budayang.api.payments;

import java.time.Instant;
import java.util.List;
import org.budayang.api.services.Require;

/**
 * What central says is due: the only amount a kiosk may take. An order must name the bill and repeat its amount.
 *
 * @param billId     central's id of this bill
 * @param itemCode   the item's implementation code
 * @param subject    what is paid for, in Chinese for the screen and the receipt (e.g. 2026年度城乡居民基本养老保险 300元档)
 * @param payee      the department or agency that receives the money (e.g. 国家税务总局兰州市城关区税务局)
 * @param lines      the parts of the amount (罚款本金, 加处罚款…), summing to {@code amountFen}
 * @param amountFen  the total due, in fen (1 元 = 100 分), > 0
 * @param validUntil after this the bill must be asked again (amounts such as 加处罚款 change by day)
 */
public record Bill(String billId, String itemCode, String subject, String payee, List<BillLine> lines,
                   long amountFen, Instant validUntil) {
    public Bill {
        billId = Require.text("Bill.billId", billId);
        itemCode = Require.text("Bill.itemCode", itemCode);
        subject = Require.text("Bill.subject", subject);
        payee = Require.text("Bill.payee", payee);
        lines = List.copyOf(Require.present("Bill.lines", lines));
        if (amountFen <= 0) {
            throw new IllegalArgumentException("Bill.amountFen must be > 0, was " + amountFen);
        }
        long sum = lines.stream().mapToLong(BillLine::amountFen).sum();
        if (!lines.isEmpty() && sum != amountFen) {
            throw new IllegalArgumentException("Bill.lines sum to " + sum + " fen, not Bill.amountFen " + amountFen);
        }
        Require.present("Bill.validUntil", validUntil);
    }

    /** One part of a bill. */
    public record BillLine(String label, long amountFen) {
        public BillLine {
            label = Require.text("BillLine.label", label);
            if (amountFen < 0) {
                throw new IllegalArgumentException("BillLine.amountFen must be >= 0, was " + amountFen);
            }
        }
    }
}
