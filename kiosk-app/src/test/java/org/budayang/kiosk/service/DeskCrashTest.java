package org.budayang.kiosk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.budayang.api.json.ApiJson;
import org.budayang.api.services.EvaluationRequest;
import org.budayang.api.services.Satisfaction;
import org.budayang.api.services.TransactionRecord;
import org.budayang.kiosk.journal.TxState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The evidence: a child JVM runs the desk headless through a print flow and an application flow against the
 * REAL central (child JVM, sandbox departments) and the REAL escpos driver on the printer emulator (TCP, in this
 * JVM, so what was printed survives the kiosk); it is killed with SIGKILL at each journal point, restarted, and
 * recovers. Checked against central's answers, the emulator's receipts and the outbox peer: nothing printed twice,
 * no application submitted twice (the recovery's POST is answered from central's idempotency store), every
 * evaluation and transaction record delivered exactly once.
 */
@org.junit.jupiter.api.extension.ExtendWith(SharedCentral.class)
class DeskCrashTest {
    private static CentralProcess central;
    private static PrinterRig printer;
    private static Inbox inbox;
    private static org.budayang.api.catalog.ServiceItem applyItem;

    @TempDir
    Path dir;

    @BeforeAll
    static void start(CentralProcess shared) throws Exception {
        central = shared;
        printer = new PrinterRig();
        inbox = new Inbox(central);
        applyItem = DeskCrashChild.item(central.url(), DeskCrashChild.APPLY_ITEM);
    }

    @AfterAll
    static void stop() throws Exception {
        inbox.close();
        printer.close();
    }

    @Test
    void killedAfterPrintIntendedNothingIsPrintedAndTheCitizenCanReprintItExactlyOnce() throws Exception {
        int before = printer.receipts().size();
        String tx = txOf(runAndKill("print", "PRINT:INTENDED"));
        assertEquals(before, printer.receipts().size(), "killed before the printer got the job");

        List<String> said = run("recover", "reprint");
        assertTrue(said.contains("RECOVERED 1 0 0 1 0"), said.toString());
        assertTrue(said.contains("REPRINTS 1") && said.contains("REPRINTS_AFTER 0"), said.toString());
        awaitWholeReceipts(before + 1);
        assertEquals(before + 1, printer.receipts().size(), "the reprint printed it once");
        TransactionRecord record = record(tx);
        assertEquals(TransactionRecord.Outcome.RECOVERED, record.outcome());
        assertEquals("PRINT_INTERRUPTED", record.failureCode());
        assertEquals(0, record.printed());

        List<String> again = run("recover", "reprint");
        assertTrue(again.contains("RECOVERED 0 0 0 0 0") && again.contains("REPRINTS 0"), again.toString());
        assertEquals(before + 1, printer.receipts().size(), "a second restart prints nothing");
        assertEquals(1, inbox.arrivals(tx + "-tx"), "the transaction record reached central once");
    }

    @Test
    void killedAfterThePrinterPrintedButBeforeDoneItIsNotPrintedAgainAutomatically() throws Exception {
        int before = printer.receipts().size();
        String tx = txOf(runAndKill("print", "PRINT:EFFECT_DONE"));
        awaitWholeReceipts(before + 1);

        List<String> said = run("recover", "");
        assertTrue(said.contains("RECOVERED 1 0 0 1 0"), said.toString());
        assertTrue(said.contains("REPRINTS 1"), "the kiosk cannot know it came out: offered, not printed " + said);
        Thread.sleep(500);
        assertEquals(before + 1, printer.receipts().size(), "nothing printed twice");
        assertEquals(TransactionRecord.Outcome.RECOVERED, record(tx).outcome());
    }

    @Test
    void killedAfterPrintDoneNothingIsOfferedAndTheRecordCountsThePrint() throws Exception {
        int before = printer.receipts().size();
        String tx = txOf(runAndKill("print", "PRINT:DONE"));
        awaitWholeReceipts(before + 1);

        List<String> said = run("recover", "");
        assertTrue(said.contains("RECOVERED 1 0 0 0 0") && said.contains("REPRINTS 0"), said.toString());
        assertEquals(before + 1, printer.receipts().size());
        TransactionRecord record = record(tx);
        assertEquals(1, record.printed());
        assertNull(record.failureCode());
        assertNull(inbox.body(tx + "-ev"), "never evaluated: no evaluation invented");
    }

    @Test
    void killedBetweenTheEvaluationStepAndItsOutboxWriteTheEvaluationIsDeliveredOnce() throws Exception {
        String tx = txOf(runAndKill("print", "EVALUATE:INTENDED"));
        assertNull(inbox.body(tx + "-ev"));
        run("recover", "");
        EvaluationRequest evaluation = ApiJson.mapper().readValue(inbox.body(tx + "-ev"), EvaluationRequest.class);
        assertEquals(Satisfaction.SATISFIED, evaluation.level());
        assertEquals(1, inbox.arrivals(tx + "-ev"));
        run("recover", "");
        assertEquals(1, inbox.arrivals(tx + "-ev"), "a second restart sends nothing again");
    }

