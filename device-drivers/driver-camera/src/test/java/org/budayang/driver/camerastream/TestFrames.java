package org.budayang.driver.camerastream;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Synthetic camera frames (a moving bar over a gradient) written as JPEG or PNG files or bytes. */
public final class TestFrames {

    private TestFrames() {
    }

    /** Frame {@code index} of the moving pattern. */
    public static BufferedImage pattern(int width, int height, int index) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            for (int x = 0; x < width; x += 8) {
                g.setColor(new Color((x * 255) / width, 90, 255 - (x * 255) / width));
                g.fillRect(x, 0, 8, height);
            }
            g.setColor(Color.WHITE);
            g.fillRect((index * 23) % width, 0, width / 10, height);
        } finally {
            g.dispose();
        }
        return image;
    }

    public static byte[] bytes(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no ImageIO writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Writes {@code count} pattern frames as frame-00.jpg, frame-01.png, … (alternating formats) into {@code dir}. */
    public static void writeSequence(Path dir, int count, int width, int height) throws IOException {
        Files.createDirectories(dir);
        for (int i = 0; i < count; i++) {
            String format = i % 2 == 0 ? "jpg" : "png";
            Files.write(dir.resolve(String.format("frame-%02d.%s", i, format)),
                    bytes(pattern(width, height, i), format));
        }
    }
}
