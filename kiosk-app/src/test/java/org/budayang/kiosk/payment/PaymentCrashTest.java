package org.budayang.kiosk.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
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
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx128m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                PaymentCrashChild.class.getName(), dir.toString(), central.url().toString(),
                Integer.toString(printer.port()), cable.hostSettings().get("tcpPort"), scenario, point));
        Path err = dir.resolve("child-" + scenario + "-" + point + ".err");
        Process process = new ProcessBuilder(command).redirectError(err.toFile()).start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (line.startsWith("@@ ")) {
                        lines.add(line.substring(3));
                    }
                }
            } catch (IOException ignored) {
                // the child was killed
            }
            lines.add("EOF");
        }, "payment-child-reader");
        reader.start();
        List<String> said = new ArrayList<>();
        try {
            while (true) {
                String line = lines.poll(60, TimeUnit.SECONDS);
                if (line == null) {
                    throw new AssertionError("child " + scenario + " " + point + " said nothing for 60 s: " + said);
                }
                if (line.equals("EOF")) {
                    if (kill) {
                        throw new AssertionError("child " + scenario + " ended before " + point + ": " + said + "\n"
                                + Files.readString(err));
                    }
                    break;
                }
                said.add(line);
                if (kill && line.equals("POINT " + point)) {
                    break;
                }
                onLine.accept(line);
            }
        } finally {
            if (kill) {
                process.destroyForcibly();
            }
            assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        }
        reader.join(5_000);
        if (kill) {
            assertEquals(137, process.exitValue(), "killed by SIGKILL");
        } else {
            assertEquals(0, process.exitValue(), "child " + scenario + " failed: " + said + "\n"
                    + Files.readString(err));
        }
        return said;
    }
}
