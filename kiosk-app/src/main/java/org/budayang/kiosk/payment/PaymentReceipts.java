package org.budayang.kiosk.payment;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.budayang.api.payments.PaymentMethod;
import org.budayang.api.payments.PaymentOrder;
import org.budayang.api.payments.RefundVoucher;
import org.budayang.driver.idcard.NameMask;
import org.budayang.driver.printer.Receipt;
import org.budayang.driver.printer.receipts.PaymentChannel;
import org.budayang.driver.printer.receipts.PaymentReceipt;

/**
 * The slips of a payment: the 缴费凭证 (driver-api's {@link PaymentReceipt} template with the 办件编号 added after the
 * order number) once central says FULFILLED, and the 退款凭证 of central's {@link RefundVoucher} (code and QR; cash
 * is paid out at the service hall, a QR refund goes back through the provider).
 */
public final class PaymentReceipts {
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final ZoneId zone;

    public PaymentReceipts(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** 缴费凭证: order number, 办件编号, amount, method, time. */
    public Receipt paid(PaymentOrder order, String payerName) {
        if (order.applicationId() == null || order.paidAt() == null) {
            throw new IllegalArgumentException("order " + order.orderNo() + " is " + order.state()
                    + ": a 缴费凭证 needs a FULFILLED order with its 办件编号 and payment time");
        }
        PaymentChannel channel = order.method() == PaymentMethod.CASH ? PaymentChannel.CASH : PaymentChannel.UNIONPAY;
        Receipt template = new PaymentReceipt(shortName(order.subject()), order.amountFen(), payerName,
                order.orderNo(), channel, LocalDateTime.ofInstant(order.paidAt(), zone)).toReceipt();
        List<Receipt.Element> elements = new ArrayList<>();
        for (Receipt.Element e : template.elements()) {
            if (e instanceof Receipt.Pair pair && pair.label().equals("支付方式") && order.method() == PaymentMethod.QR) {
                elements.add(new Receipt.Pair("支付方式", "扫码支付"));
                continue;
            }
            elements.add(e);
            if (e instanceof Receipt.Pair pair && pair.label().equals("订单编号")) {
                elements.add(new Receipt.Pair("办件编号", order.applicationId()));
            }
        }
        return new Receipt(elements);
    }

    /** 退款凭证: the refund's code and QR (its state at central), amount, order, reason and what to do. */
    public Receipt refund(PaymentOrder order, String payerName) {
        RefundVoucher voucher = order.refund();
        if (voucher == null) {
            throw new IllegalArgumentException("order " + order.orderNo() + " is " + order.state()
                    + " without a refund: there is no 退款凭证 to print");
        }
        boolean cash = order.method() == PaymentMethod.CASH;
        return Receipt.builder()
                .heading("退款凭证")
                .rule()
                .pair("退款凭证号", voucher.code())
                .pair("缴费项目", shortName(order.subject()))
                .pair("退款金额（元）", yuan(voucher.amountFen()))
                .pair("缴费人", NameMask.mask(payerName))
                .pair("原订单号", order.orderNo())
                .pair("登记时间", MINUTE.format(LocalDateTime.ofInstant(voucher.issuedAt(), zone)))
                .text("退款原因：" + voucher.reason())
                .rule()
                .text(cash ? "本机不能退出现金。请持本凭证到政务服务大厅窗口领取退款，或等待工作人员联系您。"
                        : "款项将按原支付渠道退回，到账时间以支付机构为准。")
                .qr(voucher.qrPayload())
                .centred("扫码查看退款进度")
                .centred("请妥善保管本凭证")
                .feed(1)
                .cut()
                .build();
    }

    /** The amount in yuan with two decimals, e.g. 30.00. */
    public static String yuan(long fen) {
        return String.format("%d.%02d", fen / 100, fen % 100);
    }

    private static String shortName(String subject) {
        return subject.length() <= 60 ? subject : subject.substring(0, 60);
    }

}
