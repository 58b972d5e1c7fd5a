package org.budayang.central.identity.face;

/** Binary erosion and dilation with a square structuring element (separable min / max). */
final class Morphology {
    private Morphology() {
    }

    /** Erosion then dilation: removes structures narrower than {@code 2 * radius + 1}. */
    static boolean[] open(boolean[] mask, int w, int h, int radius) {
        return dilate(erode(mask, w, h, radius), w, h, radius);
    }

    /** Dilation then erosion: fills gaps narrower than {@code 2 * radius + 1}. */
    static boolean[] close(boolean[] mask, int w, int h, int radius) {
        return erode(dilate(mask, w, h, radius), w, h, radius);
    }

    static boolean[] erode(boolean[] mask, int w, int h, int radius) {
        return pass(pass(mask, w, h, radius, true, true), w, h, radius, false, true);
    }

    static boolean[] dilate(boolean[] mask, int w, int h, int radius) {
        return pass(pass(mask, w, h, radius, true, false), w, h, radius, false, false);
    }

    /** One direction: erosion keeps a pixel when all neighbours are set, dilation when any is. */
    private static boolean[] pass(boolean[] in, int w, int h, int radius, boolean horizontal, boolean erode) {
        boolean[] out = new boolean[in.length];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                boolean result = erode;
                for (int k = -radius; k <= radius && result == erode; k++) {
                    int xx = horizontal ? x + k : x;
                    int yy = horizontal ? y : y + k;
                    boolean v = xx >= 0 && yy >= 0 && xx < w && yy < h && in[yy * w + xx];
                    if (erode ? !v : v) {
                        result = !erode;
                    }
                }
                out[y * w + x] = result;
            }
        }
        return out;
    }
}
