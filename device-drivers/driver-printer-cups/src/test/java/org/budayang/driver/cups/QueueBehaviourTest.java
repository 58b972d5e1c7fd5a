package org.budayang.driver.cups;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.budayang.driver.Condition;
import org.budayang.driver.DeviceStatus;
import org.budayang.driver.Health;
import org.budayang.driver.RecommendedAction;
import org.budayang.driver.op.CancelToken;
import org.budayang.driver.op.Deadline;
import org.budayang.driver.op.Outcome;
import org.budayang.driver.printer.DocumentPrinter;
import org.budayang.driver.printer.PrintDocument;
import org.budayang.driver.printer.PrintJob;
import org.budayang.driver.printer.PrintJobState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The driver against the private cupsd's {@value CupsServer#TEST_QUEUE} queue, whose backend records what it was
 * given and can report paper out or be slow: what the driver asks of CUPS, paper out during a job, a stopped
 * queue, the deadline, and the same job id sent twice.
 */
class QueueBehaviourTest {
    private static final byte[] PDF = TestPdfs.note("Budayang queue behaviour");
    /** Thread wake-ups and an HTTP round trip on a loaded build machine, on top of what the settings allow. */
    private static final Duration SCHEDULING = Duration.ofMillis(500);

    private CupsServer server;
    private DocumentPrinter printer;

