package org.budayang.central.identity.face;

/**
 * The similarity of two aligned faces, 0..1: half the structural similarity (SSIM, Wang et al.
 * 2004) of their luma after each is standardised to zero mean and unit variance inside the face
 * mask (which removes overall brightness and contrast), half a colour similarity that lighting does
 * not change (skin chromaticity, hair brightness relative to the skin).
 *
 * <p>A sandbox image measure, documented in {@code docs/sandbox/face-matching.md}; not a biometric
 * product.
 */
final class FaceComparator {
    static final double SSIM_WEIGHT = 0.5;
    static final double COLOUR_WEIGHT = 0.5;
    private static final int WINDOW = 8;
    private static final int STRIDE = 4;
    private static final double C1 = 0.0036;
    private static final double C2 = 0.0324;

    double score(FaceTemplate a, FaceTemplate b) {
        double s = SSIM_WEIGHT * Math.max(0, ssim(a, b)) + COLOUR_WEIGHT * Math.max(0, colour(a, b));
        return Math.max(0, Math.min(1, s));
    }

    double ssim(FaceTemplate a, FaceTemplate b) {
        float[] x = standardised(smoothed(a.luma()));
        float[] y = standardised(smoothed(b.luma()));
        int w = FaceTemplate.WIDTH;
        double total = 0;
        int windows = 0;
        for (int top = 0; top + WINDOW <= FaceTemplate.HEIGHT; top += STRIDE) {
            for (int left = 0; left + WINDOW <= w; left += STRIDE) {
                if (!FaceTemplate.MASK[(top + WINDOW / 2) * w + left + WINDOW / 2]) {
                    continue;
                }
                double sx = 0;
                double sy = 0;
                double sxx = 0;
                double syy = 0;
                double sxy = 0;
                for (int yy = top; yy < top + WINDOW; yy++) {
                    for (int xx = left; xx < left + WINDOW; xx++) {
                        double p = x[yy * w + xx];
                        double q = y[yy * w + xx];
                        sx += p;
                        sy += q;
                        sxx += p * p;
                        syy += q * q;
                        sxy += p * q;
                    }
                }
                int n = WINDOW * WINDOW;
                double mx = sx / n;
                double my = sy / n;
                double vx = sxx / n - mx * mx;
                double vy = syy / n - my * my;
                double cov = sxy / n - mx * my;
                total += ((2 * mx * my + C1) * (2 * cov + C2)) / ((mx * mx + my * my + C1) * (vx + vy + C2));
                windows++;
            }
        }
        return total / windows;
    }

    /**
     * Similarity 0..1 of the colours that lighting does not change: the r/g chromaticity of the
     * cheeks and nose (skin tone), and the brightness of the hair band above the forehead relative
     * to the skin (black, grey or white hair, or a bald head).
     */
    double colour(FaceTemplate a, FaceTemplate b) {
        double[] fa = colourFeatures(a);
        double[] fb = colourFeatures(b);
        double dr = (fa[0] - fb[0]) / 0.015;
        double dg = (fa[1] - fb[1]) / 0.015;
        double dh = (fa[2] - fb[2]) / 0.12;
        return Math.exp(-(dr * dr + dg * dg + dh * dh) / 2);
    }

    private static double[] colourFeatures(FaceTemplate t) {
        double[] skin = mean(t, 22, 42, 44, 60);
        double[] hair = mean(t, 26, 38, 4, 12);
        return new double[] {skin[1], skin[2], hair[0] / Math.max(1, skin[0])};
    }

    /** Mean luma, r and g over the rectangle [x0, x1) × [y0, y1) of the template. */
    private static double[] mean(FaceTemplate t, int x0, int x1, int y0, int y1) {
        double l = 0;
        double r = 0;
        double g = 0;
        int n = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                int i = y * FaceTemplate.WIDTH + x;
                l += t.luma()[i];
                r += t.red()[i];
                g += t.green()[i];
                n++;
            }
        }
        return new double[] {l / n, r / n, g / n};
    }

    /** Sharpness: variance of the 4-neighbour Laplacian over the variance of the luma, inside the mask. */
    static double sharpness(FaceTemplate t) {
        int w = FaceTemplate.WIDTH;
        float[] l = t.luma();
        double sum = 0;
        double sq = 0;
        double lsum = 0;
        double lsq = 0;
        int n = 0;
        for (int y = 1; y < FaceTemplate.HEIGHT - 1; y++) {
            for (int x = 1; x < w - 1; x++) {
                int i = y * w + x;
                if (!FaceTemplate.MASK[i]) {
                    continue;
                }
                double lap = l[i - 1] + l[i + 1] + l[i - w] + l[i + w] - 4 * l[i];
                lsum += lap;
                lsq += lap * lap;
                sum += l[i];
                sq += l[i] * l[i];
                n++;
            }
        }
        double variance = sq / n - (sum / n) * (sum / n);
        double lapVariance = lsq / n - (lsum / n) * (lsum / n);
        return variance <= 1e-9 ? 0 : lapVariance / variance;
    }

    /** Mean and standard deviation of the luma inside the mask. */
    static double[] maskedStats(FaceTemplate t) {
        double sum = 0;
        double sq = 0;
        int n = 0;
        for (int i = 0; i < t.luma().length; i++) {
            if (FaceTemplate.MASK[i]) {
                sum += t.luma()[i];
                sq += t.luma()[i] * t.luma()[i];
                n++;
            }
        }
        double mean = sum / n;
        return new double[] {mean, Math.sqrt(Math.max(0, sq / n - mean * mean))};
    }

    static final int SMOOTH = 2;

    /** Box blur, {@link #SMOOTH} passes of radius 1: tolerance for a pixel or two of misalignment. */
    private static float[] smoothed(float[] luma) {
        int w = FaceTemplate.WIDTH;
        int h = FaceTemplate.HEIGHT;
        float[] cur = luma.clone();
        for (int pass = 0; pass < SMOOTH; pass++) {
            float[] next = new float[cur.length];
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    float sum = 0;
                    int n = 0;
                    for (int dy = -1; dy <= 1; dy++) {
                        for (int dx = -1; dx <= 1; dx++) {
                            int xx = x + dx;
                            int yy = y + dy;
                            if (xx >= 0 && yy >= 0 && xx < w && yy < h) {
                                sum += cur[yy * w + xx];
                                n++;
                            }
                        }
                    }
                    next[y * w + x] = sum / n;
                }
            }
            cur = next;
        }
        return cur;
    }

    private static float[] standardised(float[] luma) {
        double[] stats = maskedStats(new FaceTemplate(luma, luma, luma));
        double sd = Math.max(stats[1], 1e-3);
        float[] out = new float[luma.length];
        for (int i = 0; i < luma.length; i++) {
            out[i] = FaceTemplate.MASK[i] ? (float) ((luma[i] - stats[0]) / sd) : 0f;
        }
        return out;
    }

}
