package org.budayang.kiosk.payment;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.budayang.api.ApiHeaders;
import org.budayang.api.json.ApiJson;
import org.budayang.api.payments.Bill;
import org.budayang.api.payments.BillRequest;
import org.budayang.api.payments.CancelRequest;
import org.budayang.api.payments.CashReport;
import org.budayang.api.payments.OrderRequest;
import org.budayang.api.payments.PaymentMethod;
import org.budayang.api.payments.PaymentOrder;
import org.budayang.api.payments.PaymentPaths;
import org.budayang.api.payments.PaymentState;
import org.budayang.api.payments.RefundVoucher;
import org.budayang.api.problem.Problem;

/**
 * A small, strict stand-in for central's payments (the contract of service-api {@code org.budayang.api.payments}),
 * a real HTTP server on a free loopback port with state in memory. The real central is tested against in
 * {@code RealCentralPaymentTest} and {@code RealCentralCrashTest}; this stand-in stays only where the real central
 * cannot be made to do what a test needs: answer 503 to every kiosk call and come back ({@link #down}, the outbox
 * tests of {@code PaymentDeskTest}), run on plain HTTP without enrolment for the many short crash children of
 * {@code PaymentCrashTest} (every kill point, seconds each), and list its orders in memory for their assertions.
 * Its answers follow the real central's (e.g. a cancel after delivery answers the FULFILLED order). Bills are computed per item from a price list; orders are idempotent on paymentId and must repeat the
 * bill's amount; cash reports keep the largest report; an order is FULFILLED once paid in full (cash report complete,
 * or the phone paid the QR through {@link #payByPhone}), or its delivery fails ({@link #failDelivery}) and it goes to
 * REFUND_PENDING with a voucher; a cancellation refunds what was taken (never after FULFILLED). Every POST needs an
 * {@code Idempotency-Key}. It can be told to answer 503 to everything ({@link #down}).
 */
public final class PaymentCentral implements AutoCloseable {
    public static final String ITEM = org.budayang.kiosk.catalog.TestCatalogs.PENSION_CONTRIBUTION;
    private final ObjectMapper json = ApiJson.mapper();
    private final Javalin app;
    private final Map<String, Long> prices = new ConcurrentHashMap<>(Map.of(ITEM, 3_000L));
    private final Map<String, Bill> bills = new ConcurrentHashMap<>();
    private final Map<String, PaymentOrder> orders = new ConcurrentHashMap<>();
    private final Map<String, String> byPayment = new ConcurrentHashMap<>();
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private final AtomicInteger seq = new AtomicInteger();
    public final List<String> requests = new CopyOnWriteArrayList<>();
    private volatile boolean down;
    private volatile boolean failDelivery;
    private final Clock clock = Clock.systemUTC();
    private volatile Duration qrLife = Duration.ofMinutes(5);

    public PaymentCentral() {
        this(0);
    }

