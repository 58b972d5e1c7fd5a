package org.budayang.central.payments;

import org.budayang.central.db.Sequences;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.budayang.api.payments.PaymentMethod;
import org.budayang.api.payments.PaymentPaths;
import org.budayang.api.payments.RefundVoucher;
import org.budayang.central.db.Jdbc;
import org.budayang.central.payments.bills.BillService;

/**
 * Refunds in pay_refund: one per order at most (order_no is unique), with a code TK + yyyyMMdd + 6 digits printed on
 * the 退款凭证 and a QR of {@code <base>/refund/<code>}. QR refunds are settled by the provider, cash ones by ops.
 */
public final class Refunds {
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private final Jdbc jdbc;
    private final Sequences sequences;
    private final Supplier<String> baseUrl;

    public Refunds(DataSource dataSource, Supplier<String> baseUrl) {
        this.jdbc = new Jdbc(dataSource);
        this.sequences = new Sequences(dataSource, "pay_sequence");
        this.baseUrl = baseUrl;
    }

    /** Records the refund of an order (or answers the one recorded before). */
    RefundRow issue(OrderRow order, long amountFen, String reason, Instant now) {
        Optional<RefundRow> existing = forOrder(order.orderNo());
        if (existing.isPresent()) {
            return existing.get();
        }
        String day = DAY.format(LocalDate.ofInstant(now, BillService.ZONE));
        String code = "TK" + day + String.format("%06d", sequences.next("TK" + day));
        try {
            jdbc.update("INSERT INTO pay_refund (code, order_no, method, amount_fen, reason, issued_at, settled, "
                            + "attempts) VALUES (?, ?, ?, ?, ?, ?, FALSE, 0)", code, order.orderNo(),
                    order.method().name(), amountFen, reason, now);
        } catch (IllegalStateException raced) {
            return forOrder(order.orderNo()).orElseThrow(() -> raced);
        }
        return forOrder(order.orderNo()).orElseThrow();
    }

    public Optional<RefundRow> forOrder(String orderNo) {
        return jdbc.one("SELECT * FROM pay_refund WHERE order_no = ?", Refunds::row, orderNo);
    }

    public Optional<RefundRow> find(String code) {
        return jdbc.one("SELECT * FROM pay_refund WHERE code = ?", Refunds::row, code);
    }

    /** Unsettled refunds, oldest first; only those of {@code method} when given. */
    public List<RefundRow> open(PaymentMethod method) {
        if (method == null) {
            return jdbc.list("SELECT * FROM pay_refund WHERE settled = FALSE ORDER BY issued_at, code", Refunds::row);
        }
        return jdbc.list("SELECT * FROM pay_refund WHERE settled = FALSE AND method = ? ORDER BY issued_at, code",
                Refunds::row, method.name());
    }

    /** Marks the refund settled by {@code who}; false when it was settled before. */
    boolean settle(String code, String who, Instant at) {
        return jdbc.update("UPDATE pay_refund SET settled = TRUE, settled_at = ?, settled_by = ? "
                + "WHERE code = ? AND settled = FALSE", at, who, code) == 1;
    }

    void failedAttempt(String code, String error) {
        jdbc.update("UPDATE pay_refund SET attempts = attempts + 1, last_error = ? WHERE code = ?",
                error.length() > 300 ? error.substring(0, 299) + "…" : error, code);
    }

    /** Raises an unsettled cash refund to {@code amountFen} (notes credited after the refund was issued). */
    boolean raise(String code, long amountFen) {
        return jdbc.update("UPDATE pay_refund SET amount_fen = ? WHERE code = ? AND settled = FALSE AND amount_fen < ?",
                amountFen, code, amountFen) == 1;
    }

    public RefundVoucher voucher(RefundRow r) {
        return new RefundVoucher(r.code(), r.amountFen(), r.reason(), baseUrl.get()
                + PaymentPaths.REFUND_PAGE.replace("{code}", r.code()), r.issuedAt(), r.settled());
    }

    private static RefundRow row(java.sql.ResultSet r) throws java.sql.SQLException {
        return new RefundRow(r.getString("code"), r.getString("order_no"), PaymentMethod.valueOf(r.getString("method")),
                r.getLong("amount_fen"), r.getString("reason"), Jdbc.instant(r, "issued_at"), r.getBoolean("settled"),
                Jdbc.instant(r, "settled_at"), r.getString("settled_by"), r.getInt("attempts"),
                r.getString("last_error"));
    }
}
