package org.budayang.driver.cups;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.budayang.driver.op.CancelToken;
import org.budayang.driver.op.Deadline;
import org.budayang.driver.op.Outcome;
import org.budayang.driver.printer.DocumentPrinter;
import org.budayang.driver.printer.PrintDocument;
import org.budayang.driver.printer.PrintJob;

/**
 * Bench (run by {@code bench/cups.sh}, not a test): the two-page A4 certificate of {@link TestPdfs} against the
 * private cupsd of {@link CupsServer}.
 * <ol>
 *   <li>submission: Get-Printer-Attributes + Print-Job until cupsd answers with the job id (what the driver does
 *       before it follows the job), to the cups-pdf queue, one job at a time, the queue idle at each start;</li>
 *   <li>cups-pdf completion: from the same start until Get-Job-Attributes says completed (cups-pdf has written the
 *       output PDF through pdftopdf, pdftops and Ghostscript);</li>
 *   <li>for information: the whole {@code print()} of the driver on the pass-through test queue.</li>
 * </ol>
 */
public final class CupsBench {
    private CupsBench() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        CupsServer server = CupsServer.shared();
        server.reset();
        byte[] certificate = TestPdfs.certificate();
        System.out.printf("certificate: 2 A4 pages, %d bytes (PDFBox, WenQuanYi Micro Hei embedded subset)%n",
                certificate.length);
        CupsSettings settings = CupsSettings.from(org.budayang.driver.DriverSettings.of("documentPrinter",
                java.util.Map.of("uri", server.queueUri(CupsServer.PDF_QUEUE).toString())));
        CupsQueue queue = new CupsQueue(settings, new IppClient(settings.endpoint(), settings.connectTimeout()));
        List<Double> submit = new ArrayList<>();
        List<Double> complete = new ArrayList<>();
        for (int run = -3; run < runs; run++) { // three warm-up runs
            long start = System.nanoTime();
            Deadline deadline = Deadline.in(Duration.ofSeconds(60));
            queue.printer(deadline, CancelToken.none());
            int cupsId = queue.submit("bench-" + System.nanoTime(), "参保缴费证明", certificate, 1, "one-sided",
                    deadline, CancelToken.none());
            long submitted = System.nanoTime();
            JobView view;
            do {
                Thread.sleep(10);
                view = queue.job(cupsId, deadline, CancelToken.none());
            } while (!view.finished());
            long done = System.nanoTime();
            if (view.state() != Ipp.JOB_COMPLETED) {
                throw new IllegalStateException("bench job not completed: " + view.describe());
            }
            if (run >= 0) {
                submit.add((submitted - start) / 1e6);
                complete.add((done - start) / 1e6);
            }
        }
        report("submission (Get-Printer-Attributes + Print-Job accepted), ms", submit, 300);
        report("cups-pdf completion (job completed, output PDF written), ms", complete, 0);

        DocumentPrinter printer = Printers.enabled(server, CupsServer.TEST_QUEUE, java.util.Map.of("pollInterval", "20ms"));
        List<Double> whole = new ArrayList<>();
        for (int run = -3; run < runs; run++) {
            long start = System.nanoTime();
            Outcome<PrintJob> outcome = printer.print("bench-whole-" + System.nanoTime(), new PrintDocument(
                    "参保缴费证明", certificate, 1, false), Deadline.in(Duration.ofSeconds(30)), CancelToken.none());
            if (!outcome.isSuccess()) {
                throw new IllegalStateException("bench print failed: " + outcome);
            }
            if (run >= 0) {
                whole.add((System.nanoTime() - start) / 1e6);
            }
        }
        printer.close();
        report("driver print() to completion on the pass-through test queue (poll 20ms), ms", whole, 0);
        server.reset();
        server.stop();
    }

    private static void report(String what, List<Double> millis, double target) {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        double median = sorted.get(sorted.size() / 2);
        double p95 = sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1);
        System.out.printf("%s: n=%d median %.1f p95 %.1f max %.1f%s%n", what, sorted.size(), median, p95,
                sorted.get(sorted.size() - 1), target > 0 ? String.format(" (target <= %.0f: %s)", target,
                        p95 <= target ? "met" : "NOT met") : "");
    }
}
