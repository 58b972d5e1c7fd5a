package org.budayang.driver.printer.receipts;

/** How a citizen paid, as printed on payment and refund receipts. */
public enum PaymentChannel {
    WECHAT("微信支付"),
    ALIPAY("支付宝"),
    UNIONPAY("银联云闪付"),
    BANK_CARD("银行卡"),
    CASH("现金");

    private final String label;

    PaymentChannel(String label) {
        this.label = label;
    }

    /** The Chinese name printed on the receipt. */
    public String label() {
        return label;
    }
}
