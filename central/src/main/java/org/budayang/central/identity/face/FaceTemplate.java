package org.budayang.central.identity.face;

/**
 * An aligned face crop ({@link #WIDTH}×{@link #HEIGHT}): luma and r/g chromaticity per pixel, and
 * the elliptical mask of the pixels that belong to the face (the rest is background). Compared by
 * {@link FaceComparator}.
 */
record FaceTemplate(float[] luma, float[] red, float[] green) {
    static final int WIDTH = 64;
    static final int HEIGHT = 80;
    static final double MASK_X = 0.78;
    static final double MASK_Y = 0.9;
    static final boolean[] MASK = ellipseMask();

    private static boolean[] ellipseMask() {
        boolean[] mask = new boolean[WIDTH * HEIGHT];
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                double u = (x + 0.5 - WIDTH / 2.0) / (WIDTH / 2.0 * MASK_X);
                double v = (y + 0.5 - HEIGHT / 2.0) / (HEIGHT / 2.0 * MASK_Y);
                mask[y * WIDTH + x] = u * u + v * v <= 1;
            }
        }
        return mask;
    }
}
