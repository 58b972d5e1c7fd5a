package org.budayang.kiosk.ui.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.budayang.api.catalog.ServiceItem;
import org.budayang.api.identity.CitizenIdentity;
import org.budayang.api.payments.PaymentState;
import org.budayang.driver.cash.Denomination;
import org.budayang.driver.cashssp.emulator.AcceptorEmulator;
import org.budayang.driver.escpos.emulator.PrintedReceipt;
import org.budayang.driver.testkit.EmulatorCable;
import org.budayang.kiosk.catalog.TestCatalogs;
import org.budayang.kiosk.journal.TxRecord;
import org.budayang.kiosk.payment.PayKiosk;
import org.budayang.kiosk.payment.PaymentCentral;
import org.budayang.kiosk.payment.PaymentLedger;
import org.budayang.kiosk.service.PrinterRig;
import org.budayang.kiosk.service.ServiceDesk;
import org.budayang.kiosk.service.ServiceTx;
import org.budayang.kiosk.ui.common.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PAY step's view-model without the toolkit, against the payments central over HTTP, the real cash driver on the
 * acceptor emulator and the real escpos driver on the printer emulator; the "FX thread" is a single thread.
 */
class PayModelTest {
    static final ServiceDesk.Citizen PAYER = new ServiceDesk.Citizen(
            CitizenIdentity.idCard("620102195803150034", null), "620102195803150034", "张三");

    @TempDir
    Path dir;
    final ExecutorService fx = Executors.newSingleThreadExecutor();
    final ExecutorService work = Executors.newSingleThreadExecutor();
    PaymentCentral central;
    AcceptorEmulator acceptor;
    EmulatorCable cable;
    PrinterRig printer;
    PayKiosk kiosk;
    PayModel pay;

    @BeforeEach
    void setUp() throws Exception {
        central = new PaymentCentral();
        acceptor = new AcceptorEmulator();
        cable = EmulatorCable.tcp("acceptor", acceptor::serve);
        printer = new PrinterRig();
        kiosk = new PayKiosk(dir, central.url(), printer.port(), cable.hostSettings());
        kiosk.deliverer.start();
        pay = new PayModel(kiosk.payments, new DeskCalls(work, fx, "系统繁忙"), Messages.load(Locale.SIMPLIFIED_CHINESE),
                Clock.systemUTC());
    }

    @AfterEach
    void tearDown() throws Exception {
        fx.shutdownNow();
        work.shutdownNow();
        kiosk.close();
        printer.close();
        cable.close();
        acceptor.close();
        central.close();
    }

    private <T> T onFx(Callable<T> read) throws Exception {
        return fx.submit(read).get(5, TimeUnit.SECONDS);
    }

