package org.budayang.driver.printer.receipts;

import java.time.LocalDateTime;
import java.util.Objects;
import org.budayang.driver.idcard.NameMask;
import org.budayang.driver.printer.Receipt;

/**
 * 缴费凭证: a payment made at the kiosk. The amount is given in fen and printed in yuan with two decimals; the
 * payer's name is printed masked.
 *
 * @param itemName    what was paid for, e.g. 城乡居民医疗保险缴费
 * @param amountFen   the amount in fen (1/100 yuan)
 * @param payerName   the payer (printed masked)
 * @param orderNumber the payment order number
 * @param channel     how it was paid
 * @param paidAt      when
 */
public record PaymentReceipt(String itemName, long amountFen, String payerName, String orderNumber,
                             PaymentChannel channel, LocalDateTime paidAt) {
    private static final String T = "PaymentReceipt";

    public PaymentReceipt {
        itemName = Check.text(T, "itemName", itemName, 60);
        Check.fen(T, "amountFen", amountFen);
        payerName = Check.name(T, "payerName", payerName);
        orderNumber = Check.number(T, "orderNumber", orderNumber);
        Objects.requireNonNull(channel, T + ".channel is required");
        Objects.requireNonNull(paidAt, T + ".paidAt is required");
    }

    /** The amount as printed, e.g. {@code 12.50}. */
    public String amountYuan() {
        return Check.yuan(amountFen);
    }

    public Receipt toReceipt() {
        return Receipt.builder()
                .heading("缴费凭证")
                .rule()
                .pair("缴费项目", itemName)
                .pair("金额（元）", amountYuan())
                .pair("缴费人", NameMask.mask(payerName))
                .pair("订单编号", orderNumber)
                .pair("支付方式", channel.label())
                .pair("缴费时间", AcceptanceReceipt.MINUTE.format(paidAt))
                .rule()
                .centred("请妥善保管本凭证")
                .barcode(Receipt.Symbology.CODE128, orderNumber)
                .feed(1)
                .cut()
                .build();
    }

    @Override
    public String toString() {
        return "PaymentReceipt[" + orderNumber + ", " + amountYuan() + " yuan, " + channel + "]";
    }
}
