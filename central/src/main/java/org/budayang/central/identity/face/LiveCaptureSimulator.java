package org.budayang.central.identity.face;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.util.SplittableRandom;

/**
 * What a kiosk camera would see of a sandbox person: the face of their register photo in a service
 * hall scene, moved, scaled and slightly turned, under other lighting, with sensor noise, as a
 * 640×480 frame (JPEG via {@link JpegCodec}). Also the bad captures a kiosk meets every day
 * ({@link Kind}). Deterministic: the same person, capture seed and kind give the same frame.
 */
public final class LiveCaptureSimulator {
    public static final int WIDTH = 640;
    public static final int HEIGHT = 480;

    /** The kind of capture to simulate. */
    public enum Kind {
        /** The person, well placed, under ordinary varied conditions. */
        GOOD,
        /** The scene without anyone in it. */
        EMPTY_SCENE,
        /** The person in near darkness (a broken light, night at a village station). */
        TOO_DARK,
        /** The person moving or the camera out of focus. */
        BLURRED,
        /** The person standing far back. */
        TOO_SMALL,
        /** The person at the edge of the picture, partly outside it. */
        OFF_CENTRE,
        /** A different person in front of the camera (another seed). */
        SOMEONE_ELSE
    }

    private static final Color[] WALLS = {
        new Color(206, 209, 212), new Color(188, 204, 222), new Color(200, 216, 202), new Color(232, 232, 230),
        new Color(170, 180, 196)
    };

    /** A capture of the person with {@code photoSeed}; {@code captureSeed} picks pose, light, noise, scene. */
    public BufferedImage render(long photoSeed, long captureSeed, Kind kind) {
        SplittableRandom r = new SplittableRandom(captureSeed * 0x9E3779B97F4A7C15L + kind.ordinal());
        double dx = r.nextDouble(-50, 50);
        double dy = r.nextDouble(-22, 22);
        double scale = r.nextDouble(0.74, 1.0);
        double angle = Math.toRadians(r.nextDouble(-5, 5));
        double gain = r.nextDouble(0.62, 1.2);
        double side = r.nextDouble(-0.25, 0.25);
        double castRed = r.nextDouble(-0.05, 0.05);
        double castBlue = r.nextDouble(-0.05, 0.05);
        double noise = r.nextDouble(1.5, 6);
        int blurRadius = 0;
        long seed = photoSeed;
        switch (kind) {
            case TOO_DARK -> gain = r.nextDouble(0.08, 0.15);
            case BLURRED -> blurRadius = 7 + r.nextInt(4);
            case TOO_SMALL -> scale = r.nextDouble(0.26, 0.34);
            case OFF_CENTRE -> dx = (r.nextBoolean() ? 1 : -1) * r.nextDouble(245, 275);
            case SOMEONE_ELSE -> seed = new SplittableRandom(photoSeed ^ captureSeed).nextLong() ^ 0x2545F4914F6CDD1DL;
            default -> {
                // GOOD and EMPTY_SCENE use the ordinary variation
            }
        }
        BufferedImage frame = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = frame.createGraphics();
        try {
            paintScene(g, r);
            if (kind != Kind.EMPTY_SCENE) {
                AffineTransform place = new AffineTransform();
                place.translate(WIDTH / 2.0 + dx, HEIGHT / 2.0 + 10 + dy);
                place.rotate(angle);
                place.scale(scale, scale);
                place.translate(-FacePainter.CX, -FacePainter.CY);
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                g.transform(place);
                FacePainter.paint(g, FaceFeatures.fromSeed(seed));
            }
        } finally {
            g.dispose();
        }
        int[] rgb = frame.getRGB(0, 0, WIDTH, HEIGHT, null, 0, WIDTH);
        if (blurRadius > 0) {
            for (int pass = 0; pass < 3; pass++) {
                Pixels.boxBlurRgb(rgb, WIDTH, HEIGHT, blurRadius);
            }
        }
        light(rgb, gain, side, castRed, castBlue, noise, r);
        frame.setRGB(0, 0, WIDTH, HEIGHT, rgb, 0, WIDTH);
        return frame;
    }

    /** As {@link #render} encoded as a JPEG of the quality a kiosk camera pipeline typically sends. */
    public byte[] jpeg(long photoSeed, long captureSeed, Kind kind) {
        float quality = (float) new SplittableRandom(captureSeed).nextDouble(0.6, 0.9);
        return JpegCodec.encode(render(photoSeed, captureSeed, kind), quality);
    }

    private static void paintScene(Graphics2D g, SplittableRandom r) {
        Color wall = WALLS[r.nextInt(WALLS.length)];
        g.setColor(wall);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setColor(FacePainter.lighter(wall, 0.82));
        int dado = 300 + r.nextInt(80);
        g.fillRect(0, dado, WIDTH, HEIGHT - dado);
        int doorX = r.nextInt(WIDTH - 140);
        g.setColor(new Color(96, 104, 118));
        g.fillRect(doorX, 40 + r.nextInt(40), 120, HEIGHT);
        // a wooden door frame: skin-coloured, but long and thin, so no face
        g.setColor(new Color(172, 122, 78));
        g.fillRect(doorX - 10, 40, 10, HEIGHT);
        int posterX = r.nextInt(WIDTH - 110);
        g.setColor(new Color(190, 36, 40));
        g.fillRect(posterX, 30 + r.nextInt(30), 100, 70);
        g.setColor(new Color(250, 220, 60));
        g.fillOval(posterX + 10, 45, 22, 22);
    }

    private static void light(int[] rgb, double gain, double side, double castRed, double castBlue, double noise,
                              SplittableRandom r) {
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                int i = y * WIDTH + x;
                double g = gain * (1 + side * ((2.0 * x / WIDTH) - 1));
                double n = r.nextDouble(-noise, noise) + r.nextDouble(-noise, noise);
                int p = rgb[i];
                int red = Pixels.clamp(((p >> 16) & 0xFF) * g * (1 + castRed) + n);
                int green = Pixels.clamp(((p >> 8) & 0xFF) * g + n);
                int blue = Pixels.clamp((p & 0xFF) * g * (1 + castBlue) + n);
                rgb[i] = (red << 16) | (green << 8) | blue;
            }
        }
    }
}
