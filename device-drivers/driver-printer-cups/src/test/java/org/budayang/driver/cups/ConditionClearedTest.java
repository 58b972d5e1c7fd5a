package org.budayang.driver.cups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.budayang.driver.Condition;
import org.budayang.driver.DeviceStatus;
import org.budayang.driver.Health;
import org.budayang.driver.RecommendedAction;
import org.budayang.driver.op.CancelToken;
import org.budayang.driver.op.Outcome;
import org.budayang.driver.printer.DocumentPrinter;
import org.budayang.driver.printer.PrintDocument;
import org.budayang.driver.printer.PrintJob;
import org.budayang.driver.printer.PrintJobState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * "纸已补充": {@code conditionCleared} against the private cupsd. After paper out CUPS keeps media-empty-error on
 * the queue until a job runs; the driver clears it as {@code lpadmin -o printer-state-reasons=none} does, keeps
 * what is not a condition (a stopped queue stays stopped), and pretends nothing: a printer still without paper
 * fails the next job PAPER_OUT again.
 */
class ConditionClearedTest {
    private static final byte[] PDF = TestPdfs.note("Budayang paper replaced");

    private CupsServer server;
    private DocumentPrinter printer;
    private final List<DeviceStatus> published = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        server = CupsServer.shared();
        server.reset();
        printer = Printers.enabled(server, CupsServer.TEST_QUEUE);
        printer.onStatusChange(published::add);
    }

    @AfterEach
    void stop() {
        if (printer != null) {
            printer.close();
        }
        if (server != null) {
            server.reset();
        }
    }

    @Test
    void paperReplacedAfterPaperOutMakesThePrinterOnlineAndTheNextJobPrints() throws Exception {
        paperOutDuringAJob("cleared-1");
        assertEquals(Health.USER_ERROR, refreshed().health(), "CUPS keeps media-empty-error after the job");

        server.backendMode("ok"); // staff put paper in
        DeviceStatus cleared = cleared();

        assertEquals(Health.ONLINE, cleared.health(), cleared.toString());
        assertEquals(RecommendedAction.NONE, cleared.action());
        assertTrue(cleared.detail().contains("reasons none"), cleared.detail());
        assertEquals(Health.ONLINE, published.get(published.size() - 1).health(), "published: " + published);
        assertEquals(Health.ONLINE, refreshed().health(), "cupsd itself forgot the reason");
        PrintJob reprinted = printed(printer.print("cleared-1", new PrintDocument("证明", PDF, 1, false),
                Printers.seconds(20), CancelToken.none()));
        assertEquals(PrintJobState.PRINTED, reprinted.state());
        assertEquals(1, Printers.files(server.recorder(), ".data").size(), "printed once");
    }

    @Test
    void aPrinterStillWithoutPaperFailsTheNextJobPaperOutAgain() throws Exception {
        paperOutDuringAJob("still-1");

        DeviceStatus cleared = cleared(); // staff pressed the button but the tray is still empty
        assertEquals(Health.ONLINE, cleared.health(), "CUPS cannot know before a job runs: " + cleared);

        Outcome<PrintJob> again = printer.print("still-1", new PrintDocument("证明", PDF, 1, false),
                Printers.seconds(20), CancelToken.none());
        assertEquals("PAPER_OUT", assertInstanceOf(Outcome.DeviceError.class, again).code(), again.toString());
        DeviceStatus status = printer.status();
        assertEquals(Health.USER_ERROR, status.health(), status.toString());
        assertTrue(status.has(Condition.PAPER_OUT), status.toString());
        assertEquals(List.of(), Printers.files(server.recorder(), ".data"), "nothing was printed");
    }

    @Test
    void otherReasonsAreKeptAndAStoppedQueueStaysStopped() throws Exception {
        server.reasons(CupsServer.TEST_QUEUE, "media-empty-error,toner-low-report,offline-report");
        server.queueEnabled(CupsServer.TEST_QUEUE, false);

        DeviceStatus cleared = cleared();

        assertEquals(Health.OFFLINE, cleared.health(), cleared.toString());
        assertTrue(cleared.detail().contains("printer-state stopped"), cleared.detail());
        assertTrue(cleared.detail().contains("cupsenable " + CupsServer.TEST_QUEUE), cleared.detail());
        assertTrue(cleared.detail().contains("offline-report"), "kept: " + cleared.detail());
        assertTrue(!cleared.detail().contains("media-empty") && !cleared.detail().contains("toner-low"),
                "conditions forgotten: " + cleared.detail());
        server.queueEnabled(CupsServer.TEST_QUEUE, true);
        server.reasons(CupsServer.TEST_QUEUE, "none");
        assertEquals(Health.ONLINE, refreshed().health());
    }

    @Test
    void aUserCupsdDoesNotAllowGetsClearRefusedNamingTheCommandAndTheStatusStays() throws Exception {
        DocumentPrinter visitor = Printers.enabled(server, CupsServer.TEST_QUEUE, Map.of("user", "visitor"));
        try {
            server.reasons(CupsServer.TEST_QUEUE, "media-empty-error");
            DeviceStatus out = visitor.refreshStatus(Printers.seconds(5), CancelToken.none()).valueIfSuccess()
                    .orElseThrow();
            assertEquals(Health.USER_ERROR, out.health());

            Outcome<DeviceStatus> outcome = visitor.conditionCleared(Printers.seconds(5), CancelToken.none());

            Outcome.DeviceError<?> refused = assertInstanceOf(Outcome.DeviceError.class, outcome, outcome.toString());
            assertEquals("CLEAR_REFUSED", refused.code());
            assertTrue(refused.detail().contains("'visitor'") && refused.detail().contains("lpadmin -p "
                    + CupsServer.TEST_QUEUE + " -o printer-state-reasons=none"), refused.detail());
            assertEquals(Health.USER_ERROR, visitor.status().health(), "nothing pretended: " + visitor.status());
            assertEquals(Health.USER_ERROR, refreshed().health(), "cupsd still has the reason");
        } finally {
            visitor.close();
        }
    }

    private void paperOutDuringAJob(String jobId) throws Exception {
        server.backendMode("media-empty");
        Outcome<PrintJob> outcome = printer.print(jobId, new PrintDocument("证明", PDF, 1, false),
                Printers.seconds(20), CancelToken.none());
        assertEquals("PAPER_OUT", assertInstanceOf(Outcome.DeviceError.class, outcome).code(), outcome.toString());
        assertTrue(printer.status().has(Condition.PAPER_OUT), printer.status().toString());
    }

    private DeviceStatus cleared() throws Exception {
        Outcome<DeviceStatus> outcome = printer.conditionCleared(Printers.seconds(5), CancelToken.none());
        return outcome.valueIfSuccess().orElseThrow(() -> new AssertionError(outcome.toString()));
    }

    private DeviceStatus refreshed() throws Exception {
        Outcome<DeviceStatus> outcome = printer.refreshStatus(Printers.seconds(5), CancelToken.none());
        return outcome.valueIfSuccess().orElseThrow(() -> new AssertionError(outcome.toString()));
    }

    private static PrintJob printed(Outcome<PrintJob> outcome) {
        return outcome.valueIfSuccess().orElseThrow(() -> new AssertionError("not printed: " + outcome));
    }
}
