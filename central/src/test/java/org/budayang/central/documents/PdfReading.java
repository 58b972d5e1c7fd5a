package org.budayang.central.documents;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
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

    /** The QR code's text, decoded by ZXing from the first page rendered at 150 dpi. */
    static String qrOfFirstPage(byte[] pdf) throws IOException, com.google.zxing.ReaderException {
        BufferedImage image = render(pdf, 0, 150f);
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        try {
            return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.FALSE,
                    DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
        } catch (NotFoundException e) {
            // the reader looks for one code in the whole image; crop to the upper right quarter as a person would aim
            BufferedImage corner = image.getSubimage(image.getWidth() / 2, 0, image.getWidth() / 2,
                    image.getHeight() / 4);
            return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new BufferedImageLuminanceSource(corner))), Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))
                    .getText();
        }
    }
}
