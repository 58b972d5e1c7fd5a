package org.budayang.central.payments;

import org.budayang.central.db.Sequences;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.budayang.api.payments.CancelRequest;
import org.budayang.api.payments.CashReport;
import org.budayang.api.payments.OrderRequest;
import org.budayang.api.payments.PaymentMethod;
import org.budayang.api.payments.PaymentOrder;
import org.budayang.api.payments.PaymentState;
import org.budayang.central.payments.OrderRepository.CashRow;
import org.budayang.central.payments.bills.BillRepository;
import org.budayang.central.payments.bills.BillService;
import org.budayang.central.payments.bills.StoredBill;
import org.budayang.central.payments.provider.PaymentProvider;
import org.budayang.central.payments.provider.ProviderException;
import org.budayang.central.payments.provider.ProviderStatus;
import org.budayang.central.web.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kiosk's payment orders: create (idempotent on paymentId, the amount must equal the bill's), read (which also
 * asks the provider and expires), cash reports, cancel; and the provider's word that an order was paid. Central
 * alone decides each order's end (see {@link PaymentState}).
 */
public final class PaymentOrders {
    private static final Logger LOG = LoggerFactory.getLogger(PaymentOrders.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final OrderRepository orders;
    private final BillRepository bills;
    private final Refunds refunds;
    private final Settlement settlement;
    private final PaymentProvider provider;
    private final PaymentSettings settings;
    private final Sequences sequences;
    private final Clock clock;

    public PaymentOrders(DataSource dataSource, OrderRepository orders, BillRepository bills, Refunds refunds,
                         Settlement settlement, PaymentProvider provider, PaymentSettings settings, Clock clock) {
        this.orders = orders;
        this.bills = bills;
        this.refunds = refunds;
        this.settlement = settlement;
        this.provider = provider;
        this.settings = settings;
        this.sequences = new Sequences(dataSource, "pay_sequence");
        this.clock = clock;
    }

    /** An order answered to a create: {@code created} false when the paymentId had made it before. */
    public record Created(PaymentOrder order, boolean created) {
    }

    public Created create(String kioskId, OrderRequest request) {
        Optional<OrderRow> before = orders.findByPaymentId(request.paymentId());
        if (before.isPresent()) {
            return new Created(view(same(kioskId, request, before.get())), false);
        }
        StoredBill bill = bills.find(request.billId()).filter(b -> b.kioskId().equals(kioskId))
                .orElseThrow(() -> new ApiException(404, "BILL_NOT_FOUND", "No bill " + shorten(request.billId())
                        + " was issued to this kiosk; ask POST /api/v1/payments/bills first", "缴费信息已失效，请重新查询应缴金额。"));
        if (request.amountFen() != bill.amountFen()) {
            throw new ApiException(422, "PAYMENT_AMOUNT_MISMATCH", "OrderRequest.amountFen " + request.amountFen()
                    + " is not the amount of bill " + bill.billId() + " (" + bill.amountFen() + " fen); repeat the "
                    + "bill's amount", "缴费金额与应缴金额不一致，请重新查询应缴金额。");
        }
        Instant now = clock.instant();
        if (now.isAfter(bill.validUntil())) {
            throw new ApiException(409, "BILL_EXPIRED", "Bill " + bill.billId() + " was valid until "
                    + bill.validUntil() + "; ask a new bill (amounts such as 加处罚款 change by day)",
                    "应缴金额已更新，请重新查询后缴费。");
        }
        for (OrderRow other : orders.forBill(bill.billId())) {
            OrderRow current = other.state() == PaymentState.CREATED ? refresh(other) : other;
            if (current.state() == PaymentState.PAID || current.state() == PaymentState.FULFILLED) {
                throw new ApiException(409, "BILL_ALREADY_PAID", "Bill " + bill.billId() + " is paid by order "
                        + current.orderNo() + " (" + current.state() + ")", "该笔费用已缴纳，无需重复缴费。");
            }
            if (current.state() == PaymentState.CREATED && current.paymentId().equals(request.paymentId())) {
                // the same payment raced itself (a kiosk retry beside the first try): its order, not a conflict
                return new Created(view(same(kioskId, request, current)), false);
            }
            if (current.state() == PaymentState.CREATED) {
                throw new ApiException(409, "BILL_HAS_OPEN_ORDER", "Bill " + bill.billId() + " has the open order "
                        + current.orderNo() + "; cancel it (POST .../cancel) before paying another way",
                        "该笔费用有尚未完成的支付，请先取消后再换一种方式支付。");
            }
        }
        String day = DAY.format(LocalDate.ofInstant(now, BillService.ZONE));
        String orderNo = "PO" + day + String.format("%08d", sequences.next("PO" + day));
        Instant expiresAt = now.plus(request.method() == PaymentMethod.QR ? settings.qrExpiry() : settings.cashExpiry());
        String qr = null;
        if (request.method() == PaymentMethod.QR) {
            try {
                qr = provider.create(new PaymentProvider.ProviderOrder(orderNo, bill.subject(), bill.payee(),
                        bill.amountFen(), expiresAt));
            } catch (ProviderException e) {
                throw new ApiException(502, "PAYMENT_PROVIDER_UNAVAILABLE", "Provider " + provider.name()
                        + " could not open order " + orderNo + ": " + e.getMessage() + "; retry, or pay cash",
                        "扫码支付暂时不可用，请稍后再试或改用现金缴费。");
            }
        }
        OrderRow row = new OrderRow(orderNo, request.paymentId(), kioskId, bill.billId(), bill.itemCode(),
                bill.subject(), bill.amountFen(), request.method(), PaymentState.CREATED, 0, qr, now, expiresAt, null,
                null, now, null);
        OrderRepository.Insert inserted = orders.insert(row);
        if (inserted != OrderRepository.Insert.INSERTED && request.method() == PaymentMethod.QR) {
            closeQuietly(orderNo);
        }
        if (inserted == OrderRepository.Insert.PAYMENT_ID_TAKEN) {
            OrderRow raced = orders.findByPaymentId(request.paymentId()).orElseThrow();
            return new Created(view(same(kioskId, request, raced)), false);
        }
        if (inserted == OrderRepository.Insert.BILL_TAKEN) {
            Optional<OrderRow> mine = orders.findByPaymentId(request.paymentId());
            if (mine.isPresent()) { // the bill was taken by this same payment's other try
                return new Created(view(same(kioskId, request, mine.get())), false);
            }
            throw new ApiException(409, "BILL_HAS_OPEN_ORDER", "Bill " + bill.billId() + " got another order at the "
                    + "same moment; cancel that one before paying another way", "该笔费用有尚未完成的支付，请先取消后再换一种方式支付。");
        }
        LOG.info("Order {} created for kiosk {}: {} {} fen, bill {}", orderNo, kioskId, request.method(),
                bill.amountFen(), bill.billId());
        return new Created(view(row), true);
    }

    /** The kiosk's order, brought up to date (provider asked, expiry applied). */
    public PaymentOrder get(String kioskId, String orderNo) {
        return view(refresh(owned(kioskId, orderNo)));
    }

    public PaymentOrder cash(String kioskId, String orderNo, CashReport report) {
        OrderRow order = owned(kioskId, orderNo);
        matches(order, report.paymentId());
        if (order.method() != PaymentMethod.CASH) {
            throw new ApiException(409, "NOT_A_CASH_ORDER", "Order " + orderNo + " is paid by " + order.method()
                    + "; cash reports are for CASH orders", null);
        }
        CashRow next = new CashRow(report.notesFen(), report.complete());
        Instant now = clock.instant();
        for (int attempt = 0; attempt < 5; attempt++) {
            Optional<CashRow> previous = orders.cash(orderNo);
            if (previous.isPresent() && !next.extendsOrEquals(previous.get())) {
                if (previous.get().extendsOrEquals(next)) {
                    return get(kioskId, orderNo); // an older report sent again: ignored
                }
                throw new ApiException(409, "CASH_REPORT_CONFLICT", "The notes reported for order " + orderNo + " ("
                        + next.notesFen() + ") do not continue the notes reported before (" + previous.get().notesFen()
                        + "); report the journal's notes in credit order", null);
            }
            boolean complete = next.complete() || previous.map(CashRow::complete).orElse(false);
            CashRow stored = new CashRow(next.notesFen(), complete);
            if (previous.isPresent() && previous.get().equals(stored)) {
                break; // a repeat
            }
            if (orders.storeCash(orderNo, previous, stored, now)) {
                LOG.info("Order {}: cash credited {} fen in {} notes{}", orderNo, stored.creditedFen(),
                        stored.notesFen().size(), complete ? " (kiosk stopped accepting)" : "");
                break;
            }
        }
        afterCash(orders.find(orderNo).orElseThrow());
        return get(kioskId, orderNo);
    }

    private void afterCash(OrderRow order) {
        long credited = credited(order.orderNo());
        switch (order.state()) {
            case CREATED -> {
                if (credited >= order.amountFen() && orders.markPaid(order.orderNo(), credited, clock.instant())) {
                    settlement.deliver(orders.find(order.orderNo()).orElseThrow());
                }
            }
            case EXPIRED, CANCELLED -> {
                if (credited > 0) {
                    settlement.refund(order, order.state(), credited, "订单结束后收到的现金全额退还", "late cash report");
                }
            }
            case REFUND_PENDING -> refunds.forOrder(order.orderNo()).ifPresent(r -> {
                if (refunds.raise(r.code(), credited)) {
                    LOG.warn("Refund {} of order {} raised to {} fen: notes were credited after it was issued",
                            r.code(), order.orderNo(), credited);
                }
            });
            default -> {
                if (credited > order.paidFen()) {
                    LOG.error("Order {} ({}) was credited {} fen after it was paid with {} fen; ops must refund the "
                            + "difference", order.orderNo(), order.state(), credited, order.paidFen());
                }
            }
        }
    }

    public PaymentOrder cancel(String kioskId, String orderNo, CancelRequest request) {
        OrderRow order = owned(kioskId, orderNo);
        matches(order, request.paymentId());
        String reason = "kiosk cancelled: " + request.reason();
        switch (order.state()) {
            case CREATED -> {
                if (order.method() == PaymentMethod.CASH) {
                    long credited = credited(orderNo);
                    if (credited > 0) {
                        settlement.refund(order, PaymentState.CREATED, credited, "已取消缴费，已投入的现金全额退还",
                                "cancel");
                    } else {
                        orders.move(order, PaymentState.CREATED, PaymentState.CANCELLED, "cancel", reason,
                                clock.instant());
                    }
                } else {
                    cancelQr(order, reason);
                }
            }
            case PAID -> throw new ApiException(409, "ORDER_BEING_DELIVERED", "Order " + orderNo + " is paid and "
                    + "being delivered to the department; poll GET until it is FULFILLED or REFUND_PENDING",
                    "已收到付款，正在办理，请稍候。");
            // delivered: a cancel changes nothing and answers the order (FULFILLED), so a kiosk's outbox that sends a
            // cancel after its own complete cash report made the order FULFILLED is done with it (decision 0019)
            case FULFILLED -> LOG.info("Order {} is FULFILLED; cancel by kiosk {} changes nothing", orderNo, kioskId);
            default -> { } // already ended: cancel is idempotent
        }
        LOG.info("Order {} cancel asked by kiosk {} ({})", orderNo, kioskId, request.reason());
        return get(kioskId, orderNo);
    }

    private void cancelQr(OrderRow order, String reason) {
        boolean closed;
        try {
            closed = provider.close(order.orderNo());
        } catch (ProviderException e) {
            throw new ApiException(502, "PAYMENT_PROVIDER_UNAVAILABLE", "Provider " + provider.name() + " could not "
                    + "close order " + order.orderNo() + ": " + e.getMessage() + "; repeat the cancel",
                    "支付平台暂时无法响应，请稍候再试。");
        }
        if (closed) {
            orders.move(order, PaymentState.CREATED, PaymentState.CANCELLED, "cancel", reason, clock.instant());
            return;
        }
        ProviderStatus status = provider.query(order.orderNo());
        if (status.moneyTaken()) {
            settlement.refund(order, PaymentState.CREATED, status.paidFen(), "已取消缴费，所付款项原路退回", "cancel");
        }
    }

    /**
     * The provider says the order was paid (a verified notification, or a query): deliver it, or refund money that
     * arrived for an order already closed or with another amount.
     */
    public void providerPaid(String orderNo, long paidFen, Instant paidAt) {
        Optional<OrderRow> found = orders.find(orderNo);
        if (found.isEmpty()) {
            LOG.error("Provider {} reports a payment of {} fen for order {}, which central does not know; listed by "
                    + "the reconciliation", provider.name(), paidFen, orderNo);
            return;
        }
        OrderRow order = found.get();
        switch (order.state()) {
            case CREATED -> {
                if (paidFen != order.amountFen()) {
                    settlement.refund(order, PaymentState.CREATED, paidFen, "支付金额与应缴金额不符，全额退还",
                            "provider paid " + paidFen);
                } else if (orders.markPaid(orderNo, paidFen, paidAt)) {
                    settlement.deliver(orders.find(orderNo).orElseThrow());
                }
            }
            case EXPIRED, CANCELLED -> settlement.refund(order, order.state(), paidFen,
                    "订单关闭后收到付款，全额原路退回", "late provider payment");
            default -> { } // already known
        }
    }

    /** Applies what the provider knows and the expiry to a CREATED order; answers the order as it is now. */
    OrderRow refresh(OrderRow order) {
        if (order.state() != PaymentState.CREATED) {
            return order;
        }
        Instant now = clock.instant();
        if (order.method() == PaymentMethod.QR) {
            try {
                ProviderStatus status = provider.query(order.orderNo());
                if (status.moneyTaken()) {
                    providerPaid(order.orderNo(), status.paidFen(), status.paidAt());
                } else if (now.isAfter(order.expiresAt())) {
                    if (provider.close(order.orderNo())) {
                        orders.move(order, PaymentState.CREATED, PaymentState.EXPIRED, "expire", "not paid by "
                                + order.expiresAt(), now);
                    } else {
                        ProviderStatus late = provider.query(order.orderNo());
                        providerPaid(order.orderNo(), late.paidFen(), late.paidAt());
                    }
                }
            } catch (ProviderException e) {
                LOG.warn("Provider {} did not answer for order {} ({}); asked again later", provider.name(),
                        order.orderNo(), e.code());
            }
        } else if (now.isAfter(order.expiresAt())) {
            long credited = credited(order.orderNo());
            if (credited >= order.amountFen()) {
                afterCash(order);
            } else if (credited > 0) {
                settlement.refund(order, PaymentState.CREATED, credited, "缴费超时未缴足，已投入的现金全额退还",
                        "expire");
            } else {
                orders.move(order, PaymentState.CREATED, PaymentState.EXPIRED, "expire", "no notes by "
                        + order.expiresAt(), now);
            }
        }
        return orders.find(order.orderNo()).orElseThrow();
    }

    public PaymentOrder view(OrderRow o) {
        Optional<RefundRow> refund = refunds.forOrder(o.orderNo());
        return new PaymentOrder(o.orderNo(), o.paymentId(), o.billId(), o.itemCode(), o.subject(), o.amountFen(),
                o.method(), o.state(), o.method() == PaymentMethod.CASH ? Math.max(o.paidFen(), credited(o.orderNo()))
                : o.paidFen(), o.qrPayload(), o.expiresAt(), o.paidAt(), o.applicationNo(),
                refund.map(refunds::voucher).orElse(null),
                OrderMessages.of(o.state(), o.method(), refund.map(RefundRow::settled).orElse(false)));
    }

    List<OrderRow> expiredOrders() {
        return orders.expired(clock.instant());
    }

    private long credited(String orderNo) {
        return orders.cash(orderNo).map(CashRow::creditedFen).orElse(0L);
    }

    private OrderRow owned(String kioskId, String orderNo) {
        return orders.find(orderNo).filter(o -> o.kioskId().equals(kioskId))
                .orElseThrow(() -> new ApiException(404, "ORDER_NOT_FOUND", "No order " + shorten(orderNo)
                        + " of this kiosk; use the orderNo POST /api/v1/payments/orders answered",
                        "未找到该缴费订单，请重新办理。"));
    }

    private static void matches(OrderRow order, String paymentId) {
        if (!order.paymentId().equals(paymentId)) {
            throw new ApiException(422, "PAYMENT_ID_MISMATCH", "paymentId " + shorten(paymentId) + " is not the "
                    + "paymentId of order " + order.orderNo() + "; send the id the order was created with", null);
        }
    }

    private static OrderRow same(String kioskId, OrderRequest request, OrderRow existing) {
        if (!existing.kioskId().equals(kioskId)) {
            throw new ApiException(409, "PAYMENT_ID_TAKEN", "paymentId " + request.paymentId() + " belongs to an "
                    + "order of another kiosk; use a fresh UUID for every payment", null);
        }
        if (!existing.sameRequest(request.billId(), request.amountFen(), request.method())) {
            throw new ApiException(409, "PAYMENT_ID_REUSED", "paymentId " + request.paymentId() + " made order "
                    + existing.orderNo() + " for bill " + existing.billId() + ", " + existing.amountFen() + " fen, "
                    + existing.method() + "; a different payment needs a new paymentId", null);
        }
        return existing;
    }

    private void closeQuietly(String orderNo) {
        try {
            provider.close(orderNo);
        } catch (ProviderException e) {
            LOG.warn("Could not close the duplicate provider order {} ({}); it expires unpaid", orderNo, e.code());
        }
    }

    static String shorten(String text) {
        return text == null ? "null" : text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
