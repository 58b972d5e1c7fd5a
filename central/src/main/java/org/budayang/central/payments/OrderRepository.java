package org.budayang.central.payments;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.budayang.api.json.ApiJson;
import org.budayang.api.payments.PaymentMethod;
import org.budayang.api.payments.PaymentState;
import org.budayang.central.db.Jdbc;

/**
 * Orders in pay_order and their cash in pay_cash_report. Every state change is a conditional UPDATE on the state
 * it leaves, checked against {@link OrderTransitions} first: of two requests racing for the same move, one wins.
 */
public final class OrderRepository {
    private static final ObjectMapper JSON = ApiJson.mapper();
    private final Jdbc jdbc;

    public OrderRepository(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    /** The result of an insert: done, the paymentId was taken, or the bill has another live order. */
    enum Insert { INSERTED, PAYMENT_ID_TAKEN, BILL_TAKEN }

    /** Inserts a CREATED order holding its bill's lock (see V130's bill_lock). */
    Insert insert(OrderRow o) {
        try {
            jdbc.update("INSERT INTO pay_order (order_no, payment_id, kiosk_id, bill_id, item_code, subject, amount_fen, "
                            + "method, state, paid_fen, qr_payload, created_at, expires_at, paid_at, application_no, "
                            + "state_changed_at, state_reason, bill_lock) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    o.orderNo(), o.paymentId(), o.kioskId(), o.billId(), o.itemCode(), o.subject(), o.amountFen(),
                    o.method().name(), o.state().name(), o.paidFen(), o.qrPayload(), o.createdAt(), o.expiresAt(),
                    o.paidAt(), o.applicationNo(), o.stateChangedAt(), o.stateReason(), o.billId());
            return Insert.INSERTED;
        } catch (IllegalStateException e) {
            if (findByPaymentId(o.paymentId()).isPresent()) {
                return Insert.PAYMENT_ID_TAKEN;
            }
            if (jdbc.one("SELECT order_no FROM pay_order WHERE bill_lock = ?", r -> r.getString(1), o.billId())
                    .isPresent()) {
                return Insert.BILL_TAKEN;
            }
            throw e;
        }
    }

    public Optional<OrderRow> find(String orderNo) {
        return jdbc.one("SELECT * FROM pay_order WHERE order_no = ?", OrderRepository::row, orderNo);
    }

    Optional<OrderRow> findByPaymentId(String paymentId) {
        return jdbc.one("SELECT * FROM pay_order WHERE payment_id = ?", OrderRepository::row, paymentId);
    }

    List<OrderRow> forBill(String billId) {
        return jdbc.list("SELECT * FROM pay_order WHERE bill_id = ? ORDER BY created_at", OrderRepository::row, billId);
    }

    /** Orders still CREATED whose expiry passed. */
    List<OrderRow> expired(Instant now) {
        return jdbc.list("SELECT * FROM pay_order WHERE state = 'CREATED' AND expires_at < ? ORDER BY expires_at",
                OrderRepository::row, now);
    }

    /** Orders PAID (delivery under way) since before {@code before}: a delivery a crash interrupted. */
    List<OrderRow> stuckPaid(Instant before) {
        return jdbc.list("SELECT * FROM pay_order WHERE state = 'PAID' AND state_changed_at < ?",
                OrderRepository::row, before);
    }

    /** The orders created in [from, to). */
    List<OrderRow> createdBetween(Instant from, Instant to) {
        return jdbc.list("SELECT * FROM pay_order WHERE created_at >= ? AND created_at < ? ORDER BY kiosk_id, order_no",
                OrderRepository::row, from, to);
    }

    /** CREATED → PAID with what was received; false when the order was no longer CREATED. */
    boolean markPaid(String orderNo, long paidFen, Instant at) {
        return jdbc.update("UPDATE pay_order SET state = 'PAID', paid_fen = ?, paid_at = ?, state_changed_at = ? "
                + "WHERE order_no = ? AND state = 'CREATED'", paidFen, at, at, orderNo) == 1;
    }

    /** PAID → FULFILLED with the 办件编号; false when the order was no longer PAID. */
    boolean fulfil(String orderNo, String applicationNo, Instant at) {
        return jdbc.update("UPDATE pay_order SET state = 'FULFILLED', application_no = ?, state_changed_at = ? "
                + "WHERE order_no = ? AND state = 'PAID'", applicationNo, at, orderNo) == 1;
    }

    /** Moves the order from {@code from} to {@code to}; false when it was no longer in {@code from}. */
    boolean move(OrderRow order, PaymentState from, PaymentState to, String operation, String reason, Instant at) {
        OrderTransitions.require(order.orderNo(), from, to, operation);
        return jdbc.update("UPDATE pay_order SET state = ?, state_reason = ?, state_changed_at = ?, bill_lock = "
                + (holdsBill(to) ? "bill_lock" : "NULL") + " WHERE order_no = ? AND state = ?", to.name(),
                shorten(reason), at, order.orderNo(), from.name()) == 1;
    }

    /** As {@link #move}, recording money taken on the way (paid_fen, paid_at). */
    boolean moveWithMoney(OrderRow order, PaymentState from, PaymentState to, String operation, String reason,
                          long paidFen, Instant paidAt, Instant at) {
        OrderTransitions.require(order.orderNo(), from, to, operation);
        return jdbc.update("UPDATE pay_order SET state = ?, state_reason = ?, paid_fen = ?, paid_at = ?, "
                        + "state_changed_at = ?, bill_lock = " + (holdsBill(to) ? "bill_lock" : "NULL")
                        + " WHERE order_no = ? AND state = ?", to.name(), shorten(reason), paidFen, paidAt, at,
                order.orderNo(), from.name()) == 1;
    }

    /** Whether an order in {@code state} keeps its bill from other orders (it may take, or has kept, the money). */
    private static boolean holdsBill(PaymentState state) {
        return state == PaymentState.CREATED || state == PaymentState.PAID || state == PaymentState.FULFILLED;
    }

    /** The largest cash report stored for the order. */
    Optional<CashRow> cash(String orderNo) {
        return jdbc.one("SELECT * FROM pay_cash_report WHERE order_no = ?", r -> {
            try {
                return new CashRow(JSON.readValue(r.getString("notes_json"), new TypeReference<List<Long>>() { }),
                        r.getBoolean("complete"));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("pay_cash_report " + orderNo + " has unreadable notes_json", e);
            }
        }, orderNo);
    }

    /**
     * Stores a report that extends the stored one (or the first); false when another request stored a different
     * report in between (the caller reads again).
     */
    boolean storeCash(String orderNo, Optional<CashRow> previous, CashRow next, Instant at) {
        String notes = write(next.notesFen());
        if (previous.isEmpty()) {
            try {
                return jdbc.update("INSERT INTO pay_cash_report (order_no, notes_json, credited_fen, complete, "
                        + "reported_at) VALUES (?, ?, ?, ?, ?)", orderNo, notes, next.creditedFen(), next.complete(),
                        at) == 1;
            } catch (IllegalStateException raced) {
                return false;
            }
        }
        return jdbc.update("UPDATE pay_cash_report SET notes_json = ?, credited_fen = ?, complete = ?, reported_at = ? "
                        + "WHERE order_no = ? AND notes_json = ? AND complete = ?", notes, next.creditedFen(),
                next.complete(), at, orderNo, write(previous.get().notesFen()), previous.get().complete()) == 1;
    }

    /** Sum of the cash credited to the orders of each kiosk created in [from, to). */
    List<Object[]> cashByKiosk(Instant from, Instant to) {
        return jdbc.list("SELECT o.kiosk_id, SUM(c.credited_fen) FROM pay_order o JOIN pay_cash_report c "
                + "ON c.order_no = o.order_no WHERE o.created_at >= ? AND o.created_at < ? GROUP BY o.kiosk_id "
                + "ORDER BY o.kiosk_id", r -> new Object[] {r.getString(1), r.getLong(2)}, from, to);
    }

    /** The notes credited to an order, in credit order, and whether the kiosk stopped accepting. */
    record CashRow(List<Long> notesFen, boolean complete) {
        CashRow {
            notesFen = List.copyOf(notesFen);
        }

        long creditedFen() {
            return notesFen.stream().mapToLong(Long::longValue).sum();
        }

        /** Whether this report starts with every note of {@code other} (credits only grow). */
        boolean extendsOrEquals(CashRow other) {
            return notesFen.size() >= other.notesFen.size()
                    && notesFen.subList(0, other.notesFen.size()).equals(other.notesFen);
        }
    }

    private static String shorten(String text) {
        return text == null || text.length() <= 200 ? text : text.substring(0, 199) + "…";
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write JSON", e);
        }
    }

    public static OrderRow row(ResultSet r) throws SQLException {
        return new OrderRow(r.getString("order_no"), r.getString("payment_id"), r.getString("kiosk_id"),
                r.getString("bill_id"), r.getString("item_code"), r.getString("subject"), r.getLong("amount_fen"),
                PaymentMethod.valueOf(r.getString("method")), PaymentState.valueOf(r.getString("state")),
                r.getLong("paid_fen"), r.getString("qr_payload"), Jdbc.instant(r, "created_at"),
                Jdbc.instant(r, "expires_at"), Jdbc.instant(r, "paid_at"), r.getString("application_no"),
                Jdbc.instant(r, "state_changed_at"), r.getString("state_reason"));
    }
}
