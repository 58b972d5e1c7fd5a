package org.budayang.kiosk.payment;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.budayang.api.json.ApiJson;
import org.budayang.api.payments.OrderRequest;
import org.budayang.api.payments.PaymentMethod;
import org.budayang.api.payments.PaymentOrder;
import org.budayang.api.payments.PaymentState;
import org.budayang.driver.cash.CashAcceptor;
import org.budayang.driver.cash.CashCounters;
import org.budayang.driver.link.LinkLostException;
import org.budayang.driver.op.CancelToken;
import org.budayang.driver.op.Deadline;
import org.budayang.driver.op.Outcome;
import org.budayang.kiosk.journal.Journal;
import org.budayang.kiosk.journal.JournalStep;
import org.budayang.kiosk.journal.JournalTx;
import org.budayang.kiosk.journal.StepRecord;
import org.budayang.kiosk.journal.StepState;
import org.budayang.kiosk.journal.TxRecord;
import org.budayang.kiosk.service.ServiceFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Settles the payments a crash or power cut left open (kiosk start, after the devices are open; again while central
 * is unreachable). For each open {@code PAY} transaction, oldest first:
 * <ul>
 *   <li>an ORDER still INTENDED is sent again with the same body and key (central answers the same order, or creates
 *       it now); refused for good, the transaction FAILED (nothing was taken);</li>
 *   <li>cash: the ledger is attached to the payment and the acceptor given the journal, so a batch the acceptor
 *       repeats (its acknowledgement lost in the crash) is journalled here; after a quiet period the acceptor's
 *       stacked counter, against the one journalled when the payment began taking notes, says how many notes the
 *       payment really took: journalled credits beyond that are repeats and no longer count;</li>
 *   <li>then the complete cash report and the cancellation (central decides: FULFILLED when paid in full, else the
 *       refund with its voucher; an unpaid QR order CANCELLED, a paid one FULFILLED or refunded);</li>
 *   <li>the transaction ends as central decided; while central cannot be reached it stays open for the next run.</li>
 * </ul>
 * Credits journalled while no payment was attached ({@value PaymentLedger#UNCLAIMED}) are handed to ops (logged with
 * the amount, the transaction COMPENSATED with the reason): the cash box holds them.
 */
public final class PaymentRecovery {
    /** How long the acceptor must stay quiet before its counter is compared. */
    public static final Duration QUIET = Duration.ofMillis(1_500);
    /** How long a recovered order that central is delivering is waited for before it is left for the next run. */
    static final Duration SETTLE_WITHIN = Duration.ofSeconds(20);
    static final Duration SETTLE_EVERY = Duration.ofMillis(500);
    private static final Logger LOG = LoggerFactory.getLogger(PaymentRecovery.class);

    /** One payment settled (or left open: {@code state} null when central could not be asked). */
    public record Settled(String txId, String orderNo, PaymentMethod method, PaymentState state, long creditedFen,
                          int repeatsDropped, PaymentOrder order) {
    }

    private final PaymentDesk desk;
    private final PaymentApi api;
    private final PaymentLedger ledger;
    private final Optional<CashAcceptor> acceptor;
    private final Duration quiet;

    public PaymentRecovery(PaymentDesk desk, PaymentApi api, Optional<CashAcceptor> acceptor, Duration quiet) {
        this.desk = Objects.requireNonNull(desk, "desk");
        this.api = Objects.requireNonNull(api, "api");
        this.ledger = desk.ledger();
        this.acceptor = Objects.requireNonNull(acceptor, "acceptor");
        this.quiet = Objects.requireNonNull(quiet, "quiet");
    }

    /** Settles every open payment; finally the acceptor journals into the ledger (unattached). */
    public List<Settled> run() {
        return run(true);
    }

    /**
     * Settles every open payment. {@code reconcile}: the first run after a start takes what the acceptor held back
     * and compares its counter; later runs (central was unreachable) must not, since a citizen may be paying cash.
     */
    public List<Settled> run(boolean reconcile) {
        Journal journal = ledger.journal();
        List<Settled> out = new ArrayList<>();
        try {
            for (TxRecord tx : journal.unfinished()) {
                if (tx.kind().equals(PaymentLedger.KIND)) {
                    out.add(settle(tx, reconcile));
                }
            }
        } finally {
            if (reconcile) {
                ledger.detach();
                acceptor.ifPresent(a -> a.useJournal(ledger));
            }
        }
        for (TxRecord tx : journal.unfinished()) {
            if (tx.kind().equals(PaymentLedger.UNCLAIMED)) {
                long fen = PaymentLedger.notes(tx).stream().mapToLong(Long::longValue).sum();
                LOG.warn("Unclaimed cash: transaction {} holds {} fen credited while no payment took notes; ops count"
                        + " the cash box and settle it", tx.id(), fen);
                journal.resume(tx.id()).compensated("unclaimed cash " + fen + " fen handed to ops");
            }
        }
        return out;
    }

    private Settled settle(TxRecord record, boolean reconcile) {
        JournalTx tx = ledger.journal().resume(record.id());
        Optional<JournalStep> pending = tx.pendingStep();
        if (pending.isPresent() && !pending.get().name().equals(PaymentLedger.ORDER)) {
            pending.get().failed("interrupted by a restart before it was done; settled by the payment recovery");
        }
        StepRecord orderStep = record.steps(PaymentLedger.ORDER).stream().findFirst().orElse(null);
        if (orderStep == null) {
            tx.failed("no order was journalled");
            return new Settled(record.id(), null, null, PaymentState.CANCELLED, 0, 0, null);
        }
        OrderRequest request = readRequest(orderStep.payload());
        PaymentOrder order;
        try {
            order = orderOf(record, orderStep);
        } catch (ServiceFailure f) {
            if (!f.retryable()) {
                ledger.orderRefused(pending.orElseThrow(), f.code());
                return new Settled(record.id(), null, request.method(), PaymentState.CANCELLED, 0, 0, null);
            }
            LOG.warn("Payment transaction {}: central cannot be asked for its order ({}); left for the next run",
                    record.id(), f.code());
            return new Settled(record.id(), null, request.method(), null, 0, 0, null);
        }
        if (order == null) {
            tx.failed("the order step failed; nothing was taken");
            return new Settled(record.id(), null, request.method(), PaymentState.CANCELLED, 0, 0, null);
        }
        Payment payment = new Payment(record.id(), request.paymentId(), order);
        int repeats = reconcile && request.method() == PaymentMethod.CASH ? reconcile(record.id()) : 0;
        long credited = ledger.credits(record.id()).stream().mapToLong(Long::longValue).sum();
        try {
            PaymentOrder now = desk.poll(payment);
            PaymentOrder end = now.state().finalForKiosk() && request.method() == PaymentMethod.QR ? now
                    : desk.cancel(payment, "KIOSK_RESTARTED");
            if (!end.state().finalForKiosk()) { // PAID: being delivered (the cancellation was moot)
                end = desk.settle(payment, end, SETTLE_WITHIN, SETTLE_EVERY);
            }
            if (end.state().finalForKiosk()) {
                desk.end(payment, end);
            }
            LOG.info("Payment transaction {} (order {}, {}) recovered: {} with {} fen journalled ({} repeats dropped)",
                    record.id(), order.orderNo(), request.method(), end.state(), credited, repeats);
            return new Settled(record.id(), order.orderNo(), request.method(), end.state(), credited, repeats, end);
        } catch (ServiceFailure f) {
            LOG.warn("Payment transaction {} (order {}): central cannot settle it now ({}); the report and the"
                    + " cancellation wait in the outbox, the transaction for the next run", record.id(),
                    order.orderNo(), f.code());
            return new Settled(record.id(), order.orderNo(), request.method(), null, credited, repeats, null);
        }
    }

    /** The order: the stored answer, or the ORDER sent again with its body and key. Null when it FAILED. */
    private PaymentOrder orderOf(TxRecord record, StepRecord step) throws ServiceFailure {
        if (step.state() == StepState.DONE) {
            return ledger.orderOf(record).orElseThrow();
        }
        if (step.state() == StepState.FAILED) {
            return null;
        }
        PaymentOrder order = api.order(step.payload(), step.idempotencyKey());
        ledger.ordered(ledger.journal().resume(record.id()).pendingStep().orElseThrow(), order);
        return order;
    }

    /**
     * Attaches the ledger to the payment and lets the acceptor deliver what it held back; once quiet, drops the
     * journalled credits beyond the notes the acceptor's counter says this payment took. Returns how many it dropped.
     */
    private int reconcile(String txId) {
        if (acceptor.isEmpty()) {
            return 0;
        }
        CashAcceptor a = acceptor.get();
        ledger.attach(txId);
        a.useJournal(ledger);
        try {
            long online = System.nanoTime() + Duration.ofSeconds(15).toNanos();
            while (a.status().health() != org.budayang.driver.Health.ONLINE && System.nanoTime() < online) {
                Thread.sleep(100);
            }
            int seen = -1;
            while (seen != ledger.credits(txId).size()) { // quiet: no new credit during a whole period
                seen = ledger.credits(txId).size();
                Thread.sleep(quiet.toMillis());
            }
            Optional<Long> start = PaymentLedger.stackedAtStart(ledger.journal().find(txId).orElseThrow());
            if (start.isEmpty()) {
                return 0;
            }
            Outcome<CashCounters> counters = a.counters(Deadline.in(Duration.ofSeconds(5)), CancelToken.none());
            if (!counters.isSuccess()) {
                LOG.warn("Payment transaction {}: the acceptor's counters cannot be read ({}); its credits are"
                        + " reported as journalled", txId, counters);
                return 0;
            }
            long taken = counters.valueIfSuccess().orElseThrow().stacked() - start.get();
            int journalled = ledger.credits(txId).size();
            if (journalled > taken) {
                List<String> dropped = ledger.markRepeats(txId, (int) (journalled - taken));
                LOG.info("Payment transaction {}: the acceptor stacked {} notes for it, {} credits are journalled;"
                        + " {} repeated after the restart no longer count", txId, taken, journalled, dropped);
                return dropped.size();
            }
            if (journalled < taken) {
                LOG.warn("Payment transaction {}: the acceptor stacked {} notes for it but only {} credits are"
                        + " journalled; ops count the cash box", txId, taken, journalled);
            }
            return 0;
        } catch (LinkLostException e) {
            LOG.warn("Payment transaction {}: the acceptor's link is lost during the recovery ({}); its credits are"
                    + " reported as journalled", txId, e.getMessage());
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        } finally {
            ledger.detach();
        }
    }

    private static OrderRequest readRequest(String json) {
        try {
            return ApiJson.mapper().readValue(json, OrderRequest.class);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("PAYMENT_RECORD_UNREADABLE: a journalled order request cannot be read: "
                    + e, e);
        }
    }
}
