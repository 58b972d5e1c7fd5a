package org.budayang.central.payments.ops;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.budayang.api.fleet.FleetPaths;
import org.budayang.api.payments.PaymentMethod;
import org.budayang.central.db.Jdbc;
import org.budayang.central.fleet.commands.OpsGate;
import org.budayang.central.payments.RefundRow;
import org.budayang.central.payments.Refunds;
import org.budayang.central.web.ApiException;
import org.budayang.central.web.JsonBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ops' payment routes (ops token + ops user, audited in pay_audit): the day's reconciliation, the unsettled
 * refunds, paying a cash 退款凭证 out at the hall, and the count of a kiosk's cash box.
 */
public final class PaymentsOps {
    private static final Logger LOG = LoggerFactory.getLogger(PaymentsOps.class);
    public static final String BASE = FleetPaths.OPS + "/payments";
    public static final String RECONCILIATION = BASE + "/reconciliation";
    public static final String REFUNDS = BASE + "/refunds";
    public static final String SETTLE = REFUNDS + "/{code}/settle";
    public static final String CASH_COUNTS = BASE + "/cash-counts";

    /** Settles a cash refund for the ops user; false when it was settled before. */
    @FunctionalInterface
    public interface CashSettler {
        boolean settle(RefundRow refund, String opsUser);
    }

    private final Reconciler reconciler;
    private final Refunds refunds;
    private final CashSettler settler;
    private final Jdbc jdbc;
    private final Clock clock;

    public PaymentsOps(Reconciler reconciler, Refunds refunds, CashSettler settler, DataSource dataSource,
                       Clock clock) {
        this.reconciler = reconciler;
        this.refunds = refunds;
        this.settler = settler;
        this.jdbc = new Jdbc(dataSource);
        this.clock = clock;
    }

    public void addRoutes(Javalin app) {
        app.get(RECONCILIATION, OpsGate.guard((ctx, user) -> ctx.json(reconciler.day(date(ctx)))), OpsGate.ROLES);
        app.get(REFUNDS, OpsGate.guard((ctx, user) -> ctx.json(Map.of("refunds", open(ctx)))), OpsGate.ROLES);
        app.post(SETTLE, OpsGate.guard(this::settle), OpsGate.ROLES);
        app.post(CASH_COUNTS, OpsGate.guard(this::count), OpsGate.ROLES);
    }

    private List<Map<String, Object>> open(Context ctx) {
        String method = ctx.queryParam("method");
        PaymentMethod only = null;
        if (method != null) {
            try {
                only = PaymentMethod.valueOf(method.strip());
            } catch (IllegalArgumentException e) {
                throw new ApiException(400, "INVALID_PARAMETER", "method '" + method + "' is not CASH or QR", null);
            }
        }
        return refunds.open(only).stream().map(PaymentsOps::json).toList();
    }

    private void settle(Context ctx, String user) {
        String code = ctx.pathParam("code");
        RefundRow refund = refunds.find(code).orElseThrow(() -> new ApiException(404, "REFUND_NOT_FOUND",
                "No refund " + (code.length() > 24 ? code.substring(0, 24) + "…" : code) + "; use the code printed on "
                        + "the 退款凭证 (TK + 14 digits)", null));
        if (refund.method() != PaymentMethod.CASH) {
            throw new ApiException(409, "REFUND_BY_PROVIDER", "Refund " + code + " is a QR refund, which the provider "
                    + "pays back to the payer's account; only cash vouchers are settled at the hall", null);
        }
        if (refund.settled()) {
            throw new ApiException(409, "REFUND_ALREADY_SETTLED", "Refund " + code + " was paid out by "
                    + refund.settledBy() + " at " + refund.settledAt() + "; do not pay it twice", null);
        }
        if (!settler.settle(refund, user)) {
            RefundRow now = refunds.find(code).orElseThrow();
            throw new ApiException(409, "REFUND_ALREADY_SETTLED", "Refund " + code + " was paid out by "
                    + now.settledBy() + " at " + now.settledAt() + " just now; do not pay it twice", null);
        }
        audit(user, "REFUND_SETTLED", code, "paid out " + refund.amountFen() + " fen of order " + refund.orderNo());
        ctx.json(json(refunds.find(code).orElseThrow()));
    }

    private void count(Context ctx, String user) {
        CashCount count = JsonBody.read(ctx, CashCount.class);
        jdbc.update("DELETE FROM pay_cash_count WHERE kiosk_id = ? AND count_day = ?", count.kioskId(), count.date());
        jdbc.update("INSERT INTO pay_cash_count (kiosk_id, count_day, counted_fen, counted_by, counted_at) "
                + "VALUES (?, ?, ?, ?, ?)", count.kioskId(), count.date(), count.countedFen(), user, clock.instant());
        audit(user, "CASH_COUNTED", count.kioskId(), count.date() + ": " + count.countedFen() + " fen");
        ctx.status(201).json(count);
    }

    private void audit(String user, String action, String subject, String detail) {
        jdbc.update("INSERT INTO pay_audit (at, ops_user, action, subject, detail) VALUES (?, ?, ?, ?, ?)",
                clock.instant(), user, action, subject, detail);
        LOG.info("Ops user {}: {} {} ({})", user, action, subject, detail);
    }

    private static LocalDate date(Context ctx) {
        String text = ctx.queryParam("date");
        try {
            return LocalDate.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException e) {
            throw new ApiException(400, "INVALID_PARAMETER", "date '" + text + "' is not a day YYYY-MM-DD (Beijing "
                    + "time), e.g. ?date=2026-03-01", null);
        }
    }

    private static Map<String, Object> json(RefundRow r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", r.code());
        m.put("orderNo", r.orderNo());
        m.put("method", r.method());
        m.put("amountFen", r.amountFen());
        m.put("reason", r.reason());
        m.put("issuedAt", r.issuedAt());
        m.put("settled", r.settled());
        m.put("settledAt", r.settledAt());
        m.put("settledBy", r.settledBy());
        m.put("attempts", r.attempts());
        m.put("lastError", r.lastError());
        return m;
    }
}
