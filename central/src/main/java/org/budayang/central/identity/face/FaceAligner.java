package org.budayang.central.identity.face;

/**
 * Cuts the face out of a frame into a {@link FaceTemplate}: a box of fixed proportions around the
 * anchor of the detected region (its widest rows, ear to ear), scaled by that width (the most stable
 * measure of a skin region under hair, pose and light), turned back by the region's tilt
 * and resampled to 64×80 with 3×3 supersampling of bilinear samples (an area filter that also
 * averages sensor noise away).
 */
final class FaceAligner {
    private static final double BOX_WIDTH = 1.2;
    private static final double BOX_HEIGHT = 1.45;
    /** Where the anchor (widest rows) sits in the box: this fraction of its height from the top. */
    private static final double ANCHOR_AT = 0.45;

    FaceTemplate align(Frame frame, FaceRegion region) {
        int n = FaceTemplate.WIDTH * FaceTemplate.HEIGHT;
        float[] luma = new float[n];
        float[] red = new float[n];
        float[] green = new float[n];
        double boxW = region.width() * BOX_WIDTH;
        double boxH = region.width() * BOX_HEIGHT;
        double cos = Math.cos(region.tilt());
        double sin = Math.sin(region.tilt());
        double down = (0.5 - ANCHOR_AT) * boxH;
        double centreX = region.anchorX() - sin * down;
        double centreY = region.anchorY() + cos * down;
        double[] rgb = new double[3];
        for (int y = 0; y < FaceTemplate.HEIGHT; y++) {
            for (int x = 0; x < FaceTemplate.WIDTH; x++) {
                double r = 0;
                double g = 0;
                double b = 0;
                for (int sy = 0; sy < 3; sy++) {
                    for (int sx = 0; sx < 3; sx++) {
                        double u = ((x + (sx + 0.5) / 3) / FaceTemplate.WIDTH - 0.5) * boxW;
                        double v = ((y + (sy + 0.5) / 3) / FaceTemplate.HEIGHT - 0.5) * boxH;
                        sample(frame, centreX + u * cos - v * sin, centreY + u * sin + v * cos, rgb);
                        r += rgb[0];
                        g += rgb[1];
                        b += rgb[2];
                    }
                }
                int i = y * FaceTemplate.WIDTH + x;
                luma[i] = (float) ((0.299 * r + 0.587 * g + 0.114 * b) / 9);
                double sum = r + g + b + 1e-6;
                red[i] = (float) (r / sum);
                green[i] = (float) (g / sum);
            }
        }
        return new FaceTemplate(luma, red, green);
    }

    /** Bilinear sample at (fx, fy), edges clamped. */
    private static void sample(Frame frame, double fx, double fy, double[] out) {
        double x = Math.max(0, Math.min(frame.width() - 1.001, fx - 0.5));
        double y = Math.max(0, Math.min(frame.height() - 1.001, fy - 0.5));
        int x0 = (int) x;
        int y0 = (int) y;
        double ax = x - x0;
        double ay = y - y0;
        int p00 = frame.at(x0, y0);
        int p10 = frame.at(x0 + 1, y0);
        int p01 = frame.at(x0, y0 + 1);
        int p11 = frame.at(x0 + 1, y0 + 1);
        for (int c = 0; c < 3; c++) {
            int shift = 16 - 8 * c;
            double top = ((p00 >> shift) & 0xFF) * (1 - ax) + ((p10 >> shift) & 0xFF) * ax;
            double bottom = ((p01 >> shift) & 0xFF) * (1 - ax) + ((p11 >> shift) & 0xFF) * ax;
            out[c] = top * (1 - ay) + bottom * ay;
        }
    }
}
