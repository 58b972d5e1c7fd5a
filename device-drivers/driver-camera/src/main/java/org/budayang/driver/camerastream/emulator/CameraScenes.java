package org.budayang.driver.camerastream.emulator;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Optional;
import java.time.Instant;
import javax.imageio.ImageIO;
import org.budayang.driver.camera.CaptureAdvice;
import org.budayang.driver.camera.Frame;

/**
 * 640×480 camera scenes built with Java2D from a public-domain portrait (astronaut.png, see README.md next to it):
 * the good portrait and one scene per thing the face check can find wrong with it. The demo plays them through
 * the camera-images driver ({@link CameraEmulatorMain}); the face-check tests assess them.
 */
public final class CameraScenes {
    public static final int WIDTH = 640;
    public static final int HEIGHT = 480;
    private static final BufferedImage ASTRONAUT = read("astronaut.png");

    /** A scene by name, with the advice the face check gives on it. */
    public enum Scene {
        READY("ready", CaptureAdvice.READY),
        NO_FACE("no-face", CaptureAdvice.NO_FACE),
        TWO_FACES("two-faces", CaptureAdvice.SEVERAL_FACES),
        TOO_FAR("too-far", CaptureAdvice.TOO_FAR),
        TOO_CLOSE("too-close", CaptureAdvice.TOO_CLOSE),
        OFF_CENTRE("off-centre", CaptureAdvice.OFF_CENTRE),
        DARK("dark", CaptureAdvice.TOO_DARK),
        BRIGHT("bright", CaptureAdvice.TOO_BRIGHT),
        BLURRED("blurred", CaptureAdvice.BLURRED);

        private final String label;
        private final CaptureAdvice advice;

        Scene(String label, CaptureAdvice advice) {
            this.label = label;
            this.advice = advice;
        }

        public String label() {
            return label;
        }

        /** What the face check says about this scene. */
        public CaptureAdvice advice() {
            return advice;
        }

        public BufferedImage image() {
            switch (this) {
                case READY:
                    return portrait();
                case NO_FACE:
                    return noFace();
                case TWO_FACES:
                    return twoFaces();
                case TOO_FAR:
                    return tooFar();
                case TOO_CLOSE:
                    return tooClose();
                case OFF_CENTRE:
                    return offCentre();
                case DARK:
                    return darker(portrait(), 0.25);
                case BRIGHT:
                    return brighter(portrait(), 0.3);
                default:
                    return blurred(portrait(), 9);
            }
        }

        /** The scene with this label, e.g. {@code too-far}. */
        public static Optional<Scene> byLabel(String label) {
            for (Scene scene : values()) {
                if (scene.label.equalsIgnoreCase(label.strip())) {
                    return Optional.of(scene);
                }
            }
            return Optional.empty();
        }
    }

    private CameraScenes() {
    }

    /**
     * Makes {@code scene} the only picture in {@code folder} (a camera-images folder), replacing what was shown:
     * written beside the folder, then renamed over {@code scene.png}, so the camera never reads half a file.
     */
    public static void show(Path folder, Scene scene) throws IOException {
        Files.createDirectories(folder);
        Path aside = Files.createTempFile(folder.toAbsolutePath().getParent(), ".scene-", ".png");
        try {
            if (!ImageIO.write(scene.image(), "png", aside.toFile())) {
                throw new IOException("no PNG writer in ImageIO");
            }
            Files.move(aside, folder.resolve("scene.png"), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(aside);
        }
    }

    /** The face (head and shoulders) filling about a third of the frame width, centred. */
    public static BufferedImage portrait() {
        return crop(ASTRONAUT, 100, 10, 300, 225);
    }

    /** The astronaut's suit and the flag behind her: no face. */
    public static BufferedImage noFace() {
        return crop(ASTRONAUT, 180, 300, 330, 210);
    }

    /** Two people side by side, each face as large as the other. */
    public static BufferedImage twoFaces() {
        BufferedImage scene = canvas(new Color(120, 120, 120));
        Graphics2D g = graphics(scene);
        g.drawImage(crop(ASTRONAUT, 100, 10, 300, 225), 0, 60, WIDTH / 2, 240, null);
        g.drawImage(crop(ASTRONAUT, 100, 10, 300, 225), WIDTH / 2, 60, WIDTH / 2, 240, null);
        g.dispose();
        return scene;
    }

    /** The whole portrait small in the middle of a grey hall: the face is about a ninth of the frame wide. */
    public static BufferedImage tooFar() {
        BufferedImage scene = canvas(new Color(128, 128, 128));
        Graphics2D g = graphics(scene);
        g.drawImage(ASTRONAUT, 170, 70, 360, 360, null);
        g.dispose();
        return scene;
    }

    /** The face filling the frame. */
    public static BufferedImage tooClose() {
        return crop(ASTRONAUT, 160, 67, 126, 95);
    }

    /** The portrait pushed to the left edge. */
    public static BufferedImage offCentre() {
        BufferedImage scene = canvas(new Color(128, 128, 128));
        Graphics2D g = graphics(scene);
        g.drawImage(crop(ASTRONAUT, 100, 10, 300, 225), -140, 0, WIDTH, HEIGHT, null);
        g.dispose();
        return scene;
    }

    /** Every pixel of {@code scene} times {@code factor} (a dim hall). */
    public static BufferedImage darker(BufferedImage scene, double factor) {
        return map(scene, v -> (int) (v * factor));
    }

    /** {@code scene} washed out towards white (strong light from behind the screen). */
    public static BufferedImage brighter(BufferedImage scene, double keep) {
        return map(scene, v -> 255 - (int) ((255 - v) * keep));
    }

    /** {@code scene} blurred by a box filter of {@code size}×{@code size}, applied twice (motion, smeared lens). */
    public static BufferedImage blurred(BufferedImage scene, int size) {
        float[] weights = new float[size * size];
        Arrays.fill(weights, 1f / weights.length);
        ConvolveOp op = new ConvolveOp(new Kernel(size, size, weights), ConvolveOp.EDGE_NO_OP, null);
        return op.filter(op.filter(scene, null), null);
    }

    public static Frame frame(BufferedImage scene) {
        int[] argb = scene.getRGB(0, 0, WIDTH, HEIGHT, null, 0, WIDTH);
        for (int i = 0; i < argb.length; i++) {
            argb[i] |= 0xFF000000;
        }
        return new Frame(WIDTH, HEIGHT, argb, 1, Instant.parse("2026-11-27T08:00:00Z"));
    }

    @FunctionalInterface
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
        try (InputStream in = CameraScenes.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("test resource " + resource + " is missing");
            }
            return ImageIO.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
