package org.budayang.kiosk.payment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.budayang.api.payments.Bill;
import org.budayang.api.payments.BillRequest;
import org.budayang.api.payments.PaymentMethod;
import org.budayang.api.payments.PaymentOrder;
import org.budayang.kiosk.journal.OutboxMessage;
import org.budayang.kiosk.service.ServiceDesk;
import org.budayang.kiosk.service.ServiceFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kiosk's payment calls, beside the {@code ServiceDesk}: the bill, the order (journalled before it is sent), the
 * order's state, the cash report and the cancellation (journalled and queued in the outbox before they are sent, then
 * sent at once for central's answer; the outbox repeats them with the same key when central cannot be reached).
 * Every method blocks: call it off the FX thread.
 */
public final class PaymentDesk {
    /** The code of a payment that cannot be made at this kiosk now. */
    public static final String PAYMENT_UNAVAILABLE = "PAYMENT_UNAVAILABLE";
    /**
     * central's refusals of a cancellation of an order it was paid for (409: FULFILLED, or PAID and being delivered):
     * the cancellation is moot, not lost — the order ends delivered or refunded without it.
     */
    static final Set<String> PAID_ALREADY = Set.of("ORDER_ALREADY_FULFILLED", "ORDER_BEING_DELIVERED");
    private static final Logger LOG = LoggerFactory.getLogger(PaymentDesk.class);

    private final PaymentApi api;
    private final PaymentLedger ledger;
    private final Runnable wakeOutbox;
    private final Clock clock;

    /**
     * @param wakeOutbox tells the outbox deliverer that a message waits (it sends what the direct send could not)
     */
    public PaymentDesk(PaymentApi api, PaymentLedger ledger, Runnable wakeOutbox, Clock clock) {
        this.api = Objects.requireNonNull(api, "PaymentDesk.api is required");
        this.ledger = Objects.requireNonNull(ledger, "PaymentDesk.ledger is required");
        this.wakeOutbox = Objects.requireNonNull(wakeOutbox, "PaymentDesk.wakeOutbox is required");
        this.clock = Objects.requireNonNull(clock, "PaymentDesk.clock is required");
    }

    public PaymentLedger ledger() {
        return ledger;
    }

    /** What the citizen owes for {@code itemCode} (central computes it; the kiosk never decides an amount). */
    public Bill bill(String itemCode, ServiceDesk.Citizen payer, Map<String, String> params) throws ServiceFailure {
        if (payer == null) {
            throw new ServiceFailure(PAYMENT_UNAVAILABLE, "item " + itemCode + " asks for a payment but its flow"
                    + " identifies no payer; add an IDENTIFY step before PAY in the catalogue",
                    "本事项缴费需要先识别身份，请呼叫帮办。", false);
        }
        return api.bill(new BillRequest(itemCode, payer.idNumber(), payer.name(), params));
    }

    /**
     * Orders the bill: the PAY transaction and the order request (a new paymentId) are journalled first, then POSTed
     * with the step's key. A refusal ends the transaction FAILED; without an answer the step stays INTENDED and
     * {@link PaymentRecovery} settles it (the same body and key again, then a cancellation).
     */
    public Payment order(Bill bill, PaymentMethod method) throws ServiceFailure {
        PaymentLedger.PendingOrder pending = ledger.open(bill, method);
        PaymentOrder order;
        try {
            order = api.order(pending.body(), pending.step().idempotencyKey());
        } catch (ServiceFailure f) {
            if (!f.retryable()) {
                ledger.orderRefused(pending.step(), f.code());
            } else {
                LOG.warn("Payment {} (transaction {}): the order got no answer ({}); the recovery settles it",
                        pending.paymentId(), pending.txId(), f.code());
            }
            throw f;
        }
        ledger.ordered(pending.step(), order);
        return new Payment(pending.txId(), pending.paymentId(), order);
    }

    /** The order as central holds it now. */
    public PaymentOrder poll(Payment payment) throws ServiceFailure {
        return api.order(payment.orderNo());
    }

    /** Reports the journalled credits of a cash payment ({@code complete} once no more notes are taken). */
    public PaymentOrder reportCash(Payment payment, boolean complete) throws ServiceFailure {
        requireCash(payment, "reportCash");
        return deliver(payment.txId(), ledger.report(payment.txId(), payment.orderNo(), payment.paymentId(),
                complete));
    }

    /**
     * Cancels at the kiosk (citizen, timeout, device fault): for cash the complete report goes first, so central
     * refunds exactly what was journalled. Answers central's order (REFUND_PENDING with the voucher, CANCELLED…).
     */
    public PaymentOrder cancel(Payment payment, String reason) throws ServiceFailure {
        if (payment.method() == PaymentMethod.CASH) {
            ledger.report(payment.txId(), payment.orderNo(), payment.paymentId(), true);
        }
        OutboxMessage cancel = ledger.cancel(payment.txId(), payment.orderNo(), payment.paymentId(), reason);
        try {
            return deliverAllOf(payment.txId(), cancel);
        } catch (ServiceFailure f) {
            if (!PAID_ALREADY.contains(f.code()) || !ledger.pending(payment.txId()).equals(List.of(cancel))) {
                throw f;
            }
            // central took the money already (the report just sent may have completed it): no cancellation, its
            // own end (delivered, or refunded when the department fails) is the answer
            ledger.delivered(cancel);
            LOG.info("Payment {}: central refused the cancellation ({}): the order is paid; its end is central's",
                    payment.orderNo(), f.code());
            return poll(payment);
        }
    }

    /**
     * Waits (polling every {@code every}) until the order is final for the kiosk or {@code within} has passed; answers
     * the last state seen.
     */
    public PaymentOrder settle(Payment payment, PaymentOrder now, Duration within, Duration every)
            throws ServiceFailure {
        Instant until = clock.instant().plus(within);
        PaymentOrder order = now;
        while (!order.state().finalForKiosk() && clock.instant().isBefore(until)) {
            sleep(every);
            order = poll(payment);
        }
        return order;
    }

    /** Ends the PAY transaction as central decided (DONE when FULFILLED, else COMPENSATED). */
    public void end(Payment payment, PaymentOrder order) {
        ledger.end(payment.txId(), order);
    }

    private PaymentOrder deliver(String txId, OutboxMessage message) throws ServiceFailure {
        return deliverAllOf(txId, message);
    }

    /** Sends the payment's waiting messages in order (the outbox's order); answers the last one's order. */
    private PaymentOrder deliverAllOf(String txId, OutboxMessage last) throws ServiceFailure {
        PaymentOrder answer = null;
        try {
            for (OutboxMessage m : ledger.pending(txId)) {
                answer = api.send(m.path(), m.idempotencyKey(), m.body());
                ledger.delivered(m);
            }
        } catch (ServiceFailure f) {
            wakeOutbox.run();
            LOG.warn("Payment transaction {}: {} not delivered now ({}); the outbox sends it again", txId,
                    last.path(), f.code());
            throw f;
        }
        if (answer == null) {
            throw new IllegalStateException("PAYMENT_MESSAGE_LOST: " + last + " of transaction " + txId
                    + " is not pending in the outbox");
        }
        return answer;
    }

    private static void requireCash(Payment payment, String operation) {
        if (payment.method() != PaymentMethod.CASH) {
            throw new IllegalStateException("PaymentDesk: cannot " + operation + " for order " + payment.orderNo()
                    + " paid by " + payment.method() + " (only CASH)");
        }
    }

    private static void sleep(Duration d) throws ServiceFailure {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceFailure("INTERRUPTED", "waiting for the order was interrupted", "操作已中断。", true, e);
        }
    }
}
