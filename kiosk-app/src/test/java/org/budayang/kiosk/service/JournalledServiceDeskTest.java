package org.budayang.kiosk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.budayang.api.ApiPaths;
import org.budayang.api.catalog.ServiceItem;
import org.budayang.api.services.ApplicationOutcome;
import org.budayang.api.services.EvaluationRequest;
import org.budayang.api.services.HelpAnswer;
import org.budayang.api.services.QueryResult;
import org.budayang.api.services.Satisfaction;
import org.budayang.api.services.TransactionRecord;
import org.budayang.api.json.ApiJson;
import org.budayang.kiosk.journal.StepState;
import org.budayang.kiosk.journal.TxRecord;
import org.budayang.kiosk.journal.TxState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The desk in this JVM against the REAL central (child process, sandbox departments) and the REAL escpos driver
 * talking to the printer emulator over TCP; the outbox goes to {@link Inbox}.
 */
@org.junit.jupiter.api.extension.ExtendWith(SharedCentral.class)
class JournalledServiceDeskTest {
    private static CentralProcess central;
    private static PrinterRig printer;
    private static Inbox inbox;
    private static ServiceItem printItem;
    private static ServiceItem applyItem;

    @TempDir
    Path dir;
    private DeskRig rig;

    @BeforeAll
    static void startCentral(CentralProcess shared) throws Exception {
        central = shared;
        printer = new PrinterRig();
        inbox = new Inbox(central);
        printItem = DeskCrashChild.item(central.url(), DeskCrashChild.PRINT_ITEM);
        applyItem = DeskCrashChild.item(central.url(), DeskCrashChild.APPLY_ITEM);
    }

    @AfterAll
    static void stopCentral() throws Exception {
        inbox.close();
        printer.close();
    }

    @BeforeEach
    void openDesk() throws Exception {
        rig = new DeskRig(dir, central.kioskFleetDir(), central.url(), inbox.url(), printer.port(),
                DeskEvents.NONE);
        rig.deliverer.start();
    }

    @AfterEach
    void closeDesk() throws Exception {
        rig.close();
    }

    @Test
    void aQueryIsPrintedOnceEvaluatedOnceAndItsTransactionRecordReachesTheOutboxPeer() throws Exception {
        ServiceTx tx = rig.desk.begin(printItem, DeskCrashChild.citizen());
        QueryResult result = rig.desk.query(tx, Map.of());
        assertEquals(printItem.implementationCode(), result.itemCode());
        int before = printer.receipts().size();
        java.util.List<String> progress = new java.util.ArrayList<>();
        ServiceDesk.Printed printed = rig.desk.print(tx, Map.of(), progress::add);
        assertEquals(before + 1, printer.receipts().size());
        assertTrue(printer.receipts().get(before).text().contains(result.title()), printer.receipts().get(before).text());
        assertFalse(progress.isEmpty());

        ServiceDesk.Printed again = rig.desk.print(tx, Map.of(), line -> { });
        assertEquals(printed, again, "after DONE the earlier result is answered");
        assertEquals(before + 1, printer.receipts().size(), "nothing printed a second time");

        rig.desk.evaluate(tx, Satisfaction.DISSATISFIED, List.of("等候时间长"));
        rig.desk.evaluate(tx, Satisfaction.VERY_SATISFIED, List.of());
        rig.desk.finish(tx, TransactionRecord.Outcome.COMPLETED, null);
        awaitStored(tx.id() + "-tx");
        EvaluationRequest evaluation = ApiJson.mapper().readValue(inbox.body(tx.id() + "-ev"), EvaluationRequest.class);
        assertEquals(Satisfaction.DISSATISFIED, evaluation.level(), "one evaluation per service: the first");
        assertEquals(1, inbox.arrivals(tx.id() + "-ev"));
        TransactionRecord record = ApiJson.mapper().readValue(inbox.body(tx.id() + "-tx"), TransactionRecord.class);
        assertEquals(TransactionRecord.Outcome.COMPLETED, record.outcome());
        assertEquals(1, record.printed());
        TxRecord journalled = rig.journal.find(tx.id()).orElseThrow();
        assertEquals(TxState.DONE, journalled.state());
        assertEquals(List.of("PRINT", "EVALUATE", "FINISH"), journalled.steps().stream().map(s -> s.name()).toList());
    }

