package org.budayang.kiosk.printing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.budayang.driver.printer.PrintDocument;
import org.budayang.driver.printer.Receipt;
import org.budayang.kiosk.security.LogCapture;
import org.junit.jupiter.api.Test;

class PrintServiceTest {
    private static final URI LINK = URI.create("http://central.example/api/v1/catalog?item=620102-YB01-QT00052001");
    private static final Receipt RECEIPT = Receipt.builder().heading("一次性告知单").text("居民身份证 原件").cut().build();

    private final ScriptedReceiptPrinter printer = new ScriptedReceiptPrinter();
    private final PrintService service = PrintService.builder().receiptPrinter(printer).background(Runnable::run)
            .fx(Runnable::run).build();

    private PrintResult print(PrintRequest request) {
        AtomicReference<PrintResult> result = new AtomicReference<>();
        service.print(request, result::set);
        return result.get();
    }

    @Test
    void aReceiptIsPrintedOnce() {
        PrintRequest request = PrintRequest.receipt("notice-1", RECEIPT, LINK);
        assertEquals(PrintResult.printed("notice-1", 1), print(request));
        assertEquals(List.of(RECEIPT), printer.printed);
    }

    @Test
    void paperOutFailsWithItsCodeAndTheRetryOfTheSameJobPrintsExactlyOnce() {
        PrintRequest request = PrintRequest.receipt("notice-2", RECEIPT, LINK);
        printer.next = ScriptedReceiptPrinter.Next.PAPER_OUT;
        PrintResult failed = print(request);
        assertFalse(failed.printed());
        assertEquals("PAPER_OUT", failed.failureCode());
        assertEquals(Optional.of(PrintFailure.PAPER_OUT), failed.failure());
        assertEquals(1, failed.attempts());
        assertEquals(List.of(), printer.printedJobIds);

        printer.next = ScriptedReceiptPrinter.Next.PRINT;
        assertEquals(PrintResult.printed("notice-2", 2), print(request));
        assertEquals(PrintResult.printed("notice-2", 2), print(request),
                "a printed job is not printed again: the driver answers with its real attempt count");
        AtomicReference<PrintResult> again = new AtomicReference<>();
        PrintService.builder().receiptPrinter(printer).background(Runnable::run).fx(Runnable::run).build()
                .print(request, again::set);
        assertEquals(PrintResult.printed("notice-2", 2), again.get(), "a fresh service asks the same driver");
        assertEquals(List.of("notice-2"), printer.printedJobIds);
    }

    @Test
    void aPdfGoesToTheDocumentPrinterWithItsOwnBudgetAndNeverToTheReceiptPrinter() {
        ScriptedReceiptPrinter a4 = new ScriptedReceiptPrinter();
        PrintService both = PrintService.builder().documentPrinter(a4).background(Runnable::run).fx(Runnable::run)
                .build();
        PrintDocument pdf = new PrintDocument("参保证明", "%PDF-1.7 test".getBytes(StandardCharsets.US_ASCII), 1, false);
        AtomicReference<PrintResult> result = new AtomicReference<>();
        both.print(PrintRequest.document("cert-1", pdf, LINK), result::set);
        assertEquals(PrintResult.printed("cert-1", 1), result.get());
        assertEquals(List.of(pdf), a4.documents);
        both.print(PrintRequest.receipt("r-1", RECEIPT, LINK), result::set);
        assertEquals("NOT_READY", result.get().failureCode(), "no receipt printer configured");
        assertTrue(both.configured(PrintTarget.DOCUMENT));
        assertFalse(both.configured(PrintTarget.RECEIPT));
    }

