package org.budayang.central.payments.sandbox;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.net.URI;
import java.util.Optional;
import org.budayang.api.payments.PaymentPaths;
import org.budayang.central.payments.PaymentPages;
import org.budayang.central.web.AcceptedBodies;

/**
 * The sandbox's "phone" ({@link PaymentPaths#PHONE_PAGE}, public): opening the kiosk's QR URL shows payee, subject
 * and amount and a 确认支付 button; pressing it POSTs the form with a CSRF token (an HMAC of the order's token under
 * the sandbox key) and pays the order once. A POST from another origin, or without the right token, is refused.
 */
final class PhonePage {
    private static final String NOTE = "<p class=\"note\">这是政务服务一体机的支付沙箱（模拟手机支付），不会真实扣款。</p>";
    private final SandboxPaymentProvider provider;
    private final NotificationSigner signer;

    PhonePage(SandboxPaymentProvider provider, NotificationSigner signer) {
        this.provider = provider;
        this.signer = signer;
    }

    void addRoutes(Javalin app) {
        app.get(PaymentPaths.PHONE_PAGE, this::show);
        app.post(PaymentPaths.PHONE_PAGE, this::confirm, AcceptedBodies.of(2048,
                "application/x-www-form-urlencoded"));
    }

    private void show(Context ctx) {
        String token = ctx.pathParam("token");
        Optional<SandboxPaymentProvider.Phone> phone = token.matches("[0-9a-f]{32}") ? provider.byToken(token)
                : Optional.empty();
        if (phone.isEmpty()) {
            PaymentPages.send(ctx, 404, "未找到订单", "<p class=\"bad\">未找到该支付订单，请重新扫描终端上的二维码。</p>" + NOTE);
            return;
        }
        SandboxPaymentProvider.Phone p = phone.get();
        String details = "<dl><dt>收款方</dt><dd>" + PaymentPages.escape(p.payee()) + "</dd><dt>缴费事项</dt><dd>"
                + PaymentPages.escape(p.subject()) + "</dd><dt>金额</dt><dd class=\"amount\">"
                + PaymentPages.yuan(p.status().amountFen()) + "</dd><dt>订单号</dt><dd>"
                + PaymentPages.escape(p.status().orderNo()) + "</dd></dl>";
        String action = switch (p.status().state()) {
            case WAITING -> provider.now().isBefore(p.expiresAt())
                    ? "<form method=\"post\" action=\"/pay/" + token + "\"><input type=\"hidden\" name=\"csrf\" value=\""
                    + signer.csrf(token) + "\"><button type=\"submit\">确认支付</button></form>"
                    : "<p class=\"bad\">该订单已过期，请在终端上重新发起缴费。</p>";
            case PAID -> "<p class=\"ok\">该订单已支付。</p>";
            case CLOSED -> "<p class=\"bad\">该订单已关闭，请在终端上重新发起缴费。</p>";
            case REFUNDED -> "<p class=\"ok\">该订单已退款。</p>";
        };
        PaymentPages.send(ctx, 200, "扫码支付", details + action + NOTE);
    }

    private void confirm(Context ctx) {
        String token = ctx.pathParam("token");
        if (!token.matches("[0-9a-f]{32}") || !sameOrigin(ctx) || !signer.csrf(token).equals(ctx.formParam("csrf"))) {
            PaymentPages.send(ctx, 403, "无法支付", "<p class=\"bad\">请求无效，请重新扫描终端上的二维码后再支付。</p>" + NOTE);
            return;
        }
        SandboxPaymentProvider.Confirmation result = provider.confirm(token);
        switch (result) {
            case PAID -> PaymentPages.send(ctx, 200, "支付成功", "<p class=\"ok\">支付成功，请回到终端查看办理结果。</p>" + NOTE);
            case ALREADY_PAID -> PaymentPages.send(ctx, 409, "该订单已支付", "<p class=\"ok\">该订单已支付，请勿重复支付。</p>"
                    + NOTE);
            case CLOSED -> PaymentPages.send(ctx, 409, "订单已关闭", "<p class=\"bad\">该订单已关闭，未扣款。</p>" + NOTE);
            case EXPIRED -> PaymentPages.send(ctx, 409, "订单已过期", "<p class=\"bad\">该订单已过期，未扣款。</p>" + NOTE);
            case UNKNOWN -> PaymentPages.send(ctx, 404, "未找到订单", "<p class=\"bad\">未找到该支付订单。</p>" + NOTE);
        }
    }

    /** A browser's cross-site POST carries an Origin (or Referer) of another host: refused. */
    private static boolean sameOrigin(Context ctx) {
        String origin = Optional.ofNullable(ctx.header("Origin")).orElse(ctx.header("Referer"));
        if (origin == null || origin.equals("null")) {
            return true; // no origin told (or hidden by a referrer policy): the CSRF token decides
        }
        try {
            String host = URI.create(origin).getAuthority();
            return host != null && host.equalsIgnoreCase(ctx.host());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