    @Test
    void anApplicationIsSubmittedOnceAndARepeatAnswersTheSameNumberWithoutAnotherCall() throws Exception {
        ServiceTx tx = rig.desk.begin(applyItem, DeskCrashChild.citizen());
        ServiceDesk.Submission first = DeskCrashChild.submitApplication(rig.desk, tx);
        assertEquals(ApplicationOutcome.ACCEPTED, first.receipt().outcome(), first.message());
        assertEquals(first.number(), tx.serviceNumber());
        ServiceDesk.Submission second = DeskCrashChild.submitApplication(rig.desk, tx);
        assertEquals(first.number(), second.number());
        assertEquals(1, rig.journal.find(tx.id()).orElseThrow().steps("SUBMIT").size(), "no second SUBMIT step");
        assertEquals(first.number(), rig.api.application(first.number()).number(), "central has it");

        int before = printer.receipts().size();
        rig.desk.print(tx, Map.of(), line -> { });
        String text = printer.receipts().get(before).text();
        assertTrue(text.contains("受理凭证") && text.contains(first.number()), text);
        assertFalse(text.contains(DeskCrashChild.ID_NUMBER), "the ID number is printed masked");
        assertTrue(text.contains("620102********0034"), text);
        rig.desk.finish(tx, TransactionRecord.Outcome.COMPLETED, null);
        awaitStored(tx.id() + "-tx");
        assertEquals(first.number(), ApiJson.mapper().readValue(inbox.body(tx.id() + "-tx"), TransactionRecord.class)
                .applicationNumber());
    }

    @Test
    void anEvaluationGivenAfterFinishIsStillDeliveredOnce() throws Exception {
        ServiceTx tx = rig.desk.begin(printItem, DeskCrashChild.citizen());
        rig.desk.finish(tx, TransactionRecord.Outcome.ABANDONED, null);
        rig.desk.evaluate(tx, Satisfaction.VERY_DISSATISFIED, List.of("其他"));
        rig.desk.evaluate(tx, Satisfaction.SATISFIED, List.of());
        awaitStored(tx.id() + "-ev");
        assertEquals(Satisfaction.VERY_DISSATISFIED, ApiJson.mapper().readValue(inbox.body(tx.id() + "-ev"),
                EvaluationRequest.class).level());
        assertEquals(TxState.FAILED, rig.journal.find(tx.id()).orElseThrow().state(), "ABANDONED ends FAILED");
        Thread.sleep(500);
        assertEquals(1, inbox.arrivals(tx.id() + "-ev"));
    }

    @Test
    void noLogLineOfAWholeFlowCarriesTheCitizensIdNumberOrName() throws Exception {
        List<String> lines;
        try (org.budayang.kiosk.security.LogCapture logs = new org.budayang.kiosk.security.LogCapture("org.budayang")) {
            ServiceTx tx = rig.desk.begin(applyItem, DeskCrashChild.citizen());
            DeskCrashChild.submitApplication(rig.desk, tx);
            rig.desk.print(tx, Map.of(), line -> { });
            rig.desk.evaluate(tx, Satisfaction.SATISFIED, List.of());
            rig.desk.finish(tx, TransactionRecord.Outcome.COMPLETED, null);
            rig.desk.pendingReprints(DeskCrashChild.citizen().identity());
            assertThrows(ServiceFailure.class, () -> rig.desk.checkFace(tx, new byte[] {1, 2, 3}));
            awaitStored(tx.id() + "-tx");
            lines = logs.everything();
        }
        assertFalse(lines.isEmpty(), "the flow logs what it does");
        assertTrue(lines.stream().anyMatch(l -> l.contains("submitted as")), lines.toString());
        for (String line : lines) {
            assertFalse(line.contains(DeskCrashChild.ID_NUMBER) || line.contains(DeskCrashChild.NAME)
                    || line.contains("19580315"), "personal data in a log line: " + line);
        }
    }

    @Test
    void anApplicationMissingItsCommitmentPrintsTheOneTimeNoticeOfWhatIsMissing() throws Exception {
        ServiceTx tx = rig.desk.begin(applyItem, DeskCrashChild.citizen());
        ServiceDesk.Submission submission = rig.desk.submit(tx, Map.of("purpose", "就业", "useUnit", "兰州某某科技有限公司"),
                List.of("居民身份证"), null, null);
        assertEquals(ApplicationOutcome.NOT_ACCEPTED, submission.receipt().outcome());
        int before = printer.receipts().size();
        ServiceDesk.Printed printed = rig.desk.print(tx, Map.of(), line -> { });
        assertEquals("一次性告知单", printed.title());
        assertTrue(printer.receipts().get(before).text().contains("一次性告知"), printer.receipts().get(before).text());
        rig.desk.evaluate(tx, Satisfaction.BASIC, List.of());
        rig.desk.finish(tx, TransactionRecord.Outcome.NOT_ACCEPTED, null);
        awaitStored(tx.id() + "-ev");
        awaitStored(tx.id() + "-tx");
        assertEquals(EvaluationRequest.ServiceOutcome.NOT_ACCEPTED, ApiJson.mapper().readValue(
                inbox.body(tx.id() + "-ev"), EvaluationRequest.class).outcome(), "不予受理 is evaluated as such");
        assertEquals(TransactionRecord.Outcome.NOT_ACCEPTED, ApiJson.mapper().readValue(inbox.body(tx.id() + "-tx"),
                TransactionRecord.class).outcome());
        assertEquals(org.budayang.kiosk.journal.TxState.DONE, rig.journal.find(tx.id()).orElseThrow().state(),
                "the kiosk did its part: the journal transaction is done, not failed");
    }