    @Test
    void everyOtherEndIsAResultWithItsCode() {
        printer.next = ScriptedReceiptPrinter.Next.LINK_LOST;
        assertEquals("OFFLINE", print(PrintRequest.receipt("j-lost", RECEIPT, LINK)).failureCode());
        printer.next = ScriptedReceiptPrinter.Next.TIME_OUT;
        assertEquals("TIMED_OUT", print(PrintRequest.receipt("j-slow", RECEIPT, LINK)).failureCode());
        AtomicReference<PrintResult> noPrinter = new AtomicReference<>();
        PrintService.none().print(PrintRequest.receipt("j-none", RECEIPT, LINK), noPrinter::set);
        assertEquals("NOT_READY", noPrinter.get().failureCode());
        assertEquals(Optional.of(PrintFailure.NOT_READY), noPrinter.get().failure());
    }

    @Test
    void theSessionWipeCancelsARunningJob() throws Exception {
        ExecutorService device = Executors.newSingleThreadExecutor();
        try {
            PrintService threaded = PrintService.builder().receiptPrinter(printer).background(device)
                    .fx(Runnable::run).build();
            printer.next = ScriptedReceiptPrinter.Next.WAIT_FOR_CANCEL;
            BlockingQueue<PrintResult> results = new ArrayBlockingQueue<>(2);
            PrintRequest request = PrintRequest.receipt("notice-3", RECEIPT, LINK);
            threaded.print(request, results::add);
            assertTrue(printer.waiting.await(5, TimeUnit.SECONDS));
            threaded.print(request, results::add);
            assertEquals("ALREADY_RUNNING", results.poll(5, TimeUnit.SECONDS).failureCode(),
                    "a second press while the job runs does not send it twice");
            threaded.cancelAll();
            assertEquals("CANCELLED", results.poll(5, TimeUnit.SECONDS).failureCode());
            assertEquals(List.of(), printer.printedJobIds);
        } finally {
            device.shutdownNow();
        }
    }

    @Test
    void failureCodesMapToWhatTheCitizenIsTold() {
        assertEquals(PrintFailure.PAPER_OUT, PrintFailure.of("MEDIA_EMPTY"));
        assertEquals(PrintFailure.OFFLINE, PrintFailure.of("LINK_LOST"));
        assertEquals(PrintFailure.COVER_OPEN, PrintFailure.of("COVER_OPEN"));
        assertEquals(PrintFailure.OTHER, PrintFailure.of("CUTTER_ERROR"));
        assertEquals("print.failure.TIMED_OUT", PrintFailure.of("TIMED_OUT").bundleKey());
    }

    @Test
    void requestsAndResultsRefuseNonsenseNamingTheValue() {
        IllegalArgumentException noLink = assertThrows(IllegalArgumentException.class,
                () -> PrintRequest.receipt("j-1", RECEIPT, URI.create("file:///tmp/x")));
        assertTrue(noLink.getMessage().contains("file:///tmp/x"), noLink.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PrintRequest.receipt("no spaces", RECEIPT, LINK));
        assertThrows(IllegalArgumentException.class, () -> new PrintResult("j-1", true, "PAPER_OUT", "", 1));
        assertThrows(IllegalArgumentException.class, () -> new PrintResult("j-1", false, "", "", 1));
        assertEquals("PrintRequest[j-1, RECEIPT]", PrintRequest.receipt("j-1", RECEIPT, LINK).toString());
        String a = PrintService.newJobId("notice");
        assertTrue(a.matches("notice-[0-9a-f]{24}"), a);
        assertNotEquals(a, PrintService.newJobId("notice"));
    }

    @Test
    void logLinesNameTheJobAndCodeButNeverTheContent() {
        try (LogCapture log = new LogCapture(PrintService.class)) {
            printer.next = ScriptedReceiptPrinter.Next.PAPER_OUT;
            print(PrintRequest.receipt("notice-4", RECEIPT, LINK));
            assertTrue(log.everything().stream().anyMatch(l -> l.contains("notice-4") && l.contains("PAPER_OUT")),
                    log.everything().toString());
            assertTrue(log.everything().stream().noneMatch(l -> l.contains("居民身份证")), log.everything().toString());
        }
    }
}
