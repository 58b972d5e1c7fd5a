package org.budayang.central.identity.face;

import java.awt.image.BufferedImage;

/** An RGB picture as packed 0xRRGGBB pixels, row by row. */
record Frame(int width, int height, int[] rgb) {
    Frame {
        if (width < 1 || height < 1 || rgb.length != width * height) {
            throw new IllegalArgumentException("Frame " + width + "x" + height + " does not fit " + rgb.length
                    + " pixels");
        }
    }

    static Frame of(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        return new Frame(w, h, image.getRGB(0, 0, w, h, null, 0, w));
    }

    int at(int x, int y) {
        return rgb[y * width + x];
    }

    /** Mean and standard deviation of luma over the whole frame. */
    double[] lumaStats() {
        double sum = 0;
        double sq = 0;
        for (int p : rgb) {
            double l = Pixels.luma(p);
            sum += l;
            sq += l * l;
        }
        double mean = sum / rgb.length;
        return new double[] {mean, Math.sqrt(Math.max(0, sq / rgb.length - mean * mean))};
    }
}