    @BeforeEach
    void start() throws Exception {
        server = CupsServer.shared();
        server.reset();
        printer = Printers.enabled(server, CupsServer.TEST_QUEUE);
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
    void a4CopiesAndLongEdgeDuplexAreWhatTheBackendReceives() throws Exception {
        PrintJob job = printed(printer.print("ask-1", new PrintDocument("告知单", PDF, 3, true),
                Printers.seconds(20), CancelToken.none()));
        int cupsJob = Printers.cupsJob(job.detail());
        String options = Files.readString(server.recorder().resolve("job-" + cupsJob + ".options"));
        assertTrue(options.contains("media=iso_a4_210x297mm"), options);
        assertTrue(options.contains("PageSize=A4"), "the queue's Letter default is overridden: " + options);
        assertTrue(options.contains("sides=two-sided-long-edge"), options);
        assertTrue(options.contains("copies=3"), options);
        assertArrayEquals(PDF, Files.readAllBytes(server.recorder().resolve("job-" + cupsJob + ".data")),
                "the backend got the PDF unchanged");
        assertEquals(1, job.attempts());
    }

    @Test
    void aLargeDocumentIsSentWhole() throws Exception {
        byte[] scans = new byte[6 * 1024 * 1024]; // a document with scanned pages: larger than the socket buffers
        new java.util.Random(7).nextBytes(scans);
        byte[] large = new byte[PDF.length + scans.length];
        System.arraycopy(PDF, 0, large, 0, PDF.length);
        System.arraycopy(scans, 0, large, PDF.length, scans.length);
        PrintJob job = printed(printer.print("large-1", new PrintDocument("告知单", large, 1, false),
                Printers.seconds(30), CancelToken.none()));
        assertArrayEquals(large, Files.readAllBytes(server.recorder().resolve("job-" + Printers.cupsJob(job.detail())
                + ".data")), "all " + large.length + " bytes arrived");
    }

    @Test
    void oneSidedWhenDuplexIsNotAsked() throws Exception {
        PrintJob job = printed(printer.print("simplex-1", new PrintDocument("告知单", PDF, 1, false),
                Printers.seconds(20), CancelToken.none()));
        String options = Files.readString(server.recorder().resolve("job-" + Printers.cupsJob(job.detail())
                + ".options"));
        assertTrue(options.contains("sides=one-sided") && options.contains("copies=1"), options);
    }

    @Test
    void paperOutDuringAJobFailsItAsPaperOutAndItIsReprintedOnceWhenPaperIsBack() throws Exception {
        server.backendMode("media-empty");
        Outcome<PrintJob> outcome = printer.print("paper-1", new PrintDocument("证明", PDF, 1, false),
                Printers.seconds(20), CancelToken.none());
        Outcome.DeviceError<?> error = assertInstanceOf(Outcome.DeviceError.class, outcome);
        assertEquals("PAPER_OUT", error.code(), error.detail());
        PrintJob failed = printer.job("paper-1").orElseThrow();
        assertEquals(PrintJobState.FAILED, failed.state());
        assertEquals("PAPER_OUT", failed.failureCode());
        DeviceStatus status = printer.status();
        assertEquals(Health.USER_ERROR, status.health(), status.toString());
        assertTrue(status.has(Condition.PAPER_OUT), status.toString());
        assertEquals(RecommendedAction.CLEAR, status.action());
        assertEquals(List.of(), server.unfinishedJobs(CupsServer.TEST_QUEUE), "no job left to come out later");
        assertEquals(List.of(), Printers.files(server.recorder(), ".data"), "nothing was printed");

        server.backendMode("ok");
        server.reasons(CupsServer.TEST_QUEUE, "none"); // staff put paper in and cleared the alert
        assertEquals(Health.ONLINE, refreshed().health());
        PrintJob reprinted = printed(printer.print("paper-1", new PrintDocument("证明", PDF, 1, false),
                Printers.seconds(20), CancelToken.none()));
        assertEquals(2, reprinted.attempts(), "sent twice: once into paper out, once after");
        assertEquals(1, Printers.files(server.recorder(), ".data").size(), "printed once");
    }

    @Test
    void aStoppedQueueIsOfflineAndGetsNoJob() throws Exception {
        server.queueEnabled(CupsServer.TEST_QUEUE, false);
        DeviceStatus stopped = refreshed();
        assertEquals(Health.OFFLINE, stopped.health(), stopped.toString());
        assertTrue(stopped.detail().contains("stopped") && stopped.detail().contains("cupsenable "
                + CupsServer.TEST_QUEUE), stopped.detail());
        Outcome<PrintJob> outcome = printer.print("stopped-1", new PrintDocument("证明", PDF, 1, false),
                Printers.seconds(10), CancelToken.none());
        assertEquals("OFFLINE", assertInstanceOf(Outcome.DeviceError.class, outcome).code());
        assertEquals(List.of(), server.unfinishedJobs(CupsServer.TEST_QUEUE), "nothing queued on a stopped queue");
        server.queueEnabled(CupsServer.TEST_QUEUE, true);
        assertEquals(Health.ONLINE, refreshed().health());
        assertEquals(PrintJobState.PRINTED, printed(printer.print("stopped-1", new PrintDocument("证明", PDF, 1,
                false), Printers.seconds(20), CancelToken.none())).state());
    }

    @Test
    void aJobNotDoneByTheDeadlineIsCancelledAtCups() throws Exception {
        server.backendMode("sleep 4");
        Duration deadline = Duration.ofMillis(1500);
        Duration cancelTimeout = Duration.ofMillis(300);
        printer.close();
        printer = Printers.enabled(server, CupsServer.TEST_QUEUE,
                Map.of("cancelTimeout", cancelTimeout.toMillis() + "ms"));
        long start = System.nanoTime();
        Outcome<PrintJob> outcome = printer.print("late-1", new PrintDocument("证明", PDF, 1, false),
                Deadline.in(deadline), CancelToken.none());
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertInstanceOf(Outcome.TimedOut.class, outcome);
        // the deadline, then one Cancel-Job within its own budget; SCHEDULING covers a loaded 2-core machine
        long bound = deadline.plus(cancelTimeout).plus(SCHEDULING).toMillis();
        assertTrue(millis >= deadline.toMillis() && millis < bound, "returned after " + millis + " ms for a "
                + deadline.toMillis() + " ms deadline and a " + cancelTimeout.toMillis() + " ms cancelTimeout");
        PrintJob job = printer.job("late-1").orElseThrow();
        assertEquals("TIMED_OUT", job.failureCode());
        assertTrue(job.detail().contains("cancelled at CUPS"), job.detail());
        assertEquals(List.of(), server.unfinishedJobs(CupsServer.TEST_QUEUE), "the job is gone from the queue");
        Thread.sleep(4500); // longer than the slow backend would have taken
        assertEquals(List.of(), Printers.files(server.recorder(), ".data"), "the cancelled job never came out");
    }

    @Test
    void theSameJobIdIsPrintedOnce() throws Exception {
        PrintJob first = printed(printer.print("once-1", new PrintDocument("证明", PDF, 1, false),
                Printers.seconds(20), CancelToken.none()));
        PrintJob second = printed(printer.print("once-1", new PrintDocument("证明", PDF, 1, false),
                Printers.seconds(20), CancelToken.none()));
        assertEquals(first, second, "the second call returns the printed job as it was");
        assertEquals(1, Printers.files(server.recorder(), ".data").size(), "one output");
    }

    @Test
    void anIdWhoseSubmissionWasNotConfirmedIsLookedUpNotSentAgain() throws Exception {
        server.backendMode("sleep 1");
        // The caller gives up while the job is at CUPS and the Cancel-Job cannot get through (cupsd frozen).
        DocumentPrinter impatient = Printers.enabled(server, CupsServer.TEST_QUEUE, Map.of("cancelTimeout", "100ms"));
        CancelToken cancel = new CancelToken();
        Thread canceller = new Thread(() -> {
            sleep(400);
            server.frozen(true);
            cancel.cancel();
        });
        canceller.start();
        Outcome<PrintJob> outcome = impatient.print("unsure-1", new PrintDocument("证明", PDF, 1, false),
                Printers.seconds(20), cancel);
        canceller.join();
        server.frozen(false);
        assertInstanceOf(Outcome.Cancelled.class, outcome);
        PrintJob unsure = impatient.job("unsure-1").orElseThrow();
        assertTrue(unsure.detail().contains("looks it up"), unsure.detail());
        Thread.sleep(1500); // whatever CUPS kept (the job, or the late Cancel-Job) has happened by now
        int before = Printers.files(server.recorder(), ".data").size();
        assertTrue(before <= 1, "at most one output before the retry, got " + before);
        PrintJob retried = printed(impatient.print("unsure-1", new PrintDocument("证明", PDF, 1, false),
                Printers.seconds(20), CancelToken.none()));
        assertEquals(1, Printers.files(server.recorder(), ".data").size(), "printed exactly once in all");
        if (before == 1) {
            assertTrue(retried.detail().contains("not submitted again"), retried.detail());
        }
        impatient.close();
    }

    @Test
    void cupsdStoppedMidJobKeepsItAndTheRetryFindsItInsteadOfPrintingAgain() throws Exception {
        server.backendMode("sleep 1.5");
        Thread stopper = new Thread(() -> {
            sleep(500);
            server.stop(); // cupsd keeps the unfinished job and runs it again when it starts
        });
        stopper.start();
        org.junit.jupiter.api.Assertions.assertThrows(org.budayang.driver.link.LinkLostException.class,
                () -> printer.print("kept-1", new PrintDocument("证明", PDF, 1, false), Printers.seconds(20),
                        CancelToken.none()));
        stopper.join();
        PrintJob lost = printer.job("kept-1").orElseThrow();
        assertEquals("OFFLINE", lost.failureCode(), lost.toString());
        server.backendMode("ok");
        server.start();
        long end = System.nanoTime() + 15_000_000_000L;
        while (Printers.files(server.recorder(), ".data").isEmpty() && System.nanoTime() < end) {
            Thread.sleep(100);
        }
        assertEquals(1, Printers.files(server.recorder(), ".data").size(), "cupsd printed the job it kept");
        PrintJob retried = printed(printer.print("kept-1", new PrintDocument("证明", PDF, 1, false),
                Printers.seconds(20), CancelToken.none()));
        assertTrue(retried.detail().contains("not submitted again"), retried.detail());
        assertEquals(1, retried.attempts(), "sent once");
        assertEquals(1, Printers.files(server.recorder(), ".data").size(), "not printed a second time");
    }

    private DeviceStatus refreshed() throws Exception {
        Outcome<DeviceStatus> outcome = printer.refreshStatus(Printers.seconds(5), CancelToken.none());
        return outcome.valueIfSuccess().orElseThrow(() -> new AssertionError("refreshStatus: " + outcome));
    }

    private static PrintJob printed(Outcome<PrintJob> outcome) {
        PrintJob job = outcome.valueIfSuccess().orElseThrow(() -> new AssertionError("not printed: " + outcome));
        assertEquals(PrintJobState.PRINTED, job.state());
        return job;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
