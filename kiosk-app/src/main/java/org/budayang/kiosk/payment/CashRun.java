package org.budayang.kiosk.payment;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.budayang.driver.cash.CashAcceptor;
import org.budayang.driver.cash.CashEvent;
import org.budayang.driver.cash.CashSession;
import org.budayang.driver.cash.CashSessionState;
import org.budayang.driver.cash.CashSessionSummary;
import org.budayang.driver.cash.Denomination;
import org.budayang.driver.cash.EscrowDecision;
import org.budayang.driver.link.LinkLostException;
import org.budayang.driver.op.CancelToken;
import org.budayang.driver.op.Deadline;
import org.budayang.driver.op.Outcome;
import org.budayang.kiosk.service.ServiceFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One cash payment at the acceptor: a {@link CashSession} (the escrow policy: a note above what is still due is
 * rejected, the kiosk gives no change) fed by the acceptor's events, the ledger attached to the payment while notes
 * are taken, and a {@link Progress} for the screen after every event (on the driver's poll thread: hand it to the FX
 * thread). The credit is journalled by the driver before the event arrives here.
 */
public final class CashRun implements Consumer<CashEvent> {
    private static final Logger LOG = LoggerFactory.getLogger(CashRun.class);
    private static final Duration DEVICE_CALL = Duration.ofSeconds(5);

    /**
     * What the cash screen shows.
     *
     * @param summary  the session: due, credited, state
     * @param rejected the note just given back because it exceeds what is still due, else null
     * @param event    the event that caused this progress (null for the first)
     */
    public record Progress(CashSessionSummary summary, Denomination rejected, CashEvent event) {
        public long remainingFen() {
            return summary.remainingFen();
        }
    }

    private final CashAcceptor acceptor;
    private final PaymentLedger ledger;
    private final Payment payment;
    private final CashSession session;
    private final Consumer<Progress> progress;
    private final Set<Denomination> notes;
    private AutoCloseable listening;

    private CashRun(CashAcceptor acceptor, PaymentLedger ledger, Payment payment, Consumer<Progress> progress) {
        this.acceptor = acceptor;
        this.ledger = ledger;
        this.payment = payment;
        this.progress = Objects.requireNonNull(progress, "progress");
        this.session = new CashSession(payment.txId());
        Set<Denomination> held = acceptor.denominations();
        this.notes = held.isEmpty() ? EnumSet.noneOf(Denomination.class) : EnumSet.copyOf(held);
    }

    static CashRun start(CashAcceptor acceptor, PaymentLedger ledger, Payment payment, Consumer<Progress> progress)
            throws ServiceFailure {
        CashRun run = new CashRun(acceptor, ledger, payment, progress);
        run.session.start(payment.amountFen());
        try {
            Outcome<org.budayang.driver.cash.CashCounters> counters = acceptor.counters(Deadline.in(DEVICE_CALL),
                    CancelToken.none());
            if (counters.isSuccess()) {
                ledger.cashStart(payment.txId(), counters.valueIfSuccess().orElseThrow().stacked());
            } else {
                LOG.warn("Cash run for order {}: the acceptor's counters could not be read ({}); a restart cannot"
                        + " tell repeated credits from new ones for this payment", payment.orderNo(), counters);
            }
        } catch (LinkLostException e) {
            throw new ServiceFailure("ACCEPTOR_LINK_LOST", "the cash acceptor's link is lost: " + e.getMessage(),
                    "现金收款设备暂不可用，请改用扫码支付或呼叫帮办。", false, e);
        }
        ledger.attach(payment.txId());
        run.listening = acceptor.onCashEvent(run);
        Outcome<Set<Denomination>> taking;
        try {
            taking = acceptor.acceptNotes(run.notes, run.session, Deadline.in(DEVICE_CALL), CancelToken.none());
        } catch (LinkLostException e) {
            run.abandon();
            throw new ServiceFailure("ACCEPTOR_LINK_LOST", "the cash acceptor's link is lost: " + e.getMessage(),
                    "现金收款设备暂不可用，请改用扫码支付或呼叫帮办。", false, e);
        }
        if (!taking.isSuccess()) {
            run.abandon();
            throw new ServiceFailure("ACCEPTOR_REFUSED", "the cash acceptor did not start taking notes for order "
                    + payment.orderNo() + ": " + taking, "现金收款设备暂不可用，请改用扫码支付或呼叫帮办。", false);
        }
        LOG.info("Cash run for order {} ({} fen) taking {}", payment.orderNo(), payment.amountFen(), run.notes);
        progress.accept(new Progress(run.session.summary(), null, null));
        return run;
    }

    @Override
    public void accept(CashEvent event) {
        session.accept(event);
        Denomination rejected = event instanceof CashEvent.NoteInEscrow escrow
                && escrow.decision() == EscrowDecision.REJECT ? escrow.note() : null;
        progress.accept(new Progress(session.summary(), rejected, event));
    }

    public Payment payment() {
        return payment;
    }

    /** The notes the acceptor takes (its channels). */
    public Set<Denomination> notes() {
        return notes;
    }

    public CashSessionSummary summary() {
        return session.summary();
    }

    /** Paid in full (the session is PAID). */
    public boolean paid() {
        return session.state() == CashSessionState.PAID;
    }

    /**
     * Stops taking notes and ends the session ({@code CANCELLED} unless it is already PAID or FAILED), waits up to
     * {@link CashTill#SETTLE} for a note already past escrow to be credited, and detaches the ledger. Answers what
     * was credited; the ledger holds the same credits.
     */
    public CashSessionSummary stop() {
        try {
            acceptor.stopAccepting(Deadline.in(DEVICE_CALL), CancelToken.none());
        } catch (LinkLostException e) {
            LOG.warn("Cash run for order {}: the acceptor's link is lost while stopping ({}); a note in escrow goes"
                    + " back by itself", payment.orderNo(), e.getMessage());
        }
        if (session.state() == CashSessionState.ACCEPTING) {
            session.cancel();
        }
        long until = System.nanoTime() + CashTill.SETTLE.toNanos();
        while (session.summary().escrowFen() > 0 && System.nanoTime() < until) {
            sleep();
        }
        abandon();
        return session.summary();
    }

    private void abandon() {
        ledger.detach();
        if (listening != null) {
            try {
                listening.close();
            } catch (Exception e) {
                LOG.debug("closing the cash listener of order {}: {}", payment.orderNo(), e.toString());
            }
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
