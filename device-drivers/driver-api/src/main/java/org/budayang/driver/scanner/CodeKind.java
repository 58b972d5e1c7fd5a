package org.budayang.driver.scanner;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a scanned code looks like, so that a kiosk flow can refuse a wrong code early ("请出示医保电子凭证" when a
 * citizen shows a payment code) before asking the department system. These are heuristics on the text's shape,
 * checked in this order on the text without surrounding spaces; the department system stays the judge of whether
 * a code is genuine (only {@link #ECTOKEN} identifies a citizen, and whether it is a current 医保电子凭证 is for the
 * 医保 platform to say). One rule for every scanner driver and the kiosk.
 *
 * <ol>
 *   <li>{@link #WECHAT_PAY}: 18 digits starting 10..15 (微信付款码 auth_code).</li>
 *   <li>{@link #ALIPAY}: 16..24 digits starting 25..30 (支付宝付款码).</li>
 *   <li>{@link #UNIONPAY}: 19 digits starting 62 (云闪付 / 银联付款码).</li>
 *   <li>{@link #URL}: {@code http://} or {@code https://} followed by a host: 电子身份证 (网证) and other web
 *       links; the caller checks the host against what it trusts.</li>
 *   <li>{@link #ECTOKEN}: a 医保电子凭证-looking token. The platform does not publish the QR's layout (it is
 *       decoded by the 医保 platform's {@code ec.query}); we take an opaque token of 32..256 characters from
 *       {@code [A-Za-z0-9+/=_:.-]} with at least one letter and one digit.</li>
 *   <li>{@link #OTHER}: anything else (a product barcode, a Chinese text QR…).</li>
 * </ol>
 */
public enum CodeKind {
    WECHAT_PAY("微信付款码"),
    ALIPAY("支付宝付款码"),
    UNIONPAY("云闪付付款码"),
    URL("网址或电子身份证码"),
    ECTOKEN("医保电子凭证"),
    OTHER("其他条码");

    private static final Pattern WECHAT = Pattern.compile("1[0-5]\\d{16}");
    private static final Pattern ALIPAY_CODE = Pattern.compile("(2[5-9]|30)\\d{14,22}");
    private static final Pattern UNIONPAY_CODE = Pattern.compile("62\\d{17}");
    private static final Pattern WEB = Pattern.compile("(?i)https?://[^\\s/?#]+.*");
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9+/=_:.-]{32,256}");
    private static final Pattern LETTER = Pattern.compile(".*[A-Za-z].*");
    private static final Pattern DIGIT = Pattern.compile(".*\\d.*");

    private final String label;

    CodeKind(String label) {
        this.label = label;
    }

    /** The citizen-facing name (zh-CN). */
    public String label() {
        return label;
    }

    /** Whether the code is a payment code (WeChat, Alipay, UnionPay). */
    public boolean isPayment() {
        return this == WECHAT_PAY || this == ALIPAY || this == UNIONPAY;
    }

    /** Classifies {@code text} by its shape (see the class documentation); surrounding spaces are ignored. */
    public static CodeKind of(String raw) {
        Objects.requireNonNull(raw, "text");
        String text = raw.strip();
        if (WECHAT.matcher(text).matches()) {
            return WECHAT_PAY;
        }
        if (ALIPAY_CODE.matcher(text).matches()) {
            return ALIPAY;
        }
        if (UNIONPAY_CODE.matcher(text).matches()) {
            return UNIONPAY;
        }
        if (WEB.matcher(text).matches()) {
            return URL;
        }
        if (TOKEN.matcher(text).matches() && LETTER.matcher(text).matches() && DIGIT.matcher(text).matches()) {
            return ECTOKEN;
        }
        return OTHER;
    }
}
