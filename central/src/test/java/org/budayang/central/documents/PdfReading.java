package org.budayang.central.documents;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads documents back as a person would: their text, and the QR code decoded from a rendered page. */
final class PdfReading {
    private PdfReading() {
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    static BufferedImage render(byte[] pdf, int page, float dpi) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFRenderer(document).renderImageWithDPI(page, dpi);
        }
    }

    /**
     * The QR code's text, decoded by ZXing from the first page as a person with a phone would: aimed at the
     * upper right quarter where the code is printed, and if that fails, from a little nearer or further. ZXing's
     * reader misreads a clean, correct code now and then at one particular scale (about one render in 300 ends
     * in a checksum error at 150 or 300 dpi, a different code each time, while the same code reads at the other
     * scales), so one scale alone would make this check flaky without making it stricter: a code that is absent
     * or carries another address fails at every scale.
     */
    static String qrOfFirstPage(byte[] pdf) throws IOException, com.google.zxing.ReaderException {
        com.google.zxing.ReaderException first = null;
        for (float dpi : new float[] {300f, 200f, 150f}) {
            BufferedImage image = render(pdf, 0, dpi);
            BufferedImage corner = image.getSubimage(image.getWidth() / 2, 0, image.getWidth() / 2,
                    image.getHeight() / 4);
            try {
                return decode(corner);
            } catch (com.google.zxing.ReaderException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        throw first;
    }

    private static String decode(BufferedImage image) throws com.google.zxing.ReaderException {
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    }
}
