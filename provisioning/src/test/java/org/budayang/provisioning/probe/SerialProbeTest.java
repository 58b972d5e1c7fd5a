package org.budayang.provisioning.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.budayang.driver.runtime.DriverRegistry;
import org.budayang.driver.testkit.SocatPty;
import org.budayang.provisioning.EmulatorProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The probe against the real drivers' handshakes and the device emulators, each its own process on a socat pty:
 * an ESC/POS printer, an ID card reader and a banknote acceptor, plus a pty with nothing on it, a pty another
 * process holds and a path that does not exist.
 */
class SerialProbeTest {
    private static SocatPty printerCable;
    private static SocatPty readerCable;
    private static SocatPty cashCable;
    private static SocatPty emptyCable;
    private static SocatPty heldCable;
    private static EmulatorProcess printer;
    private static EmulatorProcess reader;
    private static EmulatorProcess cash;
    private static Process holder;

    @TempDir
    static Path receipts;

    @BeforeAll
    static void cablesAndEmulators() throws Exception {
        printerCable = SocatPty.start();
        readerCable = SocatPty.start();
        cashCable = SocatPty.start();
        emptyCable = SocatPty.start();
        heldCable = SocatPty.start();
        printer = EmulatorProcess.start(EmulatorProcess.ESCPOS, "--serial", printerCable.devicePath(), "--baud", "9600",
                "--out", receipts.toString());
        reader = EmulatorProcess.start(EmulatorProcess.IDCARD, "--serial", readerCable.devicePath());
        cash = EmulatorProcess.start(EmulatorProcess.CASH, "--serial", cashCable.devicePath(), "--baud", "9600");
        holder = new ProcessBuilder("sleep", "120").redirectInput(Path.of(heldCable.hostPath()).toFile()).start();
        printer.awaitOutput("type 'help'");
        reader.awaitOutput("ready");
        cash.awaitOutput("ready");
    }

    @AfterAll
    static void unplug() throws Exception {
        holder.destroy();
        holder.waitFor(5, TimeUnit.SECONDS);
        for (AutoCloseable closeable : new AutoCloseable[] {printer, reader, cash, printerCable, readerCable, cashCable,
                emptyCable, heldCable}) {
            if (closeable != null) {
                closeable.close();
            }
        }
    }

    private static SerialProbe probe(Duration timeBox) {
        return new SerialProbe(DriverRegistry.builder().build(), SerialCandidate.standard(),
                new PortHolders(Path.of("/proc")), timeBox, Clock.systemUTC());
    }

    @Test
    void identifiesEachDeviceByItsDriversHandshakeAndReportsTheOthers() {
        String missing = receipts.resolve("no-such-port").toString();
        List<PortResult> results = probe(Duration.ofSeconds(8)).examine(List.of(printerCable.hostPath(),
                readerCable.hostPath(), cashCable.hostPath(), emptyCable.hostPath(), heldCable.hostPath(), missing));

        assertEquals(6, results.size());
        Identified escpos = results.get(0).device().orElseThrow(() -> new AssertionError(results.get(0)));
        assertEquals("escpos", escpos.driver());
        assertEquals("receiptPrinter", escpos.role());
        assertTrue(escpos.identity().startsWith("DLE EOT 1-4:"), escpos.identity());
        Identified sam = results.get(1).device().orElseThrow(() -> new AssertionError(results.get(1)));
        assertEquals("idcard-sam", sam.driver());
        assertEquals("idCardReader", sam.role());
        assertTrue(sam.identity().startsWith("SAM "), sam.identity());
        Identified ssp = results.get(2).device().orElseThrow(() -> new AssertionError(results.get(2)));
        assertEquals("cash-ssp", ssp.driver());
        assertEquals(9600, ssp.baud());
        assertTrue(ssp.identity().contains("firmware"), ssp.identity());

        assertEquals(PortState.NO_ANSWER, results.get(3).state(), results.get(3).toString());
        assertTrue(results.get(3).detail().contains("escpos@9600") && results.get(3).detail().contains("cash-ssp@9600"),
                results.get(3).detail());
        assertEquals(PortState.BUSY, results.get(4).state(), results.get(4).toString());
        assertTrue(results.get(4).detail().contains("sleep (pid " + holder.pid() + ")"), results.get(4).detail());
        assertEquals(PortState.MISSING, results.get(5).state());
    }

