package org.budayang.kiosk.identity;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.budayang.api.identity.CitizenIdentity;

/**
 * What a scanned code looks like, decided by its text alone (the kiosk's own rule; the scanner driver has its own
 * helper, but the kiosk never names a driver). Only {@link #EC_TOKEN} identifies a citizen; whether the token
 * really is a current 医保电子凭证 is for the 医保 platform to say when central resolves it ({@code ec.query}).
 *
 * <p>The rule, in order:
 * <ol>
 *   <li>{@link #PAYMENT}: 18 digits starting 10..15 (微信 payment code) or 16..24 digits starting 25..30 (支付宝);</li>
 *   <li>{@link #LINK}: a URL ({@code http://}, {@code https://}; 电子身份证 and web links);</li>
 *   <li>{@link #EC_TOKEN}: {@value CitizenIdentity#TOKEN_MIN}..{@value CitizenIdentity#TOKEN_MAX} printable ASCII
 *       characters without spaces that are not all digits (the dynamic voucher is an opaque alphanumeric token;
 *       all-digit codes are payment or bar codes);</li>
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
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern TOKEN = Pattern.compile("[\\x21-\\x7E]{" + CitizenIdentity.TOKEN_MIN + ","
            + CitizenIdentity.TOKEN_MAX + "}");

    /** The kind of {@code text} (already without its line terminator). */
    public static CodeKind of(String text) {
        Objects.requireNonNull(text, "text");
        String code = text.strip();
        if (WECHAT_PAY.matcher(code).matches() || ALIPAY.matcher(code).matches()) {
            return PAYMENT;
        }
        String lower = code.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            return LINK;
        }
        if (TOKEN.matcher(code).matches() && !DIGITS.matcher(code).matches()) {
            return EC_TOKEN;
        }
        return OTHER;
    }
}
