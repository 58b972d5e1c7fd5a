package org.budayang.driver.camerastream.face;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import javax.imageio.ImageIO;
import org.budayang.driver.camera.Frame;

/**
 * 640×480 camera scenes built with Java2D from the public-domain test portrait (see resources/faces/README.md):
 * the good portrait and one scene per thing that can be wrong with it.
 */
final class FaceScenes {
    static final int WIDTH = 640;
    static final int HEIGHT = 480;
    private static final BufferedImage ASTRONAUT = read("/faces/astronaut.png");

    private FaceScenes() {
    }

    /** The face (head and shoulders) filling about a third of the frame width, centred. */
    static BufferedImage portrait() {
        return crop(ASTRONAUT, 100, 10, 300, 225);
    }

    /** The astronaut's suit and the flag behind her: no face. */
    static BufferedImage noFace() {
        return crop(ASTRONAUT, 180, 300, 330, 210);
    }

    /** Two people side by side, each face as large as the other. */
    static BufferedImage twoFaces() {
        BufferedImage scene = canvas(new Color(120, 120, 120));
        Graphics2D g = graphics(scene);
        g.drawImage(crop(ASTRONAUT, 100, 10, 300, 225), 0, 60, WIDTH / 2, 240, null);
        g.drawImage(crop(ASTRONAUT, 100, 10, 300, 225), WIDTH / 2, 60, WIDTH / 2, 240, null);
        g.dispose();
        return scene;
    }

    /** The whole portrait small in the middle of a grey hall: the face is about a ninth of the frame wide. */
    static BufferedImage tooFar() {
        BufferedImage scene = canvas(new Color(128, 128, 128));
        Graphics2D g = graphics(scene);
        g.drawImage(ASTRONAUT, 170, 70, 360, 360, null);
        g.dispose();
        return scene;
    }

    /** The face filling the frame. */
    static BufferedImage tooClose() {
        return crop(ASTRONAUT, 160, 67, 126, 95);
    }

    /** The portrait pushed to the left edge. */
    static BufferedImage offCentre() {
        BufferedImage scene = canvas(new Color(128, 128, 128));
        Graphics2D g = graphics(scene);
        g.drawImage(crop(ASTRONAUT, 100, 10, 300, 225), -140, 0, WIDTH, HEIGHT, null);
        g.dispose();
        return scene;
    }

    /** Every pixel of {@code scene} times {@code factor} (a dim hall). */
    static BufferedImage darker(BufferedImage scene, double factor) {
        return map(scene, v -> (int) (v * factor));
    }

    /** {@code scene} washed out towards white (strong light from behind the screen). */
    static BufferedImage brighter(BufferedImage scene, double keep) {
        return map(scene, v -> 255 - (int) ((255 - v) * keep));
    }

    /** {@code scene} blurred by a box filter of {@code size}×{@code size}, applied twice (motion, smeared lens). */
    static BufferedImage blurred(BufferedImage scene, int size) {
        float[] weights = new float[size * size];
        java.util.Arrays.fill(weights, 1f / weights.length);
        ConvolveOp op = new ConvolveOp(new Kernel(size, size, weights), ConvolveOp.EDGE_NO_OP, null);
        return op.filter(op.filter(scene, null), null);
    }

    static Frame frame(BufferedImage scene) {
        int[] argb = scene.getRGB(0, 0, WIDTH, HEIGHT, null, 0, WIDTH);
        for (int i = 0; i < argb.length; i++) {
            argb[i] |= 0xFF000000;
        }
        return new Frame(WIDTH, HEIGHT, argb, 1, Instant.parse("2026-11-27T08:00:00Z"));
    }

    private interface Level {
        int map(int value);
    }

    private static BufferedImage map(BufferedImage scene, Level level) {
        int width = scene.getWidth();
        int height = scene.getHeight();
        int[] pixels = scene.getRGB(0, 0, width, height, null, 0, width);
        for (int i = 0; i < pixels.length; i++) {
            int p = pixels[i];
            pixels[i] = (clamp(level.map((p >> 16) & 0xFF)) << 16) | (clamp(level.map((p >> 8) & 0xFF)) << 8)
                    | clamp(level.map(p & 0xFF));
        }
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        out.setRGB(0, 0, width, height, pixels, 0, width);
        return out;
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }

    /** The region (x, y, w, h) of {@code source} scaled to the whole frame. */
    private static BufferedImage crop(BufferedImage source, int x, int y, int w, int h) {
        BufferedImage scene = canvas(Color.BLACK);
        Graphics2D g = graphics(scene);
        g.drawImage(source, 0, 0, WIDTH, HEIGHT, x, y, x + w, y + h, null);
        g.dispose();
        return scene;
    }

    private static BufferedImage canvas(Color background) {
        BufferedImage scene = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scene.createGraphics();
        g.setColor(background);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.dispose();
        return scene;
    }

    private static Graphics2D graphics(BufferedImage scene) {
        Graphics2D g = scene.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        return g;
    }

    private static BufferedImage read(String resource) {
        try (InputStream in = FaceScenes.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("test resource " + resource + " is missing");
            }
            return ImageIO.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
