package org.budayang.kiosk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.budayang.api.catalog.ServiceItem;
import org.budayang.kiosk.journal.Journal;
import org.budayang.kiosk.journal.JournalSettings;
import org.budayang.kiosk.journal.StepRecord;
import org.budayang.kiosk.printing.GuideLinks;
import org.budayang.kiosk.printing.PrintService;
import org.budayang.kiosk.printing.TestPrinters;
import org.budayang.driver.printer.DocumentPrinter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A certificate (A4) through the desk: issued by the REAL central with the plan's own issue key, its signed PDF
 * fetched and handed to the document printer. The A4 printer here is the kiosk tests' scripted printer (the cups
 * driver has its own tests against a private cupsd, which kiosk-app cannot start); what is checked is the desk's
 * side: the PDF central signed reaches the printer, and a retry after paper out prints the same job and gets the
 * same document from central (same verification code) instead of issuing a second one.
 */
@ExtendWith(SharedCentral.class)
class CertificatePrintTest {
    private static CentralProcess central;
    private static ServiceItem certificateItem;

    @TempDir
    Path dir;

    @BeforeAll
    static void start(CentralProcess shared) throws Exception {
        central = shared;
        certificateItem = DeskCrashChild.item(central.url(), "GG00031001");
    }

    @Test
    void theCertificateIsIssuedOnceAndARetryAfterPaperOutPrintsTheSameDocumentOnce() throws Exception {
        TestPrinters.Scripted printer = TestPrinters.scripted();
        try (Journal journal = Journal.open(new JournalSettings(dir.resolve("journal"), Duration.ofDays(7)),
                Clock.systemDefaultZone());
                CentralApi api = central.api()) {
            JournalledServiceDesk desk = JournalledServiceDesk.builder().journal(journal).api(api)
                    .printer(PrintService.builder().documentPrinter((DocumentPrinter) printer.device())
                            .background(Runnable::run).fx(Runnable::run).build())
                    .links(GuideLinks.central(central.url())).build();
            ServiceTx tx = desk.begin(certificateItem, DeskCrashChild.citizen());

            printer.paperOutOnNextJob();
            List<String> progress = new java.util.ArrayList<>();
            ServiceFailure paperOut = assertThrows(ServiceFailure.class, () -> desk.print(tx, Map.of(), progress::add));
            assertEquals("PRINTER_PAPER_OUT", paperOut.code());
            assertTrue(progress.contains("正在生成证明…"), progress.toString());

            ServiceDesk.Printed printed = desk.print(tx, Map.of(), line -> { });
            assertEquals(16, printed.verificationCode().length(), printed.toString());
            assertTrue(printed.pages() >= 1);
            List<String> jobs = printer.printedJobIds();
            assertEquals(1, jobs.size(), "printed once");
            assertTrue(jobs.get(0).startsWith("cert-"));
            assertEquals(2, printer.attempts(jobs.get(0)), "the retry sent the same job id");

            StepRecord first = journal.find(tx.id()).orElseThrow().steps("PRINT").get(0);
            PrintPlan plan = api.read(first.payload(), PrintPlan.class);
            CentralApi.Reply<org.budayang.api.documents.IssuedDocument> again = api.issueCertificate(plan.body(),
                    plan.issueKey());
            assertTrue(again.replayed(), "central had issued it under the plan's key");
            assertEquals(printed.verificationCode(), again.value().code(), "one document, not two");
            assertEquals(printed, desk.print(tx, Map.of(), line -> { }), "after DONE: the earlier answer");
            assertEquals(1, printer.printedJobIds().size());
        }
    }
}