    private void await(String what, Callable<Boolean> ok) throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (!onFx(ok)) {
            if (System.nanoTime() > end) {
                throw new AssertionError("waited 15 s for " + what + "; phase " + onFx(() -> pay.phaseProperty().get())
                        + ", message " + onFx(() -> pay.messageProperty().get()));
            }
            Thread.sleep(20);
        }
    }

    private void phase(PayPhase expected) throws Exception {
        await(expected.name(), () -> pay.phaseProperty().get() == expected);
    }

    private ServiceTx tx() {
        ServiceItem item = TestCatalogs.item(TestCatalogs.PENSION_CONTRIBUTION);
        return new ServiceTx() {
            public String id() {
                return "tx-pay-test";
            }

            public ServiceItem item() {
                return item;
            }

            public ServiceDesk.Citizen citizen() {
                return PAYER;
            }

            public String serviceNumber() {
                return "tx-pay-test";
            }
        };
    }

    private void choose() throws Exception {
        fx.execute(() -> pay.enter(tx(), Map.of("grade", "300")));
        phase(PayPhase.CHOOSE);
        assertEquals(3_000, onFx(() -> pay.billProperty().get().amountFen()));
        assertEquals("", onFx(() -> pay.cashReasonProperty().get()), "the acceptor is ONLINE");
    }

    private List<PrintedReceipt> slips(String title) throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (printer.receiptsWith(title).isEmpty() && System.nanoTime() < end) {
            Thread.sleep(50);
        }
        return printer.receiptsWith(title);
    }

    private List<TxRecord> openPayments() {
        return kiosk.journal.unfinished().stream().filter(t -> t.kind().equals(PaymentLedger.KIND)).toList();
    }

    @Test
    void cashPaidInFullPrintsTheReceiptANoteAboveWhatIsDueIsRefusedWithTheReason() throws Exception {
        choose();
        fx.execute(pay::chooseCash);
        phase(PayPhase.CASH);
        assertTrue(onFx(() -> pay.notesProperty().get()).contains("100 元"));
        acceptor.insert(Denomination.YUAN_20);
        await("20 元 shown", () -> pay.creditedProperty().get() == 2_000 && pay.remainingProperty().get() == 1_000);
        acceptor.insert(Denomination.YUAN_50);
        await("the 50 元 refused with the reason",
                () -> pay.rejectedProperty().get().equals("请投入不超过10元的纸币（本机不找零）"));
        acceptor.insert(Denomination.YUAN_10);
        phase(PayPhase.PAID);
        assertEquals(PaymentState.FULFILLED, onFx(() -> pay.orderProperty().get().state()));
        String orderNo = onFx(() -> pay.orderProperty().get().orderNo());
        String applicationId = onFx(() -> pay.orderProperty().get().applicationId());
        List<PrintedReceipt> receipts = slips("缴费凭证");
        assertEquals(1, receipts.size());
        String text = receipts.get(0).text();
        assertTrue(text.contains(orderNo) && text.contains(applicationId) && text.contains("30.00")
                && text.contains("现金"), text);
        assertFalse(text.contains("张三"), "the payer's name is printed masked");
        assertEquals(3_000, acceptor.creditedFen());
        assertEquals(3_000, central.order(orderNo).paidFen());
        assertEquals(List.of(), openPayments(), "the PAY transaction ended");
    }

    @Test
    void cancellingAfterANotePrintsTheRefundVoucherWithItsCodeAndQr() throws Exception {
        choose();
        fx.execute(pay::chooseCash);
        phase(PayPhase.CASH);
        acceptor.insert(Denomination.YUAN_10);
        await("10 元 shown", () -> pay.creditedProperty().get() == 1_000);
        fx.execute(pay::cancel);
        phase(PayPhase.REFUNDED);
        String code = onFx(() -> pay.orderProperty().get().refund().code());
        assertEquals(1_000, onFx(() -> pay.orderProperty().get().refund().amountFen()));
        List<PrintedReceipt> vouchers = slips("退款凭证");
        assertEquals(1, vouchers.size());
        assertTrue(vouchers.get(0).text().contains(code) && vouchers.get(0).text().contains("10.00"),
                vouchers.get(0).text());
        assertFalse(vouchers.get(0).qrCodes().isEmpty(), "the voucher carries the refund's QR");
        String orderNo = onFx(() -> pay.orderProperty().get().orderNo());
        assertEquals(PaymentState.REFUND_PENDING, central.order(orderNo).state());
        assertEquals(List.of(), openPayments(), "the PAY transaction ended (compensated)");
    }

    @Test
    void aQrPaidOnThePhoneIsSeenByPollingAndItsReceiptPrinted() throws Exception {
        choose();
        fx.execute(pay::chooseQr);
        phase(PayPhase.QR);
        String payload = onFx(() -> pay.orderProperty().get().qrPayload());
        assertTrue(onFx(() -> pay.secondsLeftProperty().get()) > 250);
        central.payByPhone(payload);
        for (int i = 0; i < PayModel.POLL_TICKS; i++) {
            fx.execute(pay::tick);
        }
        phase(PayPhase.PAID);
        List<PrintedReceipt> receipts = slips("缴费凭证");
        assertTrue(receipts.get(0).text().contains("扫码支付"), receipts.get(0).text());
    }

    @Test
    void anUnpaidQrIsCancelledWhenItsTimeRunsOut() throws Exception {
        central.qrLife(Duration.ofSeconds(1));
        choose();
        fx.execute(pay::chooseQr);
        phase(PayPhase.QR);
        Thread.sleep(1_100);
        fx.execute(pay::tick);
        phase(PayPhase.CANCELLED);
        assertEquals(PaymentState.CANCELLED, central.orders().get(0).state());
        assertEquals("已取消，没有收取任何费用。", onFx(() -> pay.messageProperty().get()));
    }

    @Test
    void withCentralDownBothWaysAreDisabledWithTheReason() throws Exception {
        central.down(true);
        fx.execute(() -> pay.enter(tx(), Map.of()));
        phase(PayPhase.CHOOSE);
        assertFalse(onFx(() -> pay.cashReasonProperty().get()).isEmpty());
        assertFalse(onFx(() -> pay.qrReasonProperty().get()).isEmpty());
        fx.execute(pay::chooseCash);
        Thread.sleep(200);
        assertEquals(PayPhase.CHOOSE, onFx(() -> pay.phaseProperty().get()));
        assertTrue(central.orders().isEmpty());
    }
}
