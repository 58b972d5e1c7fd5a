package org.budayang.central.identity.face;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class GeneratorTest {
    private final PortraitGenerator portraits = new PortraitGenerator();
    private final LiveCaptureSimulator camera = new LiveCaptureSimulator();

    @Test
    void theSameSeedDrawsTheSamePortraitInIdPhotoProportions() {
        BufferedImage a = portraits.portrait(42);
        BufferedImage b = portraits.portrait(42);
        assertEquals(PortraitGenerator.WIDTH, a.getWidth());
        assertEquals(PortraitGenerator.HEIGHT, a.getHeight());
        assertArrayEquals(pixels(a), pixels(b));
        assertEquals(0xFAFAFA, a.getRGB(3, 3) & 0xFFFFFF, "plain background");
    }

    @Test
    void differentPeopleDifferMeasurably() {
        for (long seed = 1; seed <= 20; seed++) {
            double difference = meanAbsoluteDifference(portraits.portrait(seed), portraits.portrait(seed + 1000));
            assertTrue(difference > 4, "seeds " + seed + " and " + (seed + 1000) + " differ by only " + difference);
        }
    }

    @Test
    void capturesAreDeterministicJpegsOfTheCameraSize() throws IOException {
        byte[] first = camera.jpeg(7, 3, LiveCaptureSimulator.Kind.GOOD);
        assertArrayEquals(first, camera.jpeg(7, 3, LiveCaptureSimulator.Kind.GOOD));
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(first));
        assertEquals(LiveCaptureSimulator.WIDTH, decoded.getWidth());
        assertEquals(LiveCaptureSimulator.HEIGHT, decoded.getHeight());
        assertTrue(first[0] == (byte) 0xFF && first[1] == (byte) 0xD8, "JPEG start of image marker");
    }

    @Test
    void anotherCaptureSeedVariesPoseLightAndScene() {
        double difference = meanAbsoluteDifference(camera.render(7, 3, LiveCaptureSimulator.Kind.GOOD),
                camera.render(7, 4, LiveCaptureSimulator.Kind.GOOD));
        assertTrue(difference > 5, "two captures of one person differ by only " + difference);
    }

    private static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    static double meanAbsoluteDifference(BufferedImage a, BufferedImage b) {
        int[] pa = pixels(a);
        int[] pb = pixels(b);
        long sum = 0;
        for (int i = 0; i < pa.length; i++) {
            for (int shift = 0; shift <= 16; shift += 8) {
                sum += Math.abs(((pa[i] >> shift) & 0xFF) - ((pb[i] >> shift) & 0xFF));
            }
        }
        return sum / (3.0 * pa.length);
    }
}
