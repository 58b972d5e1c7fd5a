package org.budayang.central.documents;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;
import java.awt.Color;
import java.io.IOException;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * Draws a QR code (ZXing encoder, error correction M) as vector squares, one rectangle per run of
 * dark modules in a row, so it prints sharp at any resolution and costs a few hundred bytes.
 * The caller keeps a quiet zone of four modules free around it.
 */
final class QrPainter {
    private QrPainter() {
    }

    /** Draws {@code text} as a QR code with its lower left corner at (x, y), {@code size} points wide. */
    static void draw(PDPageContentStream cs, String text, float x, float y, float size) throws IOException {
        ByteMatrix modules = encode(text);
        int n = modules.getWidth();
        float module = size / n;
        cs.saveGraphicsState();
        cs.setNonStrokingColor(Color.BLACK);
        for (int row = 0; row < n; row++) {
            int col = 0;
            while (col < n) {
                if (modules.get(col, row) != 1) {
                    col++;
                    continue;
                }
                int start = col;
                while (col < n && modules.get(col, row) == 1) {
                    col++;
                }
                // rows run downwards in the matrix, upwards in PDF
                cs.addRect(x + start * module, y + (n - 1 - row) * module, (col - start) * module, module);
            }
        }
        cs.fill();
        cs.restoreGraphicsState();
    }

    private static ByteMatrix encode(String text) {
        try {
            QRCode code = Encoder.encode(text, ErrorCorrectionLevel.M, Map.of(EncodeHintType.CHARACTER_SET, "UTF-8"));
            return code.getMatrix();
        } catch (WriterException e) {
            throw new IllegalArgumentException("QR_TOO_LONG: cannot encode " + text.length() + " characters as a QR "
                    + "code; shorten documents.publicBaseUrl", e);
        }
    }
}
