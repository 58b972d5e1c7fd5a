package org.budayang.kiosk.ui.face;

import java.util.Objects;

/**
 * A preview frame made ready for the screen off the FX thread: scaled down to what the preview area shows,
 * mirrored (the citizen sees themself as in a mirror), packed ARGB. The view copies it into its WritableImage.
 * Never logged (a picture of a citizen); its {@link #toString()} shows only the size. Equality is identity (the
 * record's own, arrays by reference): every new preview is a change for the screen, and no pixels are compared on
 * the FX thread.
 */
public record PreviewImage(int width, int height, int[] argb) {

    public PreviewImage {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("PreviewImage size must be positive, got " + width + "x" + height);
        }
        Objects.requireNonNull(argb, "PreviewImage.argb is required");
        if (argb.length != width * height) {
            throw new IllegalArgumentException("PreviewImage.argb: " + width + "x" + height + " needs "
                    + width * height + " pixels, got " + argb.length);
        }
    }

    /**
     * Scales {@code argb} ({@code width}×{@code height}) to fit in {@code maxWidth}×{@code maxHeight} (never up),
     * mirrored left to right, nearest neighbour.
     */
    public static PreviewImage fit(int[] argb, int width, int height, int maxWidth, int maxHeight) {
        double scale = Math.min(1.0, Math.min((double) maxWidth / width, (double) maxHeight / height));
        int w = Math.max(1, (int) Math.round(width * scale));
        int h = Math.max(1, (int) Math.round(height * scale));
        int[] out = new int[w * h];
        for (int y = 0; y < h; y++) {
            int sy = Math.min(height - 1, (int) (y / scale));
            int row = sy * width;
            int o = y * w;
            for (int x = 0; x < w; x++) {
                int sx = Math.min(width - 1, (int) ((w - 1 - x) / scale));
                out[o + x] = argb[row + sx] | 0xFF000000;
            }
        }
        return new PreviewImage(w, h, out);
    }

    /** Zeroes the pixels (the wipe). */
    public void clear() {
        java.util.Arrays.fill(argb, 0);
    }

    @Override
    public String toString() {
        return "PreviewImage[" + width + "x" + height + "]";
    }
}
