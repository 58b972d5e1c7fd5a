package org.budayang.driver.cups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.budayang.driver.op.Outcome;
import org.budayang.driver.printer.DocumentPrinter;
import org.budayang.driver.printer.PrintDocument;
import org.budayang.driver.printer.PrintJob;
import org.budayang.driver.printer.PrintJobState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A real certificate through cupsd and cups-pdf (pdftopdf → pdftops → Ghostscript): the PDF that comes out has
 * the pages, the A4 size (the queue's default is Letter, so A4 is what the driver asked for) and the text.
 * cups-pdf writes one file whatever the copies (it leaves PostScript's copy count to a printer); copies are
 * checked on the test queue, whose backend receives them ({@link QueueBehaviourTest}).
 */
class CertificatePrintTest {
    private static CupsServer server;
    private static DocumentPrinter printer;

    @BeforeAll
    static void start() throws Exception {
        server = CupsServer.shared();
        server.reset();
        ServiceRequirement.require(TestPdfs.cjkFontPresent(), TestPdfs.CJK_FONT + " is missing (fonts-wqy-microhei)");
        printer = Printers.enabled(server, CupsServer.PDF_QUEUE);
    }

    @AfterAll
    static void stop() {
        if (printer != null) {
            printer.close();
        }
    }

    @Test
    void certificateComesOutOnA4WithBothPagesTextAndInk() throws Exception {
        List<Path> before = Printers.files(server.pdfOutput(), ".pdf");
        Outcome<PrintJob> outcome = printer.print("cert-a4-1", new PrintDocument("参保缴费证明", TestPdfs.certificate(),
                1, false), Printers.seconds(60), Printers.none());
        PrintJob job = outcome.valueIfSuccess().orElseThrow(() -> new AssertionError("not printed: " + outcome));
        assertEquals(PrintJobState.PRINTED, job.state());
        Path output = newFile(before);
        try (PDDocument printed = Loader.loadPDF(output.toFile())) {
            assertEquals(2, printed.getNumberOfPages(), "pages in " + output);
            for (int page = 0; page < 2; page++) {
                PDRectangle box = printed.getPage(page).getMediaBox();
                assertEquals(595, box.getWidth(), 2, "page " + (page + 1) + " width in pt (A4)");
                assertEquals(842, box.getHeight(), 2, "page " + (page + 1) + " height in pt (A4)");
            }
            String text = new PDFTextStripper().getText(printed);
            assertTrue(text.contains(TestPdfs.VERIFICATION_CODE), "the verification code is in the output: " + text);
            BufferedImage title = new PDFRenderer(printed).renderImageWithDPI(0, 72);
            int dark = darkPixels(title, 140, 60, 310, 60);
            assertTrue(dark > 200, "the Chinese title region of page 1 has ink: " + dark + " dark pixels");
            int blank = darkPixels(title, 140, 400, 300, 60);
            assertEquals(0, blank, "an empty region of page 1 stays blank");
        }
    }

    private static Path newFile(List<Path> before) {
        List<Path> now = Printers.files(server.pdfOutput(), ".pdf");
        List<Path> added = now.stream().filter(path -> !before.contains(path)).toList();
        assertEquals(1, added.size(), "exactly one new cups-pdf output file, got " + added);
        return added.get(0);
    }

    /** Pixels darker than mid-grey in the rectangle (x, y from the top left, at 72 dpi = points). */
    static int darkPixels(BufferedImage image, int x, int y, int width, int height) {
        int dark = 0;
        for (int row = y; row < y + height; row++) {
            for (int col = x; col < x + width; col++) {
                int rgb = image.getRGB(col, row);
                int grey = (((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF)) / 3;
                if (grey < 128) {
                    dark++;
                }
            }
        }
        return dark;
    }
}
