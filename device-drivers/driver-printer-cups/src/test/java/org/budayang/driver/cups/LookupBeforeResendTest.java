package org.budayang.driver.cups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.budayang.driver.DriverSettings;
import org.budayang.driver.op.CancelToken;
import org.budayang.driver.op.Deadline;
import org.budayang.driver.op.Outcome;
import org.budayang.driver.printer.PrintDocument;
import org.budayang.driver.printer.PrintJob;
import org.budayang.driver.printer.PrintJobState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The rule for a Print-Job whose answer was lost (decision 0009): the job reached cupsd but the driver never
 * learnt its number. Made real by submitting the job to cupsd with the driver's own {@link CupsQueue} and giving
 * the {@link JobRunner} a book that says "sent, outcome unknown, no CUPS number"; the runner must find the job by
 * the id in its job-name (Get-Jobs) and not send it a second time.
 */
class LookupBeforeResendTest {
    private static final byte[] PDF = TestPdfs.note("lookup before resend");

    private CupsServer server;
    private CupsQueue queue;
    private JobBook book;
    private JobRunner runner;

    @BeforeEach
    void start() {
        server = CupsServer.shared();
        server.reset();
        CupsSettings settings = CupsSettings.from(DriverSettings.of("documentPrinter", Map.of("uri",
                server.queueUri(CupsServer.TEST_QUEUE).toString(), "pollInterval", "50ms")));
        queue = new CupsQueue(settings, new IppClient(settings.endpoint(), settings.connectTimeout()));
        book = new JobBook(settings.jobMemory());
        runner = new JobRunner(queue, book, new JobRunner.Observer() {
            @Override
            public void printer(PrinterState state) {
            }

            @Override
            public void silent(String detail) {
            }
        }, Clock.systemUTC());
    }

    @AfterEach
    void reset() {
        if (server != null) {
            server.reset();
        }
    }

    @Test
    void aJobWhoseAnswerWasLostIsFoundByItsIdAndNotSentAgain() throws Exception {
        server.backendMode("sleep 1");
        int cupsId = queue.submit("lost-answer-1", "证明", PDF, 1, "one-sided", deadline(), CancelToken.none());
        unsure("lost-answer-1");
        Outcome<PrintJob> outcome = runner.print("lost-answer-1", new PrintDocument("证明", PDF, 1, false), deadline(),
                CancelToken.none());
        PrintJob job = outcome.valueIfSuccess().orElseThrow(() -> new AssertionError(outcome.toString()));
        assertEquals(PrintJobState.PRINTED, job.state());
        assertTrue(job.detail().contains("CUPS job " + cupsId), "followed the job already at CUPS: " + job.detail());
        assertEquals(List.of(server.recorder().resolve("job-" + cupsId + ".data")),
                Printers.files(server.recorder(), ".data"), "printed once, by the first submission");
    }

    @Test
    void aCompletedJobIsTakenAsPrintedAndAnIdCupsNeverSawIsSent() throws Exception {
        int cupsId = queue.submit("lost-answer-2", "证明", PDF, 1, "one-sided", deadline(), CancelToken.none());
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (queue.job(cupsId, deadline(), CancelToken.none()).state() != Ipp.JOB_COMPLETED
                && System.nanoTime() < end) {
            Thread.sleep(50);
        }
        unsure("lost-answer-2");
        PrintJob found = runner.print("lost-answer-2", new PrintDocument("证明", PDF, 1, false), deadline(),
                CancelToken.none()).valueIfSuccess().orElseThrow();
        assertTrue(found.detail().contains("not submitted again"), found.detail());
        assertEquals(1, Printers.files(server.recorder(), ".data").size());

        unsure("never-reached-cups");
        PrintJob sent = runner.print("never-reached-cups", new PrintDocument("证明", PDF, 1, false), deadline(),
                CancelToken.none()).valueIfSuccess().orElseThrow();
        assertEquals(2, sent.attempts(), "the lost attempt and this one");
        assertEquals(2, Printers.files(server.recorder(), ".data").size(), "an id CUPS never saw is printed");
    }

    /** The book's state after a Print-Job whose answer never came: FAILED, sent once, no CUPS number, maybe at CUPS. */
    private void unsure(String jobId) {
        PrintJob job = PrintJob.queued(jobId, Clock.systemUTC().instant())
                .moveTo(PrintJobState.SENDING, "", "", Clock.systemUTC().instant())
                .moveTo(PrintJobState.FAILED, "TIMED_OUT", "Print-Job answer lost", Clock.systemUTC().instant());
        book.put(job, 0, true);
    }

    private static Deadline deadline() {
        return Deadline.in(Duration.ofSeconds(20));
    }
}
