package org.budayang.provisioning.selftest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** The A4 test page the self-test sends to the document printer: a frame to the margins, a title and a time. */
final class TestPage {
    private TestPage() {
    }

    static byte[] pdf(String kiosk, Instant at) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                float width = page.getMediaBox().getWidth();
                float height = page.getMediaBox().getHeight();
                content.addRect(28, 28, width - 56, height - 56);
                content.stroke();
                content.beginText();
                content.setFont(font, 20);
                content.newLineAtOffset(60, height - 100);
                content.showText("Budayang kiosk self-test page (A4)");
                content.setFont(font, 12);
                content.newLineAtOffset(0, -30);
                content.showText("Kiosk: " + ascii(kiosk));
                content.newLineAtOffset(0, -18);
                content.showText("Printed: " + at);
                content.newLineAtOffset(0, -18);
                content.showText("The frame should be 10 mm from every edge.");
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the self-test PDF page", e);
        }
    }

    private static String ascii(String text) {
        return text.chars().allMatch(c -> c >= 32 && c < 127) ? text : text.replaceAll("[^\\x20-\\x7E]", "?");
    }
}
