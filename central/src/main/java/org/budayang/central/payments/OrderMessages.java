package org.budayang.central.payments;

import org.budayang.api.payments.PaymentMethod;
import org.budayang.api.payments.PaymentState;

/** The Chinese sentence a kiosk shows for an order's state. */
final class OrderMessages {
    private OrderMessages() {
    }

    static String of(PaymentState state, PaymentMethod method, boolean refundSettled) {
        return switch (state) {
            case CREATED -> method == PaymentMethod.QR ? "请使用手机扫描二维码，在手机上确认支付。"
                    : "请投入纸币，本机不找零。";
            case PAID -> "已收到付款，正在办理，请稍候。";
            case FULFILLED -> "缴费成功，请取走缴费凭条。";
            case EXPIRED -> "订单已超时关闭，未扣款。如需缴费请重新办理。";
            case CANCELLED -> "已取消缴费，未扣款。";
            case REFUND_PENDING -> method == PaymentMethod.QR ? "业务未能办理成功，款项正在原路退回，请留意手机到账提醒。"
                    : "业务未能办理成功，请保管好退款凭证，到服务大厅窗口领取退款。";
            case REFUNDED -> method == PaymentMethod.QR ? "款项已原路退回。"
                    : refundSettled ? "退款已领取。" : "退款已办结。";
        };
    }
}
