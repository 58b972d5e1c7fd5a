package org.budayang.kiosk.payment;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.budayang.api.payments.Bill;
import org.budayang.api.payments.CancelRequest;
import org.budayang.api.payments.CashReport;
import org.budayang.api.payments.OrderRequest;
import org.budayang.api.payments.PaymentMethod;
import org.budayang.api.payments.PaymentOrder;
import org.budayang.api.payments.PaymentPaths;
import org.budayang.api.payments.PaymentState;
import org.budayang.driver.cash.Credit;
import org.budayang.driver.cash.CreditJournal;
import org.budayang.driver.cash.CreditJournalException;
import org.budayang.kiosk.journal.Journal;
import org.budayang.kiosk.journal.JournalException;
import org.budayang.kiosk.journal.JournalStep;
import org.budayang.kiosk.journal.JournalTx;
import org.budayang.kiosk.journal.OutboxMessage;
import org.budayang.kiosk.journal.OutboxRecord;
import org.budayang.kiosk.journal.OutboxState;
import org.budayang.kiosk.journal.StepRecord;
import org.budayang.kiosk.journal.StepState;
import org.budayang.kiosk.journal.TxRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The money journal of the kiosk (decisions 0012, 0016): one {@code PAY} transaction per payment in the kiosk's
 * {@link Journal}, with these steps, each on disk before its side effect:
 * <ul>
 *   <li>{@code ORDER}: the {@link OrderRequest} (its paymentId) before it is POSTed; DONE with central's order;</li>
 *   <li>{@code CASH_CREDIT}: one per credited note, written by {@link #record} (the cash driver's
 *       {@link CreditJournal}) before the driver tells anyone of the credit or acknowledges it;</li>
 *   <li>{@code CASH_REPORT} / {@code CANCEL}: the {@link CashReport} / {@link CancelRequest} for central, DONE together
 *       with its outbox message (kind {@value #OUTBOX_KIND}: delivered in order, at least once, same key), so a report
 *       or a cancellation survives a crash or an outage.</li>
 * </ul>
 * The transaction ends DONE when central says the order is FULFILLED, COMPENSATED for every other end. A credit that
 * comes while no payment is attached (a note stacked after the kiosk gave up, a repeat after a restart) is journalled
 * in an open {@value #UNCLAIMED} transaction that the recovery settles. Thread-safe: the driver's poll thread and the
 * flow's thread write through one lock, so the one-step-at-a-time rule of a journal transaction always holds.
 */
public final class PaymentLedger implements CreditJournal {
    public static final String KIND = "PAY";
    public static final String UNCLAIMED = "CASH_UNCLAIMED";
    public static final String OUTBOX_KIND = "PAYMENT";
    static final String ORDER = "ORDER";
    static final String CREDIT = "CASH_CREDIT";
    static final String REPORT = "CASH_REPORT";
    static final String CANCEL = "CANCEL";
    static final String START = "CASH_START";
    static final String REPEAT = "CASH_REPEAT";
    private static final Logger LOG = LoggerFactory.getLogger(PaymentLedger.class);

    private final Journal journal;
    private final PaymentApi api;
    private String attached;
    private String unclaimed;
    /** The credit ids journalled per transaction, read from the journal once (every write goes through here). */
    private final java.util.Map<String, java.util.Set<String>> creditIds = new java.util.HashMap<>();
    /** Handles on the transactions credits are written to (a handle holds no state: reusing it saves a read). */
    private final java.util.Map<String, JournalTx> handles = new java.util.HashMap<>();

    public PaymentLedger(Journal journal, PaymentApi api) {
        this.journal = Objects.requireNonNull(journal, "PaymentLedger.journal is required");
        this.api = Objects.requireNonNull(api, "PaymentLedger.api is required");
    }

    public Journal journal() {
        return journal;
    }

    /** An order about to be POSTed: its journal transaction, its ORDER step and the body written once. */
    public record PendingOrder(String txId, String paymentId, JournalStep step, String body) {
    }

    /** Begins the PAY transaction and journals the order request (a fresh paymentId) before it is sent. */
    public synchronized PendingOrder open(Bill bill, PaymentMethod method) {
        JournalTx tx = journal.begin(KIND, bill.itemCode(), null);
        String paymentId = UUID.randomUUID().toString();
        String body = api.write(new OrderRequest(paymentId, bill.billId(), bill.amountFen(), method));
        JournalStep step = tx.intend(ORDER, body);
        LOG.info("Payment {} ({}, {} fen, bill {}) journalled in transaction {}", paymentId, method, bill.amountFen(),
                bill.billId(), tx.id());
        return new PendingOrder(tx.id(), paymentId, step, body);
    }

    /** Central answered the order: the ORDER step is DONE with it. */
    public synchronized void ordered(JournalStep step, PaymentOrder order) {
        step.done(api.write(order));
    }

    /** The order was refused for good (4xx): the step and the transaction FAILED, nothing was taken. */
    public synchronized void orderRefused(JournalStep step, String code) {
        step.failed("central refused the order: " + code);
        journal.resume(step.txId()).failed("order refused: " + code);
    }

    /** Credits from now on belong to the payment of {@code txId} (while its cash screen takes notes). */
    public synchronized void attach(String txId) {
        attached = Objects.requireNonNull(txId, "txId");
    }

    /** Credits from now on belong to no payment (they go to the unclaimed transaction). */
    public synchronized void detach() {
        attached = null;
    }

    /**
     * Journals a credit (the driver calls it before it tells anyone and before EVENT_ACK): a CASH_CREDIT step of the
     * attached payment, or of the unclaimed transaction; a credit id already journalled is not written again.
     *
     * @throws CreditJournalException when the journal cannot write (the driver holds the credit back and retries)
     */
    @Override
    public synchronized void record(Credit credit) {
        try {
            String txId = attached != null ? attached : unclaimedTx();
            java.util.Set<String> known = creditIds.computeIfAbsent(txId,
                    id -> new java.util.HashSet<>(journalledCreditIds(id)));
            if (known.contains(credit.creditId())) {
                return;
            }
            JournalStep step = handles.computeIfAbsent(txId, journal::resume).intend(CREDIT, credit.fen() + " "
                    + credit.creditId());
            step.done(null);
            known.add(credit.creditId());
            if (attached == null) {
                LOG.warn("Cash credit {} of {} fen came while no payment takes notes; journalled as unclaimed in {}",
                        credit.creditId(), credit.fen(), txId);
            }
        } catch (JournalException e) {
            throw new CreditJournalException("credit " + credit.creditId() + " of " + credit.fen()
                    + " fen could not be journalled: " + e.getMessage());
        }
    }

    private String unclaimedTx() {
        if (unclaimed == null) {
            unclaimed = journal.begin(UNCLAIMED, "CASH", null).id();
        }
        return unclaimed;
    }

    private List<String> journalledCreditIds(String txId) {
        return journal.find(txId).orElseThrow().steps(CREDIT).stream().filter(s -> s.payload() != null)
                .map(s -> s.payload().split(" ", 2)[1]).toList();
    }

    /** The acceptor's stacked-notes counter before notes are taken (the recovery's reference). */
    public synchronized void cashStart(String txId, long stacked) {
        journal.resume(txId).intend(START, Long.toString(stacked)).done(null);
    }

    /** The acceptor's stacked counter journalled when the payment began taking notes, if it was read. */
    static Optional<Long> stackedAtStart(TxRecord tx) {
        return tx.steps(START).stream().filter(s -> s.state() == StepState.DONE && s.payload() != null)
                .map(s -> Long.parseLong(s.payload())).findFirst();
    }

    /**
     * The recovery found the last {@code count} credits to be repeats of credits journalled before a crash (the
     * acceptor repeated an unacknowledged batch under new credit ids): they no longer count.
     */
    public synchronized List<String> markRepeats(String txId, int count) {
        List<StepRecord> counted = creditSteps(journal.find(txId).orElseThrow());
        List<String> ids = counted.subList(Math.max(0, counted.size() - count), counted.size()).stream()
                .map(s -> s.payload().split(" ", 2)[1]).toList();
        if (!ids.isEmpty()) {
            journal.resume(txId).intend(REPEAT, String.join(" ", ids)).done(null);
        }
        return ids;
    }

    /** The payment credits go to now, if one is attached. */
    public synchronized Optional<String> attached() {
        return Optional.ofNullable(attached);
    }

    /** The DONE credits of a payment, without those the recovery found to be the acceptor's repeats. */
    static List<StepRecord> creditSteps(TxRecord tx) {
        java.util.Set<String> repeats = new java.util.HashSet<>();
        tx.steps(REPEAT).stream().filter(s -> s.state() == StepState.DONE && s.payload() != null)
                .forEach(s -> repeats.addAll(List.of(s.payload().split(" "))));
        return tx.steps(CREDIT).stream().filter(s -> s.state() == StepState.DONE && s.payload() != null)
                .filter(s -> !repeats.contains(s.payload().split(" ", 2)[1])).toList();
    }

    /** The value of each credit journalled for the payment, in fen, in order. */
    public synchronized List<Long> credits(String txId) {
        return notes(journal.find(txId).orElseThrow(() -> new JournalException(JournalException.UNKNOWN_TX,
                "no payment transaction " + txId)));
    }

    static List<Long> notes(TxRecord tx) {
        List<Long> out = new ArrayList<>();
        for (StepRecord s : creditSteps(tx)) {
            out.add(Long.parseLong(s.payload().split(" ", 2)[0]));
        }
        return out;
    }

    /** Queues the cash report of every journalled credit (in the outbox, with its step); returns the message. */
    public synchronized OutboxMessage report(String txId, String orderNo, String paymentId, boolean complete) {
        CashReport report = new CashReport(paymentId, credits(txId), complete);
        return queue(txId, REPORT, PaymentPaths.cash(orderNo), api.write(report));
    }

    /** Queues the cancellation (in the outbox, with its step); returns the message. */
    public synchronized OutboxMessage cancel(String txId, String orderNo, String paymentId, String reason) {
        return queue(txId, CANCEL, PaymentPaths.cancel(orderNo), api.write(new CancelRequest(paymentId, reason)));
    }

    private OutboxMessage queue(String txId, String name, String path, String body) {
        JournalStep step = journal.resume(txId).intend(name, body);
        OutboxMessage message = new OutboxMessage(OUTBOX_KIND, path, step.idempotencyKey(), body);
        step.done(null, message);
        return message;
    }

    /** The message reached central directly: its outbox record is SENT (the deliverer need not send it again). */
    public void delivered(OutboxMessage message) {
        for (OutboxRecord r : journal.outbox().records(OutboxState.PENDING)) {
            if (r.idempotencyKey().equals(message.idempotencyKey())) {
                journal.outbox().markSent(r.id());
            }
        }
    }

    /** The payment's messages still waiting in the outbox, oldest first (central has not confirmed them). */
    public List<OutboxMessage> pending(String txId) {
        return journal.outbox().records(OutboxState.PENDING).stream().filter(r -> txId.equals(r.txId()))
                .map(r -> new OutboxMessage(r.kind(), r.path(), r.idempotencyKey(), r.body())).toList();
    }

    /** Ends the payment as central decided: DONE when FULFILLED, else COMPENSATED with the state. */
    public synchronized void end(String txId, PaymentOrder order) {
        if (attached != null && attached.equals(txId)) {
            attached = null;
        }
        JournalTx tx = journal.resume(txId);
        if (tx.record().state() != org.budayang.kiosk.journal.TxState.OPEN) {
            return;
        }
        if (order.state() == PaymentState.FULFILLED) {
            tx.finish();
        } else {
            tx.compensated("order " + order.orderNo() + " ended " + order.state()
                    + (order.refund() == null ? "" : ", refund " + order.refund().code() + " of "
                    + order.refund().amountFen() + " fen"));
        }
        LOG.info("Payment transaction {} (order {}) ended: {}", txId, order.orderNo(), order.state());
    }

    /** The order central answered to the ORDER step, when it is DONE. */
    public Optional<PaymentOrder> orderOf(TxRecord tx) {
        return tx.steps(ORDER).stream().filter(s -> s.state() == StepState.DONE && s.result() != null).findFirst()
                .map(s -> api.readOrder(s.result()));
    }
}
