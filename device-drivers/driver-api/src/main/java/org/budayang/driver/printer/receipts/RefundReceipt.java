package org.budayang.driver.printer.receipts;

import java.time.LocalDateTime;
import java.util.Objects;
import org.budayang.driver.idcard.NameMask;
import org.budayang.driver.printer.Receipt;

/**
 * 退款凭证: money returned to a citizen (a payment taken for a service that could not be completed).
 *
 * @param itemName      what the payment was for
 * @param amountFen     the refunded amount in fen
 * @param payerName     to whom (printed masked)
 * @param orderNumber   the original payment order
 * @param refundNumber  the refund's own number
 * @param channel       where the money goes back to
 * @param refundedAt    when
 * @param reason        why, in words the citizen understands (e.g. 打印失败，业务未办结)
 */
public record RefundReceipt(String itemName, long amountFen, String payerName, String orderNumber,
                            String refundNumber, PaymentChannel channel, LocalDateTime refundedAt, String reason) {
    private static final String T = "RefundReceipt";

    public RefundReceipt {
        itemName = Check.text(T, "itemName", itemName, 60);
        Check.fen(T, "amountFen", amountFen);
        payerName = Check.name(T, "payerName", payerName);
        orderNumber = Check.number(T, "orderNumber", orderNumber);
        refundNumber = Check.number(T, "refundNumber", refundNumber);
        if (refundNumber.equals(orderNumber)) {
            throw new IllegalArgumentException(T + ".refundNumber must differ from the order number " + orderNumber);
        }
        Objects.requireNonNull(channel, T + ".channel is required");
        Objects.requireNonNull(refundedAt, T + ".refundedAt is required");
        reason = Check.text(T, "reason", reason, 80);
    }

    public String amountYuan() {
        return Check.yuan(amountFen);
    }

    public Receipt toReceipt() {
        return Receipt.builder()
                .heading("退款凭证")
                .rule()
                .pair("退款项目", itemName)
                .pair("退款金额（元）", amountYuan())
                .pair("收款人", NameMask.mask(payerName))
                .pair("原订单号", orderNumber)
                .pair("退款单号", refundNumber)
                .pair("退回至", channel.label())
                .pair("退款时间", AcceptanceReceipt.MINUTE.format(refundedAt))
                .text("退款原因：" + reason)
                .rule()
                .text(channel == PaymentChannel.CASH ? "现金已退出，请当面点清。"
                        : "款项将按原支付渠道退回，到账时间以银行或支付机构为准。")
                .centred("请妥善保管本凭证")
                .feed(1)
                .cut()
                .build();
    }

    @Override
    public String toString() {
        return "RefundReceipt[" + refundNumber + " for " + orderNumber + ", " + amountYuan() + " yuan]";
    }
}
