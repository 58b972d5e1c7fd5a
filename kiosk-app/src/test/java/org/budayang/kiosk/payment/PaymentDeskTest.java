package org.budayang.kiosk.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.budayang.api.payments.Bill;
import org.budayang.api.payments.PaymentMethod;
import org.budayang.api.payments.PaymentOrder;
import org.budayang.api.payments.PaymentState;
import org.budayang.driver.cash.CashSessionState;
import org.budayang.driver.cash.CashSessionSummary;
import org.budayang.driver.cash.Credit;
import org.budayang.driver.cash.Denomination;
import org.budayang.kiosk.journal.OutboxState;
import org.budayang.kiosk.journal.TxState;
import org.budayang.kiosk.service.ServiceFailure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kiosk's payment side against a real HTTP payments central and the real cash driver on its emulator: the money
 * journalled before it is shown, reported and cancelled through the outbox, the order's end decided by central.
 */
class PaymentDeskTest {
    @TempDir
    Path dir;
    PaymentCentral central;
    CashRig cash;
    PaymentRig rig;
    final List<CashRun.Progress> shown = new CopyOnWriteArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        central = new PaymentCentral();
        cash = new CashRig();
        rig = new PaymentRig(dir, central, cash);
    }

    @AfterEach
    void tearDown() throws Exception {
        rig.close();
        cash.close();
        central.close();
    }

    private Payment cashOrder() throws ServiceFailure {
        Bill bill = rig.desk.bill(PaymentCentral.ITEM, PaymentRig.PAYER, Map.of("grade", "300"));
        assertEquals(3_000, bill.amountFen());
        return rig.desk.order(bill, PaymentMethod.CASH);
    }

    private void progress(CashRun.Progress p) {
        for (Credit c : p.summary().credits()) {
            assertTrue(rig.ledger.credits(rig.ledger.journal().unfinished().stream()
                    .filter(t -> t.kind().equals(PaymentLedger.KIND)).findFirst().orElseThrow().id()).size()
                    >= p.summary().credits().size(), "credit " + c.creditId() + " shown before it was journalled");
        }
        shown.add(p);
    }

    @Test
    void cashPaidInFullIsJournalledReportedAndFulfilledANoteAboveTheRemainderIsGivenBack() throws Exception {
        Payment payment = cashOrder();
        CashRun run = rig.till.start(payment, this::progress);
        cash.emulator.insert(Denomination.YUAN_20);
        CashRig.await("20 元 credited", () -> run.summary().creditedFen() == 2_000);
        cash.emulator.insert(Denomination.YUAN_20);
        CashRig.await("the second 20 元 given back", () -> cash.emulator.rejected() == 1);
        cash.emulator.insert(Denomination.YUAN_10);
        CashRig.await("paid", run::paid);
        CashSessionSummary summary = run.stop();
        assertEquals(CashSessionState.PAID, summary.state());
        assertTrue(shown.stream().anyMatch(p -> p.rejected() == Denomination.YUAN_20 && p.remainingFen() == 1_000),
                "the screen heard the 20 元 was rejected while 10 元 remained");

        PaymentOrder reported = rig.desk.reportCash(payment, true);
        PaymentOrder done = rig.desk.settle(payment, reported, Duration.ofSeconds(5), Duration.ofMillis(100));
        assertEquals(PaymentState.FULFILLED, done.state());
        assertNotNull(done.applicationId());
        rig.desk.end(payment, done);

        assertEquals(List.of(2_000L, 1_000L), rig.ledger.credits(payment.txId()), "journalled");
        assertEquals(3_000, cash.emulator.creditedFen(), "credited by the acceptor");
        assertEquals(3_000, central.order(payment.orderNo()).paidFen(), "reported");
        assertEquals(TxState.DONE, rig.journal.find(payment.txId()).orElseThrow().state());
        assertEquals(List.of(), rig.journal.outbox().records(OutboxState.PENDING), "nothing left to deliver");
    }

    @Test
    void cancelledAfterOneNoteTheCreditIsReportedAndRefundedWithAVoucher() throws Exception {
        Payment payment = cashOrder();
        CashRun run = rig.till.start(payment, this::progress);
        cash.emulator.insert(Denomination.YUAN_20);
        CashRig.await("20 元 credited", () -> run.summary().creditedFen() == 2_000);
        CashSessionSummary summary = run.stop();
        assertEquals(CashSessionState.CANCELLED, summary.state());
        assertEquals(2_000, summary.refundFen());

        PaymentOrder cancelled = rig.desk.cancel(payment, "CITIZEN_CANCELLED");
        rig.desk.end(payment, cancelled);
        assertEquals(PaymentState.REFUND_PENDING, cancelled.state());
        assertEquals(2_000, cancelled.refund().amountFen());
        assertEquals(TxState.COMPENSATED, rig.journal.find(payment.txId()).orElseThrow().state());
        assertTrue(rig.journal.find(payment.txId()).orElseThrow().reason().contains(cancelled.refund().code()));
    }

    @Test
    void aReportCentralCannotTakeNowIsDeliveredByTheOutboxOnceItIsBack() throws Exception {
        Payment payment = cashOrder();
        CashRun run = rig.till.start(payment, this::progress);
        cash.emulator.insert(Denomination.YUAN_10);
        cash.emulator.insert(Denomination.YUAN_20);
        CashRig.await("paid", run::paid);
        run.stop();
        central.down(true);
        ServiceFailure down = assertThrows(ServiceFailure.class, () -> rig.desk.reportCash(payment, true));
        assertTrue(down.retryable(), down.code());
        assertEquals(1, rig.ledger.pending(payment.txId()).size(), "the report waits in the outbox");
        assertEquals(PaymentState.CREATED, central.order(payment.orderNo()).state());

        rig.deliver();
        central.down(false);
        CashRig.await("the outbox delivered the report", () -> rig.ledger.pending(payment.txId()).isEmpty());
        PaymentOrder now = rig.desk.poll(payment);
        assertEquals(PaymentState.FULFILLED, now.state());
        assertEquals(3_000, now.paidFen());
    }

    @Test
    void aQrOrderPaidOnThePhoneIsFulfilledAndACancelAfterwardsChangesNothing() throws Exception {
        Bill bill = rig.desk.bill(PaymentCentral.ITEM, PaymentRig.PAYER, Map.of());
        Payment payment = rig.desk.order(bill, PaymentMethod.QR);
        assertNotNull(payment.order().qrPayload());
        assertTrue(payment.order().expiresAt().isAfter(Instant.now()));
        assertEquals(PaymentState.CREATED, rig.desk.poll(payment).state());
        central.payByPhone(payment.order().qrPayload());
        assertEquals(PaymentState.FULFILLED, rig.desk.poll(payment).state());
        PaymentOrder late = rig.desk.cancel(payment, "TIMEOUT");
        assertEquals(PaymentState.FULFILLED, late.state(), "paid orders are delivered, never also cancelled");
        rig.desk.end(payment, late);
        assertEquals(TxState.DONE, rig.journal.find(payment.txId()).orElseThrow().state());
    }

    @Test
    void anUnpaidQrOrderIsCancelledAndTheOrderRequestIsIdempotentOnItsKey() throws Exception {
        Bill bill = rig.desk.bill(PaymentCentral.ITEM, PaymentRig.PAYER, Map.of());
        Payment payment = rig.desk.order(bill, PaymentMethod.QR);
        PaymentOrder cancelled = rig.desk.cancel(payment, "CITIZEN_CANCELLED");
        assertEquals(PaymentState.CANCELLED, cancelled.state());
        rig.desk.end(payment, cancelled);
        assertEquals(TxState.COMPENSATED, rig.journal.find(payment.txId()).orElseThrow().state());
        assertEquals(1, central.orders().size());
    }

    @Test
    void anUnknownItemIsRefusedWithCentralsCode() {
        ServiceFailure refused = assertThrows(ServiceFailure.class,
                () -> rig.desk.bill("620102-XX-99999", PaymentRig.PAYER, Map.of()));
        assertEquals("PAYMENT_ITEM_UNKNOWN", refused.code());
        assertEquals(false, refused.retryable());
    }

    @Test
    void aCreditIdIsJournalledOnceAndCreditsWithoutAPaymentAreKeptAsUnclaimed() {
        Credit credit = new Credit("run1-1", Denomination.YUAN_5, Instant.now());
        rig.ledger.record(credit);
        rig.ledger.record(credit);
        var unclaimed = rig.journal.unfinished().stream().filter(t -> t.kind().equals(PaymentLedger.UNCLAIMED))
                .toList();
        assertEquals(1, unclaimed.size());
        assertEquals(List.of(500L), rig.ledger.credits(unclaimed.get(0).id()));
    }
}