    @Test
    void proposesTheKioskConfigurationLinesForWhatItFound() {
        List<PortResult> results = probe(Duration.ofSeconds(8)).examine(List.of(printerCable.hostPath(),
                cashCable.hostPath(), emptyCable.hostPath()));

        Map<String, String> lines = new Proposal(receipts).serial(results).lines();

        assertEquals(Map.of(
                "device.receiptPrinter.driver", "escpos", "device.receiptPrinter.link", "serial",
                "device.receiptPrinter.port", printerCable.hostPath(), "device.receiptPrinter.baud", "9600",
                "device.cashAcceptor.driver", "cash-ssp", "device.cashAcceptor.link", "serial",
                "device.cashAcceptor.port", cashCable.hostPath(), "device.cashAcceptor.baud", "9600"), lines);
    }

    @Test
    void aSecondDeviceForTheSameRoleIsNotedNotProposed() throws Exception {
        Path byId = Files.createDirectories(receipts.resolve("by-id"));
        Path stable = byId.resolve("usb-Printer_Co_TM-T88-if00");
        Files.createSymbolicLink(stable, Path.of(printerCable.hostPath()).toRealPath());
        PortResult first = new PortResult(printerCable.hostPath(), PortState.IDENTIFIED,
                java.util.Optional.of(new Identified("escpos", "receiptPrinter", 9600, "")), "", Duration.ZERO);
        PortResult second = new PortResult("/dev/ttyUSB7", PortState.IDENTIFIED,
                java.util.Optional.of(new Identified("escpos", "receiptPrinter", 19200, "")), "", Duration.ZERO);

        Proposal proposal = new Proposal(byId).serial(List.of(first, second));

        assertEquals(stable.toString(), proposal.lines().get("device.receiptPrinter.port"));
        assertEquals(List.of("receiptPrinter: escpos on /dev/ttyUSB7 not proposed, the role already has escpos ("
                + stable + ")"), proposal.notes());
    }

    @Test
    void theProbeCommandPrintsTheFindingsAndAppliesTheProposalToTheConfigurationFile() throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.PrintStream print = new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8);
        Path config = receipts.resolve("kiosk.properties");
        int closedCupsPort;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            closedCupsPort = free.getLocalPort();
        }
        org.budayang.provisioning.ProvisionCli cli = new org.budayang.provisioning.ProvisionCli(
                org.budayang.provisioning.TestContexts.context(
                        org.budayang.provisioning.Messages.load(java.util.Locale.SIMPLIFIED_CHINESE), print, print,
                        d -> List.of(), () -> new char[0], receipts, config, t -> { }, Duration.ofSeconds(1)));

        int exit = cli.run("probe", "--only-given", "--port", readerCable.hostPath(), "--port", heldCable.hostPath(),
                "--cups", "127.0.0.1:" + closedCupsPort, "--apply", "--config", config.toString());

        String text = out.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, exit, text);
        assertTrue(text.contains("[通过 OK  ] " + readerCable.hostPath() + ": idcard-sam → idCardReader @115200 — SAM "),
                text);
        assertTrue(text.contains("[注意 WARN] " + heldCable.hostPath() + ": 被占用 busy — held by [sleep (pid "), text);
        assertTrue(text.contains("CUPS 打印队列 queues @127.0.0.1:" + closedCupsPort + ": 无 none — no CUPS"), text);
        assertTrue(text.contains("  device.idCardReader.port=" + readerCable.hostPath() + "\n"), text);
        assertTrue(text.contains("[通过 OK  ] 已写入 / written: " + config), text);
        Map<String, String> written = new org.budayang.kiosk.core.config.ConfigStore(Clock.systemUTC()).read(config)
                .values();
        assertEquals(Map.of("device.idCardReader.driver", "idcard-sam", "device.idCardReader.link", "serial",
                "device.idCardReader.port", readerCable.hostPath(), "device.idCardReader.baud", "115200"), written);

        out.reset();
        assertEquals(1, cli.run("probe", "--only-given", "--port", emptyCable.hostPath(), "--cups",
                "127.0.0.1:" + closedCupsPort));
        assertTrue(out.toString(java.nio.charset.StandardCharsets.UTF_8).contains(
                "没有可建议的配置 / nothing to propose: no device identified"));
    }

    @Test
    void aPortWhoseHandshakesOverrunTheTimeBoxIsReportedTimedOutWithoutWaiting() {
        try (SocatPty slowCable = SocatPty.start()) {
            long start = System.nanoTime();

            List<PortResult> results = probe(Duration.ofMillis(700)).examine(List.of(slowCable.hostPath()));

            long took = (System.nanoTime() - start) / 1_000_000;
            assertEquals(PortState.TIMED_OUT, results.get(0).state(), results.get(0).toString());
            assertTrue(results.get(0).detail().startsWith("the handshakes did not finish within 700 ms"));
            assertTrue(took < 1_500, "returned after " + took + " ms");
        }
    }
}
