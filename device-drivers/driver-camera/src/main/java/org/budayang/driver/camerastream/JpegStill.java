package org.budayang.driver.camerastream;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.DirectColorModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.budayang.driver.camera.Frame;
import org.budayang.driver.camera.Still;

/** Encodes a frame as a JPEG still with ImageIO at a fixed quality. */
public final class JpegStill {
    private static final int[] RGB_MASKS = {0xFF0000, 0xFF00, 0xFF};
    private static final DirectColorModel RGB = new DirectColorModel(24, 0xFF0000, 0xFF00, 0xFF);
    private final float quality;

    /** @param quality 1–100 */
    public JpegStill(int quality) {
        if (quality < 1 || quality > 100) {
            throw new IllegalArgumentException("JPEG quality must be from 1 to 100, got " + quality);
        }
        this.quality = quality / 100f;
    }

    public Still encode(Frame frame, Instant at) {
        // wraps the frame's pixels without copying them (the encoder only reads); setRGB would convert pixel by pixel
        DataBufferInt pixels = new DataBufferInt(frame.argb(), frame.argb().length);
        WritableRaster raster = Raster.createPackedRaster(pixels, frame.width(), frame.height(), frame.width(),
                RGB_MASKS, null);
        BufferedImage image = new BufferedImage(RGB, raster, false, null);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(frame.width() * frame.height() / 4);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("JPEG encoding of a " + frame.width() + "x" + frame.height()
                    + " frame failed in memory", e);
        } finally {
            writer.dispose();
        }
        return new Still(bytes.toByteArray(), frame.width(), frame.height(), at);
    }
}
