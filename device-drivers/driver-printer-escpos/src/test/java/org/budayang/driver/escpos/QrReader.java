package org.budayang.driver.escpos;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.util.Map;

/** Reads the QR code in a rendered receipt back with ZXing, as a phone would. */
final class QrReader {
    private QrReader() {
    }

    static String read(BufferedImage image) {
        try {
            Result result = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new BufferedImageLuminanceSource(image))), Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE,
                    DecodeHintType.CHARACTER_SET, "UTF-8"));
            return result.getText();
        } catch (NotFoundException | ChecksumException | FormatException e) {
            throw new AssertionError("no readable QR code in the rendered receipt: " + e, e);
        }
    }

    /** The part of {@code image} from row {@code top} to {@code bottom} (the QR's block, found by the caller). */
    static BufferedImage rows(BufferedImage image, int top, int bottom) {
        return image.getSubimage(0, top, image.getWidth(), bottom - top);
    }
}
