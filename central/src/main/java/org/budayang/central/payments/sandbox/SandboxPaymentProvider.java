package org.budayang.central.payments.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.budayang.api.json.ApiJson;
import org.budayang.central.db.Jdbc;
import org.budayang.central.payments.bills.BillService;
import org.budayang.central.payments.provider.PaymentProvider;
import org.budayang.central.payments.provider.ProviderException;
import org.budayang.central.payments.provider.ProviderStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The payment SANDBOX: a simulator of a QR acquirer, not a real one — no money moves. It keeps real state in its own
 * table (pay_sb_order: WAITING → PAID | CLOSED, PAID → REFUNDED), serves the page the QR opens on the citizen's
 * phone ({@link PhonePage}: 确认支付 pays the order once), notifies central of each payment with a signed HTTP
 * notification ({@link SandboxNotifier}), and can be told to fail or time out ({@link #behave}) and to stop
 * notifying ({@link #notifications}) so that tests and the demo exercise central's refusals, retries and polling.
 */
public final class SandboxPaymentProvider implements PaymentProvider, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SandboxPaymentProvider.class);
    public static final String NAME = "sandbox";
    /** Notifications older or newer than this are refused as stale. */
    public static final Duration NOTIFICATION_WINDOW = Duration.ofMinutes(5);
    private static final ObjectMapper JSON = ApiJson.mapper();

    private final Jdbc jdbc;
    private final Clock clock;
    private final NotificationSigner signer;
    private final SandboxNotifier notifier;
    private final Supplier<String> publicBaseUrl;
    private final AtomicReference<String> centralUrl = new AtomicReference<>();
    private final SecureRandom random = new SecureRandom();
    private final AtomicReference<SandboxPayMode> mode = new AtomicReference<>(SandboxPayMode.NORMAL);
    private volatile boolean notify = true;
    private volatile long timeoutMillis = 1500;

    /**
     * @param secret         the notification signing key (at least 32 bytes)
     * @param publicBaseUrl  where phones reach central (the QR payload's base)
     */
    public SandboxPaymentProvider(DataSource dataSource, Clock clock, byte[] secret, Supplier<String> publicBaseUrl) {
        this.jdbc = new Jdbc(dataSource);
        this.clock = clock;
        this.signer = new NotificationSigner(secret);
        this.publicBaseUrl = publicBaseUrl;
        this.notifier = new SandboxNotifier(signer, () -> {
            String base = centralUrl.get();
            if (base == null) {
                throw new IllegalStateException("The sandbox provider was not told central's URL (serving)");
            }
            return base + "/api/v1/payments/notifications/" + NAME;
        }, clock);
    }

    @Override
    public String name() {
        return NAME;
    }

    /** Switches how central's calls are answered (tests, demo). */
    public void behave(SandboxPayMode next, long timeoutMillis) {
        LOG.info("Sandbox payment provider switched from {} to {}", mode.get(), next);
        this.timeoutMillis = timeoutMillis;
        mode.set(next);
    }

    /** Turns the payment notifications on or off (off: central learns of payments only by asking). */
    public void notifications(boolean on) {
        notify = on;
    }

    @Override
    public void serving(String url) {
        centralUrl.set(url);
    }

    @Override
    public String create(ProviderOrder order) {
        gate("create");
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        String token = HexFormat.of().formatHex(bytes);
        jdbc.update("INSERT INTO pay_sb_order (order_no, token, subject, payee, amount_fen, state, created_at, "
                        + "expires_at) VALUES (?, ?, ?, ?, ?, 'WAITING', ?, ?)", order.orderNo(), token, order.subject(),
                order.payee(), order.amountFen(), clock.instant(), order.expiresAt());
        return publicBaseUrl.get() + "/pay/" + token;
    }

    @Override
    public ProviderStatus query(String orderNo) {
        gate("query");
        return status(orderNo).orElseThrow(() -> new ProviderException("PROVIDER_ORDER_UNKNOWN", "The sandbox "
                + "provider has no order " + orderNo));
    }

    @Override
    public boolean close(String orderNo) {
        gate("close");
        if (jdbc.update("UPDATE pay_sb_order SET state = 'CLOSED' WHERE order_no = ? AND state = 'WAITING'",
                orderNo) == 1) {
            return true;
        }
        return query(orderNo).state() == ProviderStatus.State.CLOSED;
    }

    @Override
    public void refund(String orderNo, String refundNo, long amountFen) {
        gate("refund");
        ProviderStatus status = query(orderNo);
        if (status.state() == ProviderStatus.State.REFUNDED) {
            String done = jdbc.one("SELECT refund_no FROM pay_sb_order WHERE order_no = ?", r -> r.getString(1),
                    orderNo).orElse(null);
            if (refundNo.equals(done)) {
                return;
            }
            throw new ProviderException("PROVIDER_ALREADY_REFUNDED", "Order " + orderNo + " was refunded by " + done);
        }
        if (status.state() != ProviderStatus.State.PAID || amountFen != status.paidFen()) {
            throw new ProviderException("PROVIDER_REFUND_REFUSED", "Order " + orderNo + " is " + status.state()
                    + " with " + status.paidFen() + " fen paid; cannot refund " + amountFen + " fen");
        }
        jdbc.update("UPDATE pay_sb_order SET state = 'REFUNDED', refund_no = ?, refunded_at = ? "
                + "WHERE order_no = ? AND state = 'PAID'", refundNo, clock.instant(), orderNo);
        LOG.info("Sandbox refunded order {} ({} fen) as {}", orderNo, amountFen, refundNo);
    }

    @Override
    public List<ProviderStatus> records(LocalDate day) {
        Instant from = day.atStartOfDay(BillService.ZONE).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(BillService.ZONE).toInstant();
        return jdbc.list("SELECT * FROM pay_sb_order WHERE created_at >= ? AND created_at < ? ORDER BY order_no",
                SandboxPaymentProvider::row, from, to);
    }

    @Override
    public Notification verify(Map<String, String> headers, byte[] body, Instant now) {
        String id = headers.get(NotificationSigner.NOTIFICATION_ID);
        String stamp = headers.get(NotificationSigner.TIMESTAMP);
        long timestamp;
        try {
            timestamp = Long.parseLong(stamp == null ? "" : stamp);
        } catch (NumberFormatException e) {
            throw new ProviderException("NOTIFICATION_FORGED", "Header " + NotificationSigner.TIMESTAMP + " '" + stamp
                    + "' is not epoch seconds");
        }
        if (id == null || !id.matches("[A-Za-z0-9]{8,64}")
                || !signer.valid(timestamp, id, body, headers.get(NotificationSigner.SIGNATURE))) {
            throw new ProviderException("NOTIFICATION_FORGED", "The notification's signature does not verify with "
                    + "the sandbox provider's key");
        }
        if (Duration.between(Instant.ofEpochSecond(timestamp), now).abs().compareTo(NOTIFICATION_WINDOW) > 0) {
            throw new ProviderException("NOTIFICATION_STALE", "The notification was signed at "
                    + Instant.ofEpochSecond(timestamp) + ", more than " + NOTIFICATION_WINDOW + " from " + now);
        }
        try {
            JsonNode json = JSON.readTree(body);
            return new Notification(id, json.path("orderNo").asText(), json.path("paidFen").asLong(),
                    Instant.parse(json.path("paidAt").asText()));
        } catch (IOException | RuntimeException e) {
            throw new ProviderException("NOTIFICATION_FORGED", "The signed notification's body is not the sandbox's "
                    + "{orderNo, paidFen, paidAt}");
        }
    }

    @Override
    public void addRoutes(Javalin app) {
        new PhonePage(this, signer).addRoutes(app);
    }

    /** The phone pressed 确认支付: pays a waiting order once. */
    Confirmation confirm(String token) {
        Instant now = clock.instant();
        int paid = jdbc.update("UPDATE pay_sb_order SET state = 'PAID', paid_at = ? WHERE token = ? AND state = "
                + "'WAITING' AND expires_at > ?", now, token, now);
        Optional<ProviderStatus> status = byToken(token).map(t -> t.status);
        if (paid == 1) {
            ProviderStatus s = status.orElseThrow();
            LOG.info("Sandbox order {} paid on the phone page ({} fen)", s.orderNo(), s.paidFen());
            if (notify) {
                notifier.paid(s.orderNo(), s.paidFen(), now);
            }
            return Confirmation.PAID;
        }
        if (status.isEmpty()) {
            return Confirmation.UNKNOWN;
        }
        return switch (status.get().state()) {
            case PAID, REFUNDED -> Confirmation.ALREADY_PAID;
            case CLOSED -> Confirmation.CLOSED;
            case WAITING -> Confirmation.EXPIRED;
        };
    }

    enum Confirmation { PAID, ALREADY_PAID, CLOSED, EXPIRED, UNKNOWN }

    /** An order by its phone token, with what the page shows. */
    record Phone(ProviderStatus status, String subject, String payee, Instant expiresAt) {
    }

    Optional<Phone> byToken(String token) {
        return jdbc.one("SELECT * FROM pay_sb_order WHERE token = ?", r -> new Phone(row(r), r.getString("subject"),
                r.getString("payee"), Jdbc.instant(r, "expires_at")), token);
    }

    Instant now() {
        return clock.instant();
    }

    private Optional<ProviderStatus> status(String orderNo) {
        return jdbc.one("SELECT * FROM pay_sb_order WHERE order_no = ?", SandboxPaymentProvider::row, orderNo);
    }

    private static ProviderStatus row(java.sql.ResultSet r) throws java.sql.SQLException {
        ProviderStatus.State state = ProviderStatus.State.valueOf(r.getString("state"));
        boolean taken = state == ProviderStatus.State.PAID || state == ProviderStatus.State.REFUNDED;
        return new ProviderStatus(r.getString("order_no"), state, r.getLong("amount_fen"),
                taken ? r.getLong("amount_fen") : 0, Jdbc.instant(r, "paid_at"));
    }

    private void gate(String operation) {
        switch (mode.get()) {
            case NORMAL -> { }
            case FAILING -> throw new ProviderException("PROVIDER_ERROR", "The sandbox provider is set to FAILING; "
                    + operation + " refused");
            case TIMEOUT -> {
                try {
                    Thread.sleep(timeoutMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                throw new ProviderException("PROVIDER_TIMEOUT", "The sandbox provider did not answer " + operation
                        + " within " + timeoutMillis + " ms (set to TIMEOUT)");
            }
        }
    }

    @Override
    public void close() {
        notifier.close();
    }
}
