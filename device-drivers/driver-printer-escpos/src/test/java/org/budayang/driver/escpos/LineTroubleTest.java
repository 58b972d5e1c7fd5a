package org.budayang.driver.escpos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.budayang.driver.Health;
import org.budayang.driver.escpos.emulator.PrintedReceipt;
import org.budayang.driver.link.LinkLostException;
import org.budayang.driver.op.CancelToken;
import org.budayang.driver.op.Deadline;
import org.budayang.driver.op.Outcome;
import org.budayang.driver.printer.PrintJob;
import org.budayang.driver.printer.PrintJobState;
import org.budayang.driver.printer.Receipt;
import org.budayang.driver.runtime.Supervisor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.budayang.driver.testkit.Await;

/**
 * Trouble on the line: answers that are not status bytes, noise before a job, a printer that goes silent in the
 * middle, and a cable pulled during a job and plugged back under a supervisor (the job is reprinted once).
 */
class LineTroubleTest {
    private static final Receipt RECEIPT = Receipt.builder().heading("退款凭证").pair("退款单号", "RF-0001")
            .text("款项将按原支付渠道退回。").cut().build();

    @ParameterizedTest
    @EnumSource(CableKind.class)
    void answersThatAreNotStatusBytesAreOfflineWithTheirCount(CableKind kind) throws Exception {
        try (Rig rig = new Rig(kind).started()) {
            rig.emulator.garbageAnswers(true);
            Outcome<?> poll = rig.printer.refreshStatus(Deadline.in(Duration.ofSeconds(2)), CancelToken.none());
            assertInstanceOf(Outcome.TimedOut.class, poll);
            assertEquals(Health.OFFLINE, rig.printer.status().health());
            assertTrue(rig.printer.status().detail().contains("4 bytes that are not status replies"),
                    rig.printer.status().detail());
            Outcome<PrintJob> print = rig.print("garbled-1", RECEIPT);
            assertInstanceOf(Outcome.TimedOut.class, print, "nothing is sent to a printer that cannot be understood");
            assertEquals(0, rig.printer.job("garbled-1").orElseThrow().attempts());

            rig.emulator.garbageAnswers(false);
            assertTrue(rig.print("garbled-1", RECEIPT).isSuccess());
            assertEquals(1, rig.emulator.awaitReceipts(1, Rig.PATIENT).size());
        }
    }

    @ParameterizedTest
    @EnumSource(CableKind.class)
    void noiseReachingThePrinterBeforeAJobDoesNotSpoilIt(CableKind kind) throws Exception {
        try (Rig rig = new Rig(kind).started()) {
            // a half command and stray text, as a cable glitch or a crashed sender would leave them
            rig.emulator.receive("~~noise~~".getBytes(StandardCharsets.US_ASCII), 9);
            rig.emulator.receive(new byte[] {0x1B}, 1);
            assertTrue(rig.print("noise-1", RECEIPT).isSuccess());
            PrintedReceipt printed = rig.awaitReceipt(1);
            List<String> lines = printed.lines().stream().map(l -> l.text()).toList();
            assertTrue(lines.contains("退款凭证") && lines.stream().anyMatch(l -> l.endsWith("RF-0001")), "" + lines);
        }
    }

    @ParameterizedTest
    @EnumSource(CableKind.class)
    void aPrinterThatGoesSilentInTheMiddleFailsTheJobAsOffline(CableKind kind) throws Exception {
        try (Rig rig = new Rig(kind).started()) {
            rig.emulator.paperOutAfter(40); // stops printing part way; then goes silent as if powered off
            rig.emulator.silent(true);
            Outcome<PrintJob> outcome = rig.print("silent-1", RECEIPT);
            assertInstanceOf(Outcome.TimedOut.class, outcome);
            PrintJob job = rig.printer.job("silent-1").orElseThrow();
            assertEquals(PrintJobState.FAILED, job.state());
            assertEquals(Health.OFFLINE, rig.printer.status().health());
        }
    }

    @ParameterizedTest
    @EnumSource(CableKind.class)
    void aJobLostWithTheCableIsReprintedOnceAfterTheSupervisorBringsThePrinterBack(CableKind kind)
            throws Exception {
        try (Rig rig = new Rig(kind)) {
            Supervisor supervisor = Supervisor.builder().device(rig.printer).roles(List.of(Rig.ROLE))
                    .pollInterval(Duration.ofMillis(200)).pollTimeout(Duration.ofSeconds(1))
                    .backoff(Duration.ofMillis(100), Duration.ofMillis(500)).build();
            try {
                supervisor.start();
                Await.until("ONLINE", () -> supervisor.status(Rig.ROLE).health() == Health.ONLINE, Rig.PATIENT);
                rig.cable.unplug();
                assertThrows(LinkLostException.class, () -> rig.print("unplugged-1", RECEIPT));
                assertEquals(PrintJobState.FAILED, rig.printer.job("unplugged-1").orElseThrow().state());
                assertEquals("OFFLINE", rig.printer.job("unplugged-1").orElseThrow().failureCode());
                Await.until("OFFLINE", () -> supervisor.status(Rig.ROLE).health() == Health.OFFLINE, Rig.PATIENT);
                rig.cable.replug();
                Await.until("ONLINE again", () -> supervisor.status(Rig.ROLE).health() == Health.ONLINE, Rig.PATIENT);
                Outcome<PrintJob> reprint = rig.print("unplugged-1", RECEIPT);
                assertTrue(reprint.isSuccess(), "reprint after replug: " + reprint);
                assertTrue(rig.print("unplugged-1", RECEIPT).isSuccess());
                Thread.sleep(150);
                assertEquals(1, rig.emulator.receipts().stream().filter(PrintedReceipt::isWhole).count(),
                        "printed exactly once");
            } finally {
                supervisor.stop();
            }
        }
    }
}
