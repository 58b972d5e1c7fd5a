package org.budayang.central.payments;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import org.budayang.central.payments.bills.BillService;

/**
 * The public payment pages (the sandbox's phone page, the 退款凭证 page): Chinese, readable on a phone, one inline
 * style sheet allowed by its hash in the Content-Security-Policy, no script, forms posting only to this origin.
 */
public final class PaymentPages {
    private static final String STYLE = "body{font-family:sans-serif;margin:0;background:#f4f6f8;color:#1a1a1a}"
            + "main{max-width:28rem;margin:0 auto;padding:1.2rem}h1{font-size:1.4rem}"
            + "dl{background:#fff;border-radius:.5rem;padding:1rem}dt{color:#555;font-size:.9rem}"
            + "dd{margin:0 0 .8rem 0;font-size:1.1rem}.amount{font-size:2rem;color:#c0392b;font-weight:bold}"
            + "button{width:100%;font-size:1.3rem;padding:.9rem;border:0;border-radius:.5rem;background:#1aad19;"
            + "color:#fff}.note{color:#666;font-size:.85rem}.ok{color:#1a7f37}.bad{color:#b00020}";
    public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'sha256-" + hash(STYLE)
            + "'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

    private PaymentPages() {
    }

    /** Answers an HTML page with the pages' CSP. */
    public static void send(Context ctx, int status, String title, String body) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        // the form's POST then carries this origin, which the phone page checks beside its CSRF token
        ctx.header("Referrer-Policy", "same-origin");
        ctx.status(status).contentType("text/html; charset=utf-8").result(page(title, body));
    }

    static String page(String title, String body) {
        return "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" "
                + "content=\"width=device-width,initial-scale=1\"><title>" + escape(title) + "</title><style>" + STYLE
                + "</style></head><body><main><h1>" + escape(title) + "</h1>" + body + "</main></body></html>";
    }

    /** 12.30 元 from 1230 fen. */
    public static String yuan(long fen) {
        return String.format("%d.%02d 元", fen / 100, fen % 100);
    }

    public static String time(java.time.Instant at) {
        return at == null ? "" : TIME.format(LocalDateTime.ofInstant(at, BillService.ZONE));
    }

    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** The 退款凭证 page. */
    static String refundBody(RefundRow r) {
        String state = r.settled() ? "<p class=\"ok\">已退款（" + escape(time(r.settledAt())) + "）</p>"
                : r.method() == org.budayang.api.payments.PaymentMethod.CASH
                ? "<p class=\"bad\">待领取：请携带本退款凭证和身份证，到政务服务中心窗口领取现金退款。</p>"
                : "<p class=\"bad\">退款处理中：款项将原路退回支付账户。</p>";
        return state + "<dl><dt>退款凭证编号</dt><dd>" + escape(r.code()) + "</dd><dt>退款金额</dt><dd class=\"amount\">"
                + yuan(r.amountFen()) + "</dd><dt>退款原因</dt><dd>" + escape(r.reason()) + "</dd><dt>开具时间</dt><dd>"
                + escape(time(r.issuedAt())) + "</dd></dl><p class=\"note\">如有疑问请拨打 12345 政务服务便民热线。</p>";
    }

    private static String hash(String text) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JDK", e);
        }
    }
}
