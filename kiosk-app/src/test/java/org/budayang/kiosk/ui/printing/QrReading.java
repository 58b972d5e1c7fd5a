package org.budayang.kiosk.ui.printing;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelReader;

/** Reads a QR code back from what the kiosk shows (the pixels of an ImageView's image), as a phone would. */
public final class QrReading {
    private QrReading() {
    }

    /** The payload of the QR in {@code view}'s image; fails the test when there is none or it cannot be read. */
    public static String read(ImageView view) throws Exception {
        CompletableFuture<Image> image = new CompletableFuture<>();
        Platform.runLater(() -> image.complete(view.getImage()));
        return read(image.get(5, TimeUnit.SECONDS));
    }

    public static String read(Image image) {
        if (image == null) {
            throw new AssertionError("no QR image is shown");
        }
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                argb[y * w + x] = pixels.getArgb(x, y);
            }
        }
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(w, h, argb)));
        try {
            return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
        } catch (NotFoundException | ChecksumException | FormatException e) {
            throw new AssertionError("the QR shown (" + w + "x" + h + ") cannot be read: " + e, e);
        }
    }
}
