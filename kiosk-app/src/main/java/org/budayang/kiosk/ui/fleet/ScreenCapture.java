package org.budayang.kiosk.ui.fleet;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.scene.Parent;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.transform.Scale;
import javax.imageio.ImageIO;

/** A PNG of what the kiosk shows, scaled (the remote screenshot of issue #9). FX thread only. */
public final class ScreenCapture {
    private ScreenCapture() {
    }

    /** Snapshots {@code node} at {@code scale} (0.1-1) and encodes it as PNG. */
    public static byte[] png(Parent node, double scale) {
        if (scale < 0.1 || scale > 1) {
            throw new IllegalArgumentException("ScreenCapture.scale: " + scale + " is not within 0.1..1");
        }
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setTransform(new Scale(scale, scale));
        WritableImage image = node.snapshot(parameters, null);
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage png = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                png.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(png, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot encode the screenshot as PNG", e);
        }
        return out.toByteArray();
    }
}
