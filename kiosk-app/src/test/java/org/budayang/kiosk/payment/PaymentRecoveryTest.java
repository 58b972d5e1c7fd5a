package org.budayang.kiosk.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.budayang.api.payments.Bill;
import org.budayang.api.payments.PaymentMethod;
import org.budayang.api.payments.PaymentState;
import org.budayang.driver.cash.Denomination;
import org.budayang.kiosk.journal.TxState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The payment recovery in one process: an order journalled but never sent, and central away at the first run. */
class PaymentRecoveryTest {
    @TempDir
    Path dir;
    PaymentCentral central;
    CashRig cash;
    PaymentRig rig;

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

    private PaymentRecovery recovery() {
        return new PaymentRecovery(rig.desk, new PaymentApi(rig.api), Optional.of(cash.acceptor),
                Duration.ofMillis(300));
    }

    @Test
    void anOrderJournalledButNeverSentIsSentWithItsKeyAndCancelled() throws Exception {
        Bill bill = rig.desk.bill(PaymentCentral.ITEM, PaymentRig.PAYER, Map.of());
        PaymentLedger.PendingOrder pending = rig.ledger.open(bill, PaymentMethod.QR); // the crash: nothing sent
        List<PaymentRecovery.Settled> settled = recovery().run();
        assertEquals(1, settled.size());
        assertEquals(PaymentState.CANCELLED, settled.get(0).state());
        assertEquals(1, central.orders().size());
        assertEquals(pending.paymentId(), central.orders().get(0).paymentId(), "the journalled paymentId was sent");
        assertEquals(TxState.COMPENSATED, rig.journal.find(pending.txId()).orElseThrow().state());
    }

    @Test
    void withCentralAwayTheCashPaymentStaysOpenAndALaterRunRefundsWhatWasTaken() throws Exception {
        Bill bill = rig.desk.bill(PaymentCentral.ITEM, PaymentRig.PAYER, Map.of());
        Payment payment = rig.desk.order(bill, PaymentMethod.CASH);
        CashRun run = rig.till.start(payment, p -> { });
        cash.emulator.insert(Denomination.YUAN_10);
        CashRig.await("10 元 credited", () -> run.summary().creditedFen() == 1_000);
        run.stop(); // the kiosk stopped taking notes; then it lost central and was restarted
        central.down(true);
        List<PaymentRecovery.Settled> first = recovery().run(true);
        assertNull(first.get(0).state(), "central could not be asked: left open");
        assertEquals(0, first.get(0).repeatsDropped());
        assertEquals(TxState.OPEN, rig.journal.find(payment.txId()).orElseThrow().state());

        central.down(false);
        List<PaymentRecovery.Settled> later = recovery().run(false);
        assertEquals(PaymentState.REFUND_PENDING, later.get(0).state());
        assertEquals(1_000, central.order(payment.orderNo()).refund().amountFen());
        assertEquals(1_000, later.get(0).creditedFen());
        assertEquals(TxState.COMPENSATED, rig.journal.find(payment.txId()).orElseThrow().state());
    }
}
