package org.budayang.kiosk.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.budayang.api.payments.PaymentOrder;
import org.budayang.api.payments.PaymentState;
import org.budayang.driver.cash.Denomination;
import org.budayang.driver.cashssp.emulator.AcceptorEmulator;
import org.budayang.driver.testkit.EmulatorCable;
import org.budayang.kiosk.service.PrinterRig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Kill -9 a headless kiosk in the middle of a payment, start another on the same data dir, acceptor, printer and
 * central: every yuan is accounted for. The acceptor emulator (whose state outlives the kiosk) says what it credited;
 * the journal what the kiosk counted; central what was reported; the order ends delivered or refunded, never both,
 * never neither (or cancelled when nothing was taken).
 */
class PaymentCrashTest {
    @TempDir
    Path dir;
    PaymentCentral central;
    AcceptorEmulator acceptor;
    EmulatorCable cable;
    PrinterRig printer;

    @BeforeEach
    void setUp() {
        central = new PaymentCentral();
        acceptor = new AcceptorEmulator();
        acceptor.escrowTimeout(Duration.ofSeconds(2));
        cable = EmulatorCable.tcp("acceptor", acceptor::serve);
        printer = new PrinterRig();
    }

    @AfterEach
    void tearDown() {
        printer.close();
        cable.close();
        acceptor.close();
        central.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ordered", "escrow", "stacked", "credit", "paid"})
    void aCashPaymentKilledAtEachStepIsSettledWithEveryYuanAccountedFor(String point) throws Exception {
        child("cash", point, true, line -> {
            if (line.equals("TAKING")) {
                acceptor.insert(Denomination.YUAN_10);
            } else if (line.equals("CREDITED 1000")) {
                acceptor.insert(Denomination.YUAN_20);
            }
        });
        List<String> said = child("recover", "", false, line -> { });
        PaymentOrder order = central.orders().get(0);
        String settled = said.stream().filter(l -> l.startsWith("SETTLED ")).findFirst()
                .orElseThrow(() -> new AssertionError("nothing settled: " + said));
        String[] parts = settled.split(" ");
        long journalled = Long.parseLong(parts[4]);
        assertEquals(acceptor.creditedFen(), journalled, "credited by the acceptor == journalled: " + said);
        assertEquals(journalled, order.paidFen(), "journalled == reported to central: " + said);
        assertEquals(order.state().name(), parts[3], said.toString());
        if (order.paidFen() == 0) {
            assertEquals(PaymentState.CANCELLED, order.state());
        } else if (order.state() == PaymentState.FULFILLED) {
            assertEquals(order.amountFen(), order.paidFen());
            assertNull(order.refund(), "delivered, so not refunded");
            assertNotNull(order.applicationId());
        } else {
            assertEquals(PaymentState.REFUND_PENDING, order.state(), said.toString());
            assertEquals(order.paidFen(), order.refund().amountFen(), "refunded, every yuan");
            assertNull(order.applicationId(), "refunded, so not delivered");
        }
        if (point.equals("credit")) {
            assertEquals("1", parts[5], "the credit journalled before the crash came again under a new id after the"
                    + " restart (its EVENT_ACK was never sent) and was dropped as a repeat: " + said);
        }
        if (point.equals("paid")) {
            assertEquals(PaymentState.FULFILLED, order.state(), "paid in full before the crash: delivered");
        }
        assertTrue(said.stream().noneMatch(l -> l.startsWith("OPEN ")), "nothing left open: " + said);
        assertTrue(said.contains("PENDING_OUTBOX 0"), said.toString());
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void aQrPaymentKilledWhileWaitingIsDeliveredWhenPaidAndCancelledWhenNot(boolean paidOnThePhone)
            throws Exception {
        child("qr", "qr", true, line -> {
            if (line.startsWith("QR ") && paidOnThePhone) {
                try {
                    central.payByPhone(line.substring(3));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        });
        List<String> said = child("recover", "", false, line -> { });
        PaymentOrder order = central.orders().get(0);
        assertEquals(paidOnThePhone ? PaymentState.FULFILLED : PaymentState.CANCELLED, order.state(), said.toString());
        assertTrue(said.stream().anyMatch(l -> l.startsWith("SETTLED ") && l.contains(order.state().name())),
                said.toString());
        assertTrue(said.stream().noneMatch(l -> l.startsWith("OPEN ")), said.toString());
    }

    private List<String> child(String scenario, String point, boolean kill, Consumer<String> onLine)
            throws Exception {
        return CrashChildren.run(dir, central.url().toString(), printer.port(), cable.hostSettings().get("tcpPort"),
                scenario, point, kill, onLine);
    }
}
