package org.budayang.central.identity.face;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/** JPEG encoding of simulated captures (what a kiosk camera pipeline sends). */
public final class JpegCodec {
    private JpegCodec() {
    }

    /** Encodes an RGB image as a baseline JPEG of {@code quality} 0..1. */
    public static byte[] encode(BufferedImage image, float quality) {
        if (quality <= 0 || quality > 1) {
            throw new IllegalArgumentException("JPEG quality " + quality + " is outside (0, 1]");
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot encode a " + image.getWidth() + "x" + image.getHeight()
                    + " image as JPEG in memory", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
