package org.budayang.central.payments;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.budayang.api.payments.BillRequest;
import org.budayang.api.payments.CancelRequest;
import org.budayang.api.payments.CashReport;
import org.budayang.api.payments.OrderRequest;
import org.budayang.api.payments.PaymentPaths;
import org.budayang.central.auth.Access;
import org.budayang.central.auth.KioskIdentity;
import org.budayang.central.db.Jdbc;
import org.budayang.central.payments.bills.BillService;
import org.budayang.central.payments.ops.PaymentsOps;
import org.budayang.central.payments.provider.PaymentProvider;
import org.budayang.central.payments.provider.ProviderException;
import org.budayang.central.web.ApiException;
import org.budayang.central.web.CentralModule;
import org.budayang.central.web.JsonBody;

/**
 * Payments (#8), see docs/payments.md:
 * <ul>
 *   <li>kiosk (mutual TLS, idempotency keys): {@code POST /api/v1/payments/bills}, {@code POST .../orders} (201, 200
 *       for a repeated paymentId), {@code GET .../orders/{orderNo}}, {@code POST .../orders/{orderNo}/cash},
 *       {@code POST .../orders/{orderNo}/cancel};</li>
 *   <li>provider (public, signed): {@code POST /api/v1/payments/notifications/{provider}};</li>
 *   <li>public pages: {@code /pay/{token}} (the sandbox's phone), {@code /refund/{code}} (a 退款凭证's state);</li>
 *   <li>ops: {@link PaymentsOps}.</li>
 * </ul>
 */
public final class PaymentsModule implements CentralModule, AutoCloseable {
    public static final String NOTIFICATIONS = "/api/v1/payments/notifications/{provider}";

    private final BillService bills;
    private final PaymentOrders orders;
    private final Refunds refunds;
    private final PaymentProvider provider;
    private final PaymentsOps ops;
    private final Jdbc jdbc;
    private final Clock clock;
    private final PaymentJobs jobs;
    private final java.util.function.Consumer<String> serving;

    PaymentsModule(BillService bills, PaymentOrders orders, Refunds refunds, PaymentProvider provider,
                   PaymentsOps ops, PaymentJobs jobs, java.util.function.Consumer<String> serving,
                   DataSource dataSource, Clock clock) {
        this.jobs = jobs;
        this.serving = serving;
        this.bills = bills;
        this.orders = orders;
        this.refunds = refunds;
        this.provider = provider;
        this.ops = ops;
        this.jdbc = new Jdbc(dataSource);
        this.clock = clock;
    }

    @Override
    public void addRoutes(Javalin app) {
        app.post(PaymentPaths.BILLS, ctx -> ctx.status(201).json(bills.bill(kiosk(ctx),
                JsonBody.read(ctx, BillRequest.class))));
        app.post(PaymentPaths.ORDERS, ctx -> {
            PaymentOrders.Created created = orders.create(kiosk(ctx), JsonBody.read(ctx, OrderRequest.class));
            ctx.status(created.created() ? 201 : 200).json(created.order());
        });
        app.get(PaymentPaths.ORDER, ctx -> ctx.json(orders.get(kiosk(ctx), ctx.pathParam("orderNo"))));
        app.post(PaymentPaths.CASH, ctx -> ctx.json(orders.cash(kiosk(ctx), ctx.pathParam("orderNo"),
                JsonBody.read(ctx, CashReport.class))));
        app.post(PaymentPaths.CANCEL, ctx -> ctx.json(orders.cancel(kiosk(ctx), ctx.pathParam("orderNo"),
                JsonBody.read(ctx, CancelRequest.class))));
        app.post(NOTIFICATIONS, this::notification, Access.PUBLIC);
        app.get(PaymentPaths.REFUND_PAGE, this::refundPage);
        provider.addRoutes(app);
        ops.addRoutes(app);
    }

    /** Central listens at {@code url}: notifications go there, and it is the public base unless configured. */
    public void serving(String url) {
        serving.accept(url);
    }

    /** Starts the periodic jobs (expiry, interrupted deliveries, QR refund retries, daily reconciliation). */
    public PaymentsModule startJobs(java.time.Duration period) {
        jobs.start(period);
        return this;
    }

    public PaymentJobs jobs() {
        return jobs;
    }

    public PaymentOrders orders() {
        return orders;
    }

    public PaymentProvider provider() {
        return provider;
    }

    @Override
    public void close() throws Exception {
        jobs.close();
        if (provider instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }

    @Override
    public Optional<String> openApiFragment() {
        return Optional.of("openapi/payments.json");
    }

    private void notification(Context ctx) {
        String name = ctx.pathParam("provider");
        if (!name.equals(provider.name())) {
            throw new ApiException(404, "PROVIDER_UNKNOWN", "No payment provider '" + PaymentOrders.shorten(name)
                    + "'; this central uses '" + provider.name() + "'", null);
        }
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.putAll(ctx.headerMap());
        PaymentProvider.Notification notification;
        try {
            notification = provider.verify(headers, ctx.bodyAsBytes(), clock.instant());
        } catch (ProviderException e) {
            throw new ApiException(401, e.code(), e.getMessage(), null);
        }
        try {
            jdbc.update("INSERT INTO pay_notification (notification_id, provider, order_no, received_at) "
                    + "VALUES (?, ?, ?, ?)", notification.notificationId(), name, notification.orderNo(),
                    clock.instant());
        } catch (IllegalStateException e) {
            throw new ApiException(409, "NOTIFICATION_REPLAYED", "Notification " + notification.notificationId()
                    + " was received before; a notification is acted on once", null);
        }
        orders.providerPaid(notification.orderNo(), notification.paidFen(), notification.paidAt());
        ctx.json(Map.of("received", notification.notificationId()));
    }

    private void refundPage(Context ctx) {
        String code = ctx.pathParam("code");
        Optional<RefundRow> refund = code.matches("TK\\d{14}") ? refunds.find(code) : Optional.empty();
        if (refund.isEmpty()) {
            PaymentPages.send(ctx, 404, "未找到退款凭证", "<p class=\"bad\">未找到该退款凭证，请核对凭证上的编号，"
                    + "或拨打 12345 咨询。</p>");
            return;
        }
        PaymentPages.send(ctx, 200, "退款凭证", PaymentPages.refundBody(refund.get()));
    }

    private static String kiosk(Context ctx) {
        return KioskIdentity.of(ctx).kioskId();
    }
}