    @Test
    void killedAfterTheEvaluationWasWrittenItIsDeliveredOnceAndKilledAfterFinishTheRecordKeepsItsOutcome()
            throws Exception {
        String evaluated = txOf(runAndKill("print", "EVALUATE:DONE"));
        run("recover", "");
        assertEquals(1, inbox.arrivals(evaluated + "-ev"));
        assertEquals(TransactionRecord.Outcome.RECOVERED, record(evaluated).outcome());

        String finished = txOf(runAndKill("print", "FINISH:DONE"));
        run("recover", "");
        assertEquals(1, inbox.arrivals(finished + "-ev"));
        assertEquals(TransactionRecord.Outcome.COMPLETED, record(finished).outcome(), "its own FINISH, not RECOVERED");
        assertEquals(1, inbox.arrivals(finished + "-tx"));
    }

    @Test
    void killedAfterCentralAcceptedTheApplicationTheRecoveryGetsTheSameAnswerNotASecondApplication()
            throws Exception {
        String tx = txOf(runAndKill("apply", "SUBMIT:EFFECT_DONE"));
        List<String> said = run("recover", "");
        assertTrue(said.contains("RECOVERED 1 1 1 0 0"), "confirmed and answered from central's store: " + said);
        String number = record(tx).applicationNumber();
        assertNotNull(number);
        try (CentralApi api = central.api()) {
            assertEquals(number, api.application(number).number());
        }
    }

    @Test
    void killedAfterSubmitIntendedWithCentralDownTheApplicationWaitsAndIsSubmittedOnceWhenCentralReturns()
            throws Exception {
        String tx = txOf(runAndKill("apply", "SUBMIT:INTENDED"));
        central.stop();
        try {
            List<String> down = run("recover", "");
            assertTrue(down.contains("RECOVERED 0 0 0 0 1"), "left open for central: " + down);
            assertNull(inbox.body(tx + "-tx"));
            // a flow meanwhile: central unreachable is a retryable failure the citizen is told about
            try (DeskRig rig = new DeskRig(dir, central.kioskFleetDir(), central.url(), inbox.url(), printer.port(),
                    DeskEvents.NONE)) {
                ServiceTx flow = rig.desk.begin(applyItem, DeskCrashChild.citizen());
                ServiceFailure failure = assertThrows(ServiceFailure.class,
                        () -> DeskCrashChild.submitApplication(rig.desk, flow));
                assertEquals("CENTRAL_UNREACHABLE", failure.code());
                assertTrue(failure.retryable());
                rig.desk.finish(flow, TransactionRecord.Outcome.FAILED, failure.code());
                assertEquals(TxState.FAILED, rig.journal.find(flow.id()).orElseThrow().state());
            }
        } finally {
            central.startAgain();
        }
        // as the kiosk re-runs its recovery every 2 minutes while a submission waits: a central just started may
        // still be warming up (the first application also loads its department connectors)
        List<String> up = run("recover", "");
        for (int attempt = 0; attempt < 3 && up.contains("RECOVERED 0 0 0 0 1"); attempt++) {
            Thread.sleep(2_000);
            up = run("recover", "");
        }
        assertTrue(up.contains("RECOVERED 1 1 0 0 0"), "submitted now, once: " + up + "\n"
                + Files.readString(dir.resolve("child-recover.err")));
        assertNotNull(record(tx).applicationNumber());
        assertTrue(up.contains("PENDING_OUTBOX 0"), "the outbox drained: " + up);
    }

    // --- the child ---

    private static String txOf(List<String> said) {
        return said.stream().filter(l -> l.startsWith("TX ")).findFirst().orElseThrow().substring(3);
    }

    private TransactionRecord record(String tx) throws Exception {
        String body = inbox.body(tx + "-tx");
        assertNotNull(body, "transaction record of " + tx + " delivered");
        return ApiJson.mapper().readValue(body, TransactionRecord.class);
    }

    private static void awaitWholeReceipts(int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (printer.receipts().stream().filter(r -> r.isWhole()).count() < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("expected " + count + " whole receipts, the emulator has "
                        + printer.receipts().size());
            }
            Thread.sleep(50);
        }
    }

    private List<String> runAndKill(String scenario, String point) throws Exception {
        return child(scenario, point, true);
    }

    private List<String> run(String scenario, String option) throws Exception {
        return child(scenario, option, false);
    }

    private List<String> child(String scenario, String option, boolean kill) throws Exception {
        return CrashChildProcess.run(DeskCrashChild.class, List.of(dir.toString(), central.url().toString(),
                inbox.url().toString(), central.kioskFleetDir().toString(), Integer.toString(printer.port()),
                scenario, option), dir.resolve("child-" + scenario + ".err"), scenario + " " + option,
                kill ? line -> line.startsWith("POINT " + option) : null, line -> { });
    }
}
