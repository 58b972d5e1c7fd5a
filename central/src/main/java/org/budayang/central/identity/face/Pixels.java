package org.budayang.central.identity.face;

/** Small pixel operations on packed 0xRRGGBB arrays and grey float arrays. */
final class Pixels {
    private Pixels() {
    }

    static int clamp(double v) {
        return v <= 0 ? 0 : v >= 255 ? 255 : (int) Math.round(v);
    }

    /** ITU-R BT.601 luma of a packed RGB pixel, 0..255. */
    static double luma(int p) {
        return 0.299 * ((p >> 16) & 0xFF) + 0.587 * ((p >> 8) & 0xFF) + 0.114 * (p & 0xFF);
    }

    /** A separable box blur of radius {@code radius}, in place, edges clamped. */
    static void boxBlurRgb(int[] rgb, int width, int height, int radius) {
        int[] tmp = new int[rgb.length];
        blurPass(rgb, tmp, width, height, radius, true);
        blurPass(tmp, rgb, width, height, radius, false);
    }

    private static void blurPass(int[] in, int[] out, int width, int height, int radius, boolean horizontal) {
        int lines = horizontal ? height : width;
        int length = horizontal ? width : height;
        int window = 2 * radius + 1;
        for (int line = 0; line < lines; line++) {
            int sr = 0;
            int sg = 0;
            int sb = 0;
            for (int k = -radius; k <= radius; k++) {
                int p = in[index(line, clampIndex(k, length), width, horizontal)];
                sr += (p >> 16) & 0xFF;
                sg += (p >> 8) & 0xFF;
                sb += p & 0xFF;
            }
            for (int pos = 0; pos < length; pos++) {
                out[index(line, pos, width, horizontal)] = ((sr / window) << 16) | ((sg / window) << 8) | (sb / window);
                int leaving = in[index(line, clampIndex(pos - radius, length), width, horizontal)];
                int entering = in[index(line, clampIndex(pos + radius + 1, length), width, horizontal)];
                sr += ((entering >> 16) & 0xFF) - ((leaving >> 16) & 0xFF);
                sg += ((entering >> 8) & 0xFF) - ((leaving >> 8) & 0xFF);
                sb += (entering & 0xFF) - (leaving & 0xFF);
            }
        }
    }

    private static int index(int line, int pos, int width, boolean horizontal) {
        return horizontal ? line * width + pos : pos * width + line;
    }

    private static int clampIndex(int i, int length) {
        return i < 0 ? 0 : i >= length ? length - 1 : i;
    }
}
