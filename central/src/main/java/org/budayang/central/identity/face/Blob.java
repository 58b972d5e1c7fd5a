package org.budayang.central.identity.face;

/**
 * One connected skin region of the working mask, measured as a face candidate: the rows from its
 * top down to the chin (where it narrows to the neck), their widest extent (cheeks and ears, at
 * about eye level: the anchor of the alignment), centroid and second moments.
 */
final class Blob {
    private static final double NECK_RATIO = 0.55;
    private static final double PLATEAU = 0.96;
    private static final double MAX_TILT = Math.toRadians(15);

    private int area;
    private int top;
    private int bottom;
    private int widest;
    private double anchorX;
    private double anchorY;
    private double cx;
    private double mu20;
    private double mu02;
    private double mu11;
    private boolean touchesBorder;

    private Blob() {
    }

    /** Labels the 4-connected region from {@code start} and measures it. */
    static Blob flood(boolean[] mask, int[] labels, int[] queue, int w, int h, int start, int label) {
        int size = 0;
        queue[size++] = start;
        labels[start] = label;
        for (int head = 0; head < size; head++) {
            int p = queue[head];
            int x = p % w;
            int y = p / w;
            if (x > 0) {
                size = visit(mask, labels, queue, size, p - 1, label);
            }
            if (x < w - 1) {
                size = visit(mask, labels, queue, size, p + 1, label);
            }
            if (y > 0) {
                size = visit(mask, labels, queue, size, p - w, label);
            }
            if (y < h - 1) {
                size = visit(mask, labels, queue, size, p + w, label);
            }
        }
        Blob blob = new Blob();
        blob.measure(queue, size, w, h);
        return blob;
    }

    private static int visit(boolean[] mask, int[] labels, int[] queue, int size, int p, int label) {
        if (mask[p] && labels[p] == 0) {
            labels[p] = label;
            queue[size++] = p;
        }
        return size;
    }

    private void measure(int[] pixels, int size, int w, int h) {
        int[] minX = new int[h];
        int[] maxX = new int[h];
        java.util.Arrays.fill(minX, Integer.MAX_VALUE);
        java.util.Arrays.fill(maxX, -1);
        int first = h;
        int last = -1;
        for (int i = 0; i < size; i++) {
            int x = pixels[i] % w;
            int y = pixels[i] / w;
            minX[y] = Math.min(minX[y], x);
            maxX[y] = Math.max(maxX[y], x);
            first = Math.min(first, y);
            last = Math.max(last, y);
        }
        top = first;
        int searchEnd = first + (int) Math.ceil((last - first) * 0.75);
        int widestRow = first;
        for (int y = first; y <= searchEnd; y++) {
            if (extent(minX, maxX, y) > extent(minX, maxX, widestRow)) {
                widestRow = y;
            }
        }
        widest = extent(minX, maxX, widestRow);
        int plateau = 0;
        for (int y = first; y <= searchEnd; y++) {
            if (extent(minX, maxX, y) >= widest * PLATEAU) {
                anchorX += (minX[y] + maxX[y]) / 2.0;
                anchorY += y;
                plateau++;
            }
        }
        anchorX /= plateau;
        anchorY /= plateau;
        bottom = last;
        for (int y = widestRow + 1; y <= last; y++) {
            if (extent(minX, maxX, y) < widest * NECK_RATIO) {
                bottom = y - 1;
                break;
            }
        }
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double syy = 0;
        double sxy = 0;
        for (int i = 0; i < size; i++) {
            int y = pixels[i] / w;
            if (y > bottom) {
                continue;
            }
            int x = pixels[i] % w;
            if (x == 0 || y == 0 || x == w - 1 || y == h - 1) {
                touchesBorder = true;
            }
            area++;
            sx += x;
            sy += y;
            sxx += (double) x * x;
            syy += (double) y * y;
            sxy += (double) x * y;
        }
        cx = sx / area;
        double cy = sy / area;
        mu20 = sxx / area - cx * cx;
        mu02 = syy / area - cy * cy;
        mu11 = sxy / area - cx * cy;
    }

    private static int extent(int[] minX, int[] maxX, int y) {
        return maxX[y] < 0 ? 0 : maxX[y] - minX[y] + 1;
    }

    int area() {
        return area;
    }

    private int height() {
        return bottom - top + 1;
    }

    @Override
    public String toString() {
        return "Blob[area " + area + ", rows " + top + ".." + bottom + ", widest " + widest + "]";
    }

    boolean plausibleFace() {
        double aspect = height() / (double) widest;
        double fill = area / ((double) height() * widest);
        return aspect >= 0.4 && aspect <= 2.0 && fill >= 0.45;
    }

    /** The face region in the pixels of the full frame ({@code step} working pixels per block). */
    FaceRegion region(int step, int w, int h) {
        double centreX = (cx + 0.5) * step;
        double centreY = ((top + bottom) / 2.0 + 0.5) * step;
        return new FaceRegion(centreX, centreY, widest * step, height() * (double) step, (anchorX + 0.5) * step,
                (anchorY + 0.5) * step, tilt(), touchesBorder);
    }

    /** Tilt of the major axis from vertical; 0 when the region is too round to tell. */
    private double tilt() {
        double common = Math.sqrt(4 * mu11 * mu11 + (mu20 - mu02) * (mu20 - mu02));
        double major = (mu20 + mu02 + common) / 2;
        double minor = (mu20 + mu02 - common) / 2;
        if (minor <= 0 || major / minor < 1.3) {
            return 0;
        }
        double alpha = 0.5 * Math.atan2(2 * mu11, mu20 - mu02);
        double t = alpha > 0 ? alpha - Math.PI / 2 : alpha + Math.PI / 2;
        return Math.abs(t) <= MAX_TILT ? t : 0;
    }
}
