package org.budayang.kiosk.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.budayang.api.payments.PaymentOrder;
import org.budayang.api.payments.PaymentPaths;
import org.budayang.api.payments.PaymentState;
import org.budayang.driver.cash.Denomination;
import org.budayang.driver.cashssp.emulator.AcceptorEmulator;
import org.budayang.driver.testkit.EmulatorCable;
import org.budayang.kiosk.service.CentralApi;
import org.budayang.kiosk.service.CentralProcess;
import org.budayang.kiosk.service.PrinterRig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Kill -9 a headless kiosk ({@link PaymentCrashChild}) paying 身份证补领工本费 (20 元: 10 元 + 10 元) in cash to the
 * REAL central ({@link CentralProcess}, mutual TLS with the enrolled kiosk's certificate), then start another on the
 * same data dir, acceptor and central: its payment recovery settles the order, which ends delivered (with a 办件编号) or
 * refunded, never both; what the acceptor credited, what the journal holds and what central was told are the same.
 */
class RealCentralCrashTest {
    static CentralProcess central;

    @TempDir
    Path dir;
    AcceptorEmulator acceptor;
    EmulatorCable cable;
    PrinterRig printer;

    @BeforeAll
    static void startCentral() throws Exception {
        central = CentralProcess.start(Files.createTempDirectory("pay-crash-central"));
    }

    @AfterAll
    static void stopCentral() throws Exception {
        if (central != null) {
            central.close();
        }
    }

    @BeforeEach
    void setUp() {
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
    }

    /** {@code credit}: killed with the second note journalled, its EVENT_ACK unsent; {@code paid}: paid, unreported. */
    @ParameterizedTest
    @ValueSource(strings = {"ordered", "credit", "paid"})
    void aCashPaymentKilledMidwayEndsDeliveredOrRefundedAtCentralNeverBoth(String point) throws Exception {
        List<String> first = child("cash", point, true, line -> {
            if (line.equals("TAKING") || line.equals("CREDITED 1000")) {
                acceptor.insert(Denomination.YUAN_10);
            }
        });
        String orderNo = first.stream().filter(l -> l.startsWith("TX ")).findFirst()
                .orElseThrow(() -> new AssertionError("no order: " + first)).split(" ")[2];
        List<String> said = child("recover", "", false, line -> { });
        String settled = said.stream().filter(l -> l.startsWith("SETTLED ")).findFirst()
                .orElseThrow(() -> new AssertionError("nothing settled: " + said));
        String[] parts = settled.split(" ");
        assertEquals(orderNo, parts[2], said.toString());
        long journalled = Long.parseLong(parts[4]);

        PaymentOrder order;
        try (CentralApi api = central.api()) {
            order = api.get(PaymentPaths.order(orderNo), PaymentOrder.class);
        }
        assertEquals(acceptor.creditedFen(), journalled, "credited by the acceptor == journalled: " + said);
        assertEquals(journalled, order.paidFen(), "journalled == reported to central: " + said);
        assertEquals(order.state().name(), parts[3], "the kiosk ended as central did: " + said);
        if (order.paidFen() == 0) {
            assertEquals(PaymentState.CANCELLED, order.state());
        } else if (order.state() == PaymentState.FULFILLED) {
            assertEquals(2_000, order.paidFen());
            assertNotNull(order.applicationId(), "delivered with a 办件编号");
            assertNull(order.refund(), "delivered, so not refunded");
        } else {
            assertEquals(PaymentState.REFUND_PENDING, order.state(), order.toString());
            assertEquals(order.paidFen(), order.refund().amountFen(), "refunded, every yuan");
            assertNull(order.applicationId(), "refunded, so not delivered");
        }
        if (point.equals("paid")) {
            assertEquals(PaymentState.FULFILLED, order.state(), "paid in full before the crash: delivered");
        }
        if (point.equals("ordered")) {
            assertEquals(PaymentState.CANCELLED, order.state(), "nothing taken: cancelled");
        }
        assertTrue(said.stream().noneMatch(l -> l.startsWith("OPEN ")), "nothing left open: " + said);
        assertTrue(said.contains("PENDING_OUTBOX 0"), said.toString());
    }

    private List<String> child(String scenario, String point, boolean kill, java.util.function.Consumer<String> onLine)
            throws Exception {
        return CrashChildren.run(dir, PaymentCrashChild.FLEET + central.kioskFleetDir(), printer.port(),
                cable.hostSettings().get("tcpPort"), scenario, point, kill, onLine);
    }
}
