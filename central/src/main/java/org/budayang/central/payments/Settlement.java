package org.budayang.central.payments;

import org.budayang.central.applications.ApplicationNumbers;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import javax.sql.DataSource;
import org.budayang.api.payments.PaymentMethod;
import org.budayang.api.payments.PaymentState;
import org.budayang.central.payments.bills.BillRepository;
import org.budayang.central.payments.bills.BillService;
import org.budayang.central.payments.bills.StoredBill;
import org.budayang.central.payments.provider.PaymentProvider;
import org.budayang.central.payments.provider.ProviderException;
import org.budayang.central.web.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What happens to money once taken: the order that became PAID is posted to its department and FULFILLED with a
 * 办件编号, or — the department refused or failed — moved to REFUND_PENDING with a refund (QR: through the provider
 * at once; cash: a 退款凭证 for ops). Only the request that won the move to PAID delivers, so an order is delivered
 * at most once; a delivery a crash interrupted is taken up again by {@link PaymentJobs}.
 */
public final class Settlement {
    private static final Logger LOG = LoggerFactory.getLogger(Settlement.class);

    private final OrderRepository orders;
    private final BillRepository bills;
    private final Refunds refunds;
    private final DepartmentPosting posting;
    private final PaymentProvider provider;
    private final ApplicationNumbers applicationNumbers;
    private final Clock clock;

    public Settlement(DataSource dataSource, OrderRepository orders, BillRepository bills, Refunds refunds,
                      DepartmentPosting posting, PaymentProvider provider, Clock clock) {
        this.orders = orders;
        this.bills = bills;
        this.refunds = refunds;
        this.posting = posting;
        this.provider = provider;
        this.applicationNumbers = new ApplicationNumbers(dataSource);
        this.clock = clock;
    }

    /** Delivers an order this caller moved to PAID (or found PAID after a crash). */
    void deliver(OrderRow order) {
        StoredBill bill = bills.find(order.billId()).orElseThrow(() -> new IllegalStateException("Order "
                + order.orderNo() + " names bill " + order.billId() + ", which is not stored"));
        try {
            posting.post(order.orderNo(), bill, order.amountFen());
        } catch (ApiException e) {
            LOG.warn("Department refused or failed the payment of order {} (item {}): {}; refunding {} fen",
                    order.orderNo(), order.itemCode(), e.error().code(), order.paidFen());
            refund(order, PaymentState.PAID, order.paidFen(), "业务办理未成功（" + e.citizenMessage()
                    .orElse("部门系统暂时无法受理") + "），所缴款项全额退还", "deliver: department " + e.error().code());
            return;
        }
        Instant now = clock.instant();
        String number = applicationNumber(order.itemCode(), now);
        if (orders.fulfil(order.orderNo(), number, now)) {
            LOG.info("Order {} FULFILLED: department took {} fen, 办件编号 {}", order.orderNo(), order.amountFen(),
                    number);
            if (order.paidFen() > order.amountFen()) {
                // cash above the amount due (the kiosk should have rejected it from escrow) goes back on a voucher
                refunds.issue(order, order.paidFen() - order.amountFen(), "多投入的现金退还", now);
            }
        }
    }

    /**
     * Moves an order that holds money from {@code from} to REFUND_PENDING with a refund of {@code amountFen}, and for
     * QR asks the provider at once.
     */
    void refund(OrderRow order, PaymentState from, long amountFen, String reason, String operation) {
        Instant now = clock.instant();
        Instant paidAt = order.paidAt() == null ? now : order.paidAt();
        if (!orders.moveWithMoney(order, from, PaymentState.REFUND_PENDING, operation, reason, amountFen, paidAt, now)) {
            return;
        }
        RefundRow refund = refunds.issue(order, amountFen, reason, now);
        LOG.info("Order {} REFUND_PENDING: refund {} of {} fen ({})", order.orderNo(), refund.code(), amountFen,
                order.method());
        if (order.method() == PaymentMethod.QR) {
            refundAtProvider(refund);
        }
    }

    /** Asks the provider to refund a QR refund; on success settles it and the order becomes REFUNDED. */
    void refundAtProvider(RefundRow refund) {
        try {
            provider.refund(refund.orderNo(), refund.code(), refund.amountFen());
        } catch (ProviderException e) {
            refunds.failedAttempt(refund.code(), e.getMessage());
            LOG.warn("Provider {} did not refund {} of order {} yet ({}); it is retried", provider.name(),
                    refund.code(), refund.orderNo(), e.code());
            return;
        }
        settled(refund, "provider:" + provider.name());
    }

    /** The refund was paid out: record it and end the order (REFUND_PENDING → REFUNDED). */
    boolean settled(RefundRow refund, String who) {
        Instant now = clock.instant();
        boolean first = refunds.settle(refund.code(), who, now);
        Optional<OrderRow> order = orders.find(refund.orderNo());
        if (order.isPresent() && order.get().state() == PaymentState.REFUND_PENDING) {
            orders.move(order.get(), PaymentState.REFUND_PENDING, PaymentState.REFUNDED, "settle refund",
                    "refund " + refund.code() + " settled by " + who, now);
        }
        if (first) {
            LOG.info("Refund {} of order {} settled by {}", refund.code(), refund.orderNo(), who);
        }
        return first;
    }

    private String applicationNumber(String itemCode, Instant now) {
        return applicationNumbers.next(itemCode.substring(0, 6), LocalDate.ofInstant(now, BillService.ZONE));
    }
}