    /** On {@code port} (0: any free one), so a restarted kiosk finds the same central again. */
    public PaymentCentral(int port) {
        app = Javalin.create(c -> c.showJavalinBanner = false)
                .before(ctx -> {
                    requests.add(ctx.method() + " " + ctx.path());
                    if (down && !ctx.path().startsWith("/pay/")) {
                        problem(ctx, 503, "DEPARTMENT_UNAVAILABLE", "told to be down");
                        ctx.skipRemainingHandlers();
                    } else if (ctx.method().name().equals("POST") && ctx.path().startsWith("/api/")
                            && ctx.header(ApiHeaders.IDEMPOTENCY_KEY) == null) {
                        problem(ctx, 400, "IDEMPOTENCY_KEY_MISSING", "every kiosk POST needs an Idempotency-Key");
                        ctx.skipRemainingHandlers();
                    }
                })
                .post(PaymentPaths.BILLS, this::bill)
                .post(PaymentPaths.ORDERS, this::order)
                .get(PaymentPaths.ORDER, ctx -> answer(ctx, 200, find(ctx)))
                .post(PaymentPaths.CASH, this::cash)
                .post(PaymentPaths.CANCEL, this::cancel)
                .post("/pay/{token}", this::phone)
                .exception(IllegalArgumentException.class, (e, ctx) -> problem(ctx, 400, "INVALID_REQUEST",
                        e.getMessage()))
                .start("127.0.0.1", port);
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + app.port());
    }

    public int port() {
        return app.port();
    }

    public void down(boolean isDown) {
        down = isDown;
    }

    /** Orders paid from now on cannot be delivered to the department: they are refunded. */
    public void failDelivery(boolean fail) {
        failDelivery = fail;
    }

    /** Bills for {@code itemCode} are {@code fen} from now on. */
    public void price(String itemCode, long fen) {
        prices.put(itemCode, fen);
    }

    public void qrLife(Duration life) {
        qrLife = life;
    }

    public PaymentOrder order(String orderNo) {
        return orders.get(orderNo);
    }

    public List<PaymentOrder> orders() {
        return List.copyOf(orders.values());
    }

    /** What the phone page does: pays the QR order of {@code payload} in full. */
    public void payByPhone(String payload) throws Exception {
        String token = payload.substring(payload.lastIndexOf('/') + 1);
        java.net.http.HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(URI.create(url() + "/pay/" + token))
                        .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("the phone page answered " + r.statusCode() + ": " + r.body());
        }
    }

    private void bill(Context ctx) throws Exception {
        BillRequest request = json.readValue(ctx.body(), BillRequest.class);
        Long price = prices.get(request.itemCode());
        if (price == null) {
            problem(ctx, 404, "PAYMENT_ITEM_UNKNOWN", "no fee for item " + request.itemCode());
            return;
        }
        Bill bill = new Bill("B" + seq.incrementAndGet(), request.itemCode(), "2026年度城乡居民基本养老保险 300元档",
                "国家税务总局兰州市城关区税务局", List.of(new Bill.BillLine("缴费金额", price)), price,
                clock.instant().plus(Duration.ofHours(1)));
        bills.put(bill.billId(), bill);
        answer(ctx, 200, bill);
    }

    private synchronized void order(Context ctx) throws Exception {
        OrderRequest request = json.readValue(ctx.body(), OrderRequest.class);
        String known = byPayment.get(request.paymentId());
        if (known != null) {
            answer(ctx, 200, orders.get(known));
            return;
        }
        Bill bill = bills.get(request.billId());
        if (bill == null) {
            problem(ctx, 404, "PAYMENT_BILL_UNKNOWN", "no bill " + request.billId());
            return;
        }
        if (bill.amountFen() != request.amountFen()) {
            problem(ctx, 400, "PAYMENT_AMOUNT_MISMATCH", "bill " + bill.billId() + " is " + bill.amountFen()
                    + " fen, the order says " + request.amountFen());
            return;
        }
        String orderNo = "PO" + String.format("%08d", seq.incrementAndGet());
        String qr = null;
        if (request.method() == PaymentMethod.QR) {
            String token = java.util.UUID.randomUUID().toString().replace("-", "");
            tokens.put(token, orderNo);
            qr = url() + "/pay/" + token;
        }
        PaymentOrder order = new PaymentOrder(orderNo, request.paymentId(), bill.billId(), bill.itemCode(),
                bill.subject(), bill.amountFen(), request.method(), PaymentState.CREATED, 0, qr,
                clock.instant().plus(qrLife), null, null, null, "等待付款");
        orders.put(orderNo, order);
        byPayment.put(request.paymentId(), orderNo);
        answer(ctx, 201, order);
    }

    private synchronized void cash(Context ctx) throws Exception {
        PaymentOrder order = find(ctx);
        CashReport report = json.readValue(ctx.body(), CashReport.class);
        if (order.method() != PaymentMethod.CASH || !order.paymentId().equals(report.paymentId())) {
            problem(ctx, 400, "PAYMENT_REPORT_MISMATCH", "report of " + report.paymentId() + " for order "
                    + order.orderNo());
            return;
        }
        long paid = Math.max(order.paidFen(), report.creditedFen());
        if (order.state() != PaymentState.CREATED) {
            order = with(order, order.state(), paid, order.refund());
            if (order.state() == PaymentState.REFUND_PENDING && order.refund() != null
                    && paid > order.refund().amountFen()) {
                order = refund(order, paid, "缴费已取消，退还投入现金");
            }
        } else if (report.complete() && paid >= order.amountFen()) {
            order = deliver(with(order, PaymentState.PAID, paid, null));
        } else {
            order = with(order, PaymentState.CREATED, paid, null);
        }
        orders.put(order.orderNo(), order);
        answer(ctx, 200, order);
    }

    private synchronized void cancel(Context ctx) throws Exception {
        PaymentOrder order = find(ctx);
        CancelRequest request = json.readValue(ctx.body(), CancelRequest.class);
        if (!order.paymentId().equals(request.paymentId())) {
            problem(ctx, 400, "PAYMENT_REPORT_MISMATCH", "cancel of " + request.paymentId() + " for "
                    + order.orderNo());
            return;
        }
        if (order.state() == PaymentState.CREATED) {
            order = order.paidFen() > 0 ? refund(order, order.paidFen(), "缴费已取消，退还投入现金")
                    : with(order, PaymentState.CANCELLED, 0, null);
            orders.put(order.orderNo(), order);
        } // FULFILLED: a cancel changes nothing and answers the order, as the real central does (PaymentOrders.cancel)
        answer(ctx, 200, order);
    }

    private synchronized void phone(Context ctx) {
        String orderNo = tokens.get(ctx.pathParam("token"));
        PaymentOrder order = orderNo == null ? null : orders.get(orderNo);
        if (order == null || order.state() != PaymentState.CREATED) {
            ctx.status(409).result("该订单不能支付");
            return;
        }
        if (clock.instant().isAfter(order.expiresAt())) {
            orders.put(orderNo, with(order, PaymentState.EXPIRED, 0, null));
            ctx.status(409).result("订单已过期");
            return;
        }
        orders.put(orderNo, deliver(with(order, PaymentState.PAID, order.amountFen(), null)));
        ctx.result("支付成功");
    }

    private PaymentOrder deliver(PaymentOrder paid) {
        if (failDelivery) {
            return refund(paid, paid.paidFen(), "业务办理失败，已退款");
        }
        return new PaymentOrder(paid.orderNo(), paid.paymentId(), paid.billId(), paid.itemCode(), paid.subject(),
                paid.amountFen(), paid.method(), PaymentState.FULFILLED, paid.paidFen(), paid.qrPayload(),
                paid.expiresAt(), clock.instant(), "BJ" + paid.orderNo().substring(2), null, "缴费成功");
    }

    private PaymentOrder refund(PaymentOrder order, long fen, String reason) {
        String code = order.refund() != null ? order.refund().code() : "TK" + order.orderNo().substring(2);
        RefundVoucher voucher = new RefundVoucher(code, fen, reason, url() + "/refund/" + code, clock.instant(),
                false);
        return with(order, PaymentState.REFUND_PENDING, fen, voucher);
    }

    private PaymentOrder with(PaymentOrder o, PaymentState state, long paid, RefundVoucher refund) {
        String message = switch (state) {
            case CREATED -> "等待付款";
            case PAID -> "已付款，正在办理";
            case FULFILLED -> "缴费成功";
            case REFUND_PENDING -> "已登记退款";
            case CANCELLED -> "已取消";
            case EXPIRED -> "订单已过期";
            case REFUNDED -> "已退款";
        };
        return new PaymentOrder(o.orderNo(), o.paymentId(), o.billId(), o.itemCode(), o.subject(), o.amountFen(),
                o.method(), state, paid, o.qrPayload(), o.expiresAt(), o.paidAt(), o.applicationId(), refund, message);
    }

    private PaymentOrder find(Context ctx) {
        PaymentOrder order = orders.get(ctx.pathParam("orderNo"));
        if (order == null) {
            throw new IllegalArgumentException("no order " + ctx.pathParam("orderNo"));
        }
        return order;
    }

    private void answer(Context ctx, int status, Object body) throws Exception {
        ctx.status(status).contentType("application/json").result(json.writeValueAsString(body));
    }

    private void problem(Context ctx, int status, String code, String detail) {
        try {
            ctx.status(status).contentType(Problem.MEDIA_TYPE).result(json.writeValueAsString(
                    Problem.of(status, code, detail, null, ctx.path())));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        app.stop();
    }
}
