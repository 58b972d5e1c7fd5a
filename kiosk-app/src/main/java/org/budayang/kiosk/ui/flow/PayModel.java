package org.budayang.kiosk.ui.flow;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.budayang.api.payments.Bill;
import org.budayang.api.payments.PaymentMethod;
import org.budayang.api.payments.PaymentOrder;
import org.budayang.api.payments.PaymentState;
import org.budayang.driver.cash.CashSessionState;
import org.budayang.kiosk.payment.CashRun;
import org.budayang.kiosk.payment.KioskPayments;
import org.budayang.kiosk.payment.Payment;
import org.budayang.kiosk.payment.PaymentReceipts;
import org.budayang.kiosk.service.ServiceFailure;
import org.budayang.kiosk.service.ServiceTx;
import org.budayang.kiosk.ui.common.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PAY step's view-model ({@link PayPhase}): the bill from central, 现金 or 扫码支付, the cash screen (due, inserted,
 * still due, the notes taken, 请投入不超过X元的纸币 when a note was given back), the QR screen (payload, countdown,
 * central polled), then the end central decides: 缴费凭证 printed when FULFILLED, 退款凭证 when refunded. FX thread
 * only; every blocking call runs through {@link DeskCalls}; the acceptor's progress arrives through
 * {@link DeskCalls#later}. {@link #tick()} (once a second from the view while the QR shows) counts down and polls.
 */
public final class PayModel {
    private static final Logger LOG = LoggerFactory.getLogger(PayModel.class);
    /** How often central is asked while the QR waits, in ticks (seconds). */
    static final int POLL_TICKS = 2;
    static final Duration SETTLE_WITHIN = Duration.ofSeconds(20);
    static final Duration SETTLE_EVERY = Duration.ofMillis(500);

    private final KioskPayments payments;
    private final DeskCalls calls;
    private final Messages messages;
    private final Clock clock;
    private final ObjectProperty<PayPhase> phase = new SimpleObjectProperty<>(this, "phase", PayPhase.LOADING);
    private final ObjectProperty<Bill> bill = new SimpleObjectProperty<>(this, "bill");
    private final ObjectProperty<PaymentOrder> order = new SimpleObjectProperty<>(this, "order");
    private final StringProperty cashReason = new SimpleStringProperty(this, "cashReason", "");
    private final StringProperty qrReason = new SimpleStringProperty(this, "qrReason", "");
    private final LongProperty credited = new SimpleLongProperty(this, "credited");
    private final LongProperty remaining = new SimpleLongProperty(this, "remaining");
    private final StringProperty notes = new SimpleStringProperty(this, "notes", "");
    private final StringProperty rejected = new SimpleStringProperty(this, "rejected", "");
    private final LongProperty secondsLeft = new SimpleLongProperty(this, "secondsLeft");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final StringProperty printProblem = new SimpleStringProperty(this, "printProblem", "");
    private ServiceTx tx;
    private Payment payment;
    private CashRun run;
    private int ticks;
    private boolean polling;

    /** @param payments null on a kiosk without payments (the step then only shows the amount, 仅查询不缴费) */
    PayModel(KioskPayments payments, DeskCalls calls, Messages messages, Clock clock) {
        this.payments = payments;
        this.calls = Objects.requireNonNull(calls, "calls");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public boolean available() {
        return payments != null;
    }

    /** The PAY step starts: the bill of the item for the transaction's citizen with the form's values. */
    void enter(ServiceTx started, Map<String, String> params) {
        wipe();
        tx = Objects.requireNonNull(started, "tx");
        phase.set(PayPhase.LOADING);
        calls.run("bill", () -> payments.desk().bill(started.item().implementationCode(), started.citizen(), params),
                this::billed, failure -> {
                    message.set(messages.get("pay.no_bill", failure.citizenMessage()));
                    cashReason.set(failure.citizenMessage());
                    qrReason.set(failure.citizenMessage());
                    phase.set(PayPhase.CHOOSE);
                });
    }

    private void billed(Bill answer) {
        bill.set(answer);
        cashReason.set(payments.till().unavailableReason().orElse(""));
        qrReason.set("");
        phase.set(PayPhase.CHOOSE);
    }

    /** 现金: the order (journalled first), then the acceptor takes notes. */
    public void chooseCash() {
        if (!choosable(cashReason.get())) {
            return;
        }
        Bill due = bill.get();
        work(messages.get("pay.ordering"));
        calls.run("cash order", () -> {
            Payment ordered = payments.desk().order(due, PaymentMethod.CASH);
            payment = ordered;
            return payments.till().start(ordered, progress -> calls.later(() -> cashProgress(progress)));
        }, started -> {
            run = started;
            payment = started.payment();
            order.set(started.payment().order());
            notes.set(started.notes().stream().map(Object::toString).collect(Collectors.joining("、")));
            if (phase.get() == PayPhase.WORKING) {
                phase.set(PayPhase.CASH);
            }
        }, this::orderFailed);
    }

    /** 扫码支付: the order (journalled first) and its QR. */
    public void chooseQr() {
        if (!choosable(qrReason.get())) {
            return;
        }
        Bill due = bill.get();
        work(messages.get("pay.ordering"));
        calls.run("QR order", () -> payments.desk().order(due, PaymentMethod.QR), ordered -> {
            payment = ordered;
            order.set(ordered.order());
            ticks = 0;
            secondsLeft.set(secondsTo(ordered.order()));
            phase.set(PayPhase.QR);
        }, this::orderFailed);
    }

    private boolean choosable(String reason) {
        return phase.get() == PayPhase.CHOOSE && bill.get() != null && reason.isEmpty();
    }

    private void orderFailed(ServiceFailure failure) {
        if (payment != null) { // ordered, but the acceptor would not take notes: nothing was taken
            settle("order " + payment.orderNo() + " cancelled", () -> payments.desk().cancel(payment,
                    failure.code()));
            return;
        }
        message.set(failure.citizenMessage());
        phase.set(PayPhase.CHOOSE);
    }

    private void cashProgress(CashRun.Progress progress) {
        credited.set(progress.summary().creditedFen());
        remaining.set(progress.remainingFen());
        if (progress.rejected() != null && progress.summary().state() == CashSessionState.ACCEPTING) {
            rejected.set(messages.get("pay.cash.rejected", yuanWhole(progress.remainingFen())));
        }
        if (phase.get() != PayPhase.CASH || run == null) {
            return;
        }
        if (progress.summary().state() == CashSessionState.PAID) {
            settle("cash paid", () -> {
                run.stop();
                PaymentOrder reported = payments.desk().reportCash(payment, true);
                return payments.desk().settle(payment, reported, SETTLE_WITHIN, SETTLE_EVERY);
            });
        } else if (progress.summary().state() == CashSessionState.FAILED) {
            String code = progress.summary().failure().split(":", 2)[0];
            settle("cash failed " + code, () -> {
                run.stop();
                return payments.desk().cancel(payment, code);
            });
        }
    }

    /** 取消 on the cash or QR screen: what was taken is refunded (退款凭证), an unpaid order cancelled. */
    public void cancel() {
        if (phase.get() == PayPhase.CASH) {
            message.set(messages.get("pay.cancelling"));
            CashRun stopping = run;
            settle("cash cancelled", () -> {
                stopping.stop();
                return payments.desk().cancel(payment, "CITIZEN_CANCELLED");
            });
        } else if (phase.get() == PayPhase.QR) {
            settle("QR cancelled", () -> payments.desk().cancel(payment, "CITIZEN_CANCELLED"));
        }
    }

    /** Once a second while the QR shows: the countdown; central asked every {@value #POLL_TICKS} s; at 0 cancel. */
    public void tick() {
        if (phase.get() != PayPhase.QR) {
            return;
        }
        secondsLeft.set(secondsTo(order.get()));
        if (secondsLeft.get() <= 0) {
            settle("QR timed out", () -> payments.desk().cancel(payment, "TIMEOUT"));
            return;
        }
        if (++ticks % POLL_TICKS != 0 || polling) {
            return;
        }
        polling = true;
        calls.run("QR poll", () -> payments.desk().poll(payment), now -> {
            polling = false;
            order.set(now);
            if (phase.get() == PayPhase.QR && now.state() != PaymentState.CREATED) {
                settle("QR " + now.state(), () -> payments.desk().settle(payment, now, SETTLE_WITHIN,
                        SETTLE_EVERY));
            }
        }, failure -> polling = false);
    }

    /** A blocking end (report, cancel, settle), then the slip printed and the transaction ended. */
    private void settle(String what, DeskCalls.Call<PaymentOrder> call) {
        Payment paying = payment;
        String payer = tx.citizen() == null ? null : tx.citizen().name();
        work(messages.get("pay.settling"));
        calls.run(what, () -> {
            PaymentOrder end = call.call();
            if (end.state().finalForKiosk()) {
                payments.desk().end(paying, end);
            }
            return end;
        }, end -> ended(end, paying, payer), failure -> {
            LOG.warn("Payment {} not settled now ({}); the recovery settles it", paying.orderNo(), failure.code());
            message.set(messages.get("pay.pending"));
            phase.set(PayPhase.PENDING);
        });
    }

    private void ended(PaymentOrder end, Payment paying, String payer) {
        order.set(end);
        run = null;
        switch (end.state()) {
            case FULFILLED -> {
                phase.set(PayPhase.PAID);
                print("receipt", paying, () -> payments.receipts().paid(end, payer));
            }
            case REFUND_PENDING, REFUNDED -> {
                phase.set(end.refund() == null ? PayPhase.PENDING : PayPhase.REFUNDED);
                if (end.refund() != null) {
                    print("refund", paying, () -> payments.receipts().refund(end, payer));
                }
            }
            case CANCELLED, EXPIRED -> {
                message.set(messages.get("pay.cancelled"));
                payment = null;
                phase.set(PayPhase.CANCELLED);
            }
            default -> {
                message.set(messages.get("pay.pending"));
                phase.set(PayPhase.PENDING);
            }
        }
    }

    private void print(String kind, Payment paying, java.util.function.Supplier<org.budayang.driver.printer.Receipt>
            slip) {
        printProblem.set("");
        String job = ("pay-" + kind + "-" + paying.orderNo()).replaceAll("[^A-Za-z0-9._-]", "");
        URI link = URI.create(kind.equals("refund") && order.get().refund() != null
                ? order.get().refund().qrPayload() : "https://www.gszwfw.gov.cn/");
        calls.run("print " + kind, () -> {
            payments.printer().print(job, slip.get(), link);
            return Boolean.TRUE;
        }, printed -> { }, failure -> printProblem.set(messages.get("pay.print_failed", failure.citizenMessage())));
    }

    /** CANCELLED: choose again. */
    void again() {
        if (phase.get() == PayPhase.CANCELLED) {
            message.set("");
            rejected.set("");
            phase.set(PayPhase.CHOOSE);
        }
    }

    private void work(String text) {
        message.set(text);
        rejected.set("");
        phase.set(PayPhase.WORKING);
    }

    private long secondsTo(PaymentOrder o) {
        return Math.max(0, Duration.between(clock.instant(), o.expiresAt()).toSeconds());
    }

    private static String yuanWhole(long fen) {
        return fen % 100 == 0 ? Long.toString(fen / 100) : PaymentReceipts.yuan(fen);
    }

    /**
     * The flow is left (返回首页, timeout, wipe): a payment still open is cancelled at central in the background (cash:
     * the acceptor stopped and every credit reported first), so nothing taken is lost; then everything is forgotten.
     */
    void wipe() {
        if (payment != null && phase.get().open()) {
            Payment open = payment;
            CashRun taking = run;
            LOG.info("Payment {} left open by the flow; cancelling it", open.orderNo());
            calls.fire("cancel left payment", () -> {
                try {
                    if (taking != null) {
                        taking.stop();
                    }
                    PaymentOrder end = payments.desk().cancel(open, "CITIZEN_LEFT");
                    if (end.state().finalForKiosk()) {
                        payments.desk().end(open, end);
                    }
                } catch (ServiceFailure f) {
                    LOG.warn("Payment {} left open: cancellation not delivered now ({}); the outbox and the recovery"
                            + " finish it", open.orderNo(), f.code());
                }
            });
        }
        tx = null;
        payment = null;
        run = null;
        polling = false;
        bill.set(null);
        order.set(null);
        cashReason.set("");
        qrReason.set("");
        credited.set(0);
        remaining.set(0);
        notes.set("");
        rejected.set("");
        message.set("");
        printProblem.set("");
        phase.set(PayPhase.LOADING);
    }

    public ObjectProperty<PayPhase> phaseProperty() {
        return phase;
    }

    public ObjectProperty<Bill> billProperty() {
        return bill;
    }

    public ObjectProperty<PaymentOrder> orderProperty() {
        return order;
    }

    public StringProperty cashReasonProperty() {
        return cashReason;
    }

    public StringProperty qrReasonProperty() {
        return qrReason;
    }

    public LongProperty creditedProperty() {
        return credited;
    }

    public LongProperty remainingProperty() {
        return remaining;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public StringProperty rejectedProperty() {
        return rejected;
    }

    public LongProperty secondsLeftProperty() {
        return secondsLeft;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty printProblemProperty() {
        return printProblem;
    }
}
