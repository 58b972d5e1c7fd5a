package org.budayang.kiosk.identity;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a scanned code looks like, decided by its text alone. The kiosk keeps its own rule (it never names a
 * driver), the same as the qr-serial driver's helper. Only {@link #EC_TOKEN} identifies a citizen; whether the token
 * really is a current 医保电子凭证 is for the 医保 platform to say when central resolves it ({@code ec.query}).
 *
 * <p>The rule, in order:
 * <ol>
 *   <li>{@link #PAYMENT}: 18 digits starting 10..15 (微信付款码), 16..24 digits starting 25..30 (支付宝), 19 digits
 *       starting 62 (云闪付);</li>
 *   <li>{@link #LINK}: a URL ({@code http://}, {@code https://} and a host; 电子身份证 and web links);</li>
 *   <li>{@link #EC_TOKEN}: an opaque token of 32..256 characters from {@code [A-Za-z0-9+/=_:.-]} with at least one
 *       letter and one digit (the platform does not publish the QR's layout);</li>
 *   <li>{@link #OTHER}: anything else (bar codes, Chinese text, short codes).</li>
 * </ol>
 */
public enum CodeKind {
    EC_TOKEN,
    PAYMENT,
    LINK,
    OTHER;

    private static final Pattern WECHAT_PAY = Pattern.compile("1[0-5]\\d{16}");
    private static final Pattern ALIPAY = Pattern.compile("(2[5-9]|30)\\d{14,22}");
    private static final Pattern UNIONPAY = Pattern.compile("62\\d{17}");
    private static final Pattern WEB = Pattern.compile("(?i)https?://[^\\s/?#]+.*");
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9+/=_:.-]{32,256}");
    private static final Pattern LETTER = Pattern.compile(".*[A-Za-z].*");
    private static final Pattern DIGIT = Pattern.compile(".*\\d.*");

    /** The kind of {@code text} (surrounding spaces ignored). */
    public static CodeKind of(String text) {
        Objects.requireNonNull(text, "text");
        String code = text.strip();
        if (WECHAT_PAY.matcher(code).matches() || ALIPAY.matcher(code).matches()
                || UNIONPAY.matcher(code).matches()) {
            return PAYMENT;
        }
        if (WEB.matcher(code).matches()) {
            return LINK;
        }
        if (TOKEN.matcher(code).matches() && LETTER.matcher(code).matches() && DIGIT.matcher(code).matches()) {
            return EC_TOKEN;
        }
        return OTHER;
    }
}
