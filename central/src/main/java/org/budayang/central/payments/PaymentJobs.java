package org.budayang.central.payments;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.budayang.api.payments.PaymentMethod;
import org.budayang.central.payments.bills.BillService;
import org.budayang.central.payments.ops.Reconciler;
import org.budayang.central.payments.ops.Reconciliation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What payments do without a request, every {@code period}: expire unpaid orders (closing them at the provider
 * first), take up deliveries a crash interrupted (PAID for over a minute), retry QR refunds the provider did not
 * take, and once a day, after 01:00 Beijing time, reconcile the day before and log its differences for ops.
 */
public final class PaymentJobs implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PaymentJobs.class);
    static final Duration STUCK_AFTER = Duration.ofMinutes(1);

    private final PaymentOrders orders;
    private final OrderRepository repository;
    private final Settlement settlement;
    private final Refunds refunds;
    private final Reconciler reconciler;
    private final Clock clock;
    private LocalDate reconciled;
    private ScheduledExecutorService executor;

    public PaymentJobs(PaymentOrders orders, OrderRepository repository, Settlement settlement, Refunds refunds,
                       Reconciler reconciler, Clock clock) {
        this.orders = orders;
        this.repository = repository;
        this.settlement = settlement;
        this.refunds = refunds;
        this.reconciler = reconciler;
        this.clock = clock;
    }

    public synchronized void start(Duration period) {
        if (executor != null) {
            throw new IllegalStateException("PaymentJobs already started");
        }
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "payment-jobs");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::runSafely, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void runSafely() {
        try {
            runOnce();
        } catch (RuntimeException e) {
            LOG.error("A payment job run failed; the next run tries again", e);
        }
    }

    /** One run of every job; answers how many orders and refunds it moved on. */
    public synchronized int runOnce() {
        int moved = 0;
        for (OrderRow order : orders.expiredOrders()) {
            if (orders.refresh(order).state() != order.state()) {
                moved++;
            }
        }
        Instant now = clock.instant();
        for (OrderRow order : repository.stuckPaid(now.minus(STUCK_AFTER))) {
            LOG.warn("Order {} has been PAID since {}: delivering it again", order.orderNo(), order.stateChangedAt());
            settlement.deliver(order);
            moved++;
        }
        for (RefundRow refund : refunds.open(PaymentMethod.QR)) {
            settlement.refundAtProvider(refund);
            if (refunds.find(refund.code()).map(RefundRow::settled).orElse(false)) {
                moved++;
            }
        }
        LocalDate today = LocalDate.ofInstant(now, BillService.ZONE);
        boolean afterOne = now.atZone(BillService.ZONE).getHour() >= 1;
        if (afterOne && !today.minusDays(1).equals(reconciled)) {
            reconciled = today.minusDays(1);
            Reconciliation day = reconciler.day(reconciled);
            if (day.balanced()) {
                LOG.info("Payments of {} reconciled: {} kiosks, no differences", reconciled, day.kiosks().size());
            } else {
                LOG.warn("Payments of {} reconciled with {} differences for ops (GET /api/v1/ops/payments/"
                        + "reconciliation?date={})", reconciled, day.differences().size(), reconciled);
            }
        }
        return moved;
    }

    @Override
    public synchronized void close() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }
}