    @Test
    void paperOutFailsThePrintAndTheRetryPrintsTheSameJobExactlyOnce() throws Exception {
        ServiceTx tx = rig.desk.begin(printItem, DeskCrashChild.citizen());
        rig.desk.query(tx, Map.of());
        int before = printer.receipts().size();
        printer.emulator.paperOutAfter(200);
        ServiceFailure failure = assertThrows(ServiceFailure.class, () -> rig.desk.print(tx, Map.of(), line -> { }));
        assertEquals("PRINTER_PAPER_OUT", failure.code(), failure.getMessage());
        assertTrue(failure.retryable());
        assertTrue(failure.citizenMessage().contains("打印纸"), failure.citizenMessage());
        printer.emulator.paper(org.budayang.driver.escpos.emulator.PrinterEmulator.PaperLevel.OK);
        awaitOnline();
        rig.desk.print(tx, Map.of(), line -> { });
        long whole = printer.receipts().subList(before, printer.receipts().size()).stream()
                .filter(r -> r.isWhole()).count();
        assertEquals(1, whole, "one whole receipt after the retry");
        List<String> jobs = rig.journal.find(tx.id()).orElseThrow().steps("PRINT").stream()
                .map(s -> ApiJson.mapper().convertValue(readTree(s.payload()).get("jobId"), String.class)).toList();
        assertEquals(2, jobs.size());
        assertEquals(jobs.get(0), jobs.get(1), "the retry sends the same job id");
        assertEquals(StepState.FAILED, rig.journal.find(tx.id()).orElseThrow().steps("PRINT").get(0).state());
    }

    @Test
    void evaluationsAndRecordsWaitInTheOutboxWhileItsPeerIsDownAndAreDeliveredOnceWhenItReturns() throws Exception {
        inbox.stop();
        ServiceTx tx;
        try {
            tx = rig.desk.begin(printItem, DeskCrashChild.citizen());
            rig.desk.evaluate(tx, Satisfaction.BASIC, List.of());
            rig.desk.finish(tx, TransactionRecord.Outcome.COMPLETED, null);
            Thread.sleep(1_000);
            assertEquals(2, rig.journal.outbox().records(org.budayang.kiosk.journal.OutboxState.PENDING).size());
            assertTrue(rig.journal.outbox().records(org.budayang.kiosk.journal.OutboxState.PENDING).get(0).attempts()
                    > 0, "tried and backing off");
        } finally {
            inbox.start();
        }
        awaitStored(tx.id() + "-ev");
        awaitStored(tx.id() + "-tx");
        assertEquals(1, inbox.arrivals(tx.id() + "-ev"));
        assertEquals(1, inbox.arrivals(tx.id() + "-tx"));
        assertEquals(EvaluationRequest.ServiceOutcome.FAILED, ApiJson.mapper().readValue(inbox.body(tx.id() + "-ev"),
                EvaluationRequest.class).outcome(), "nothing queried, printed or submitted");
    }

    @Test
    void helpFallsBackToTheSitePhoneWhenCentralCannotBeReachedAndNeverThrows() throws Exception {
        try (CentralApi nowhere = CentralApi.mutualTls(central.credentials(),
                java.net.URI.create("https://127.0.0.1:1"))) {
            JournalledServiceDesk offline = JournalledServiceDesk.builder().journal(rig.journal).api(nowhere)
                    .printer(org.budayang.kiosk.printing.PrintService.none())
                    .links(org.budayang.kiosk.printing.GuideLinks.central(central.url())).sitePhone("0931-12345")
                    .build();
            HelpAnswer answer = offline.askHelp(printItem.implementationCode(), "flow.print", "PRINT_FAILED");
            assertEquals("0931-12345", answer.phone());
            assertTrue(answer.message().contains("0931-12345"), answer.message());
            assertEquals(0, answer.expectedMinutes());
            HelpAnswer badReason = offline.askHelp(null, "home", "not a code");
            assertEquals("0931-12345", badReason.phone(), "a bad request still gets the local answer");
        }
    }

    private static com.fasterxml.jackson.databind.JsonNode readTree(String json) {
        try {
            return ApiJson.mapper().readTree(json);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private void awaitOnline() throws InterruptedException {
        Thread.sleep(700);
    }

    private static void awaitStored(String key) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (inbox.body(key) == null) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the outbox did not deliver " + key + " within 15 s");
            }
            Thread.sleep(50);
        }
    }
}
