package org.budayang.central.identity.face;

import java.util.Optional;

/**
 * Finds the face in a capture by skin colour: the frame is reduced by block averaging (which also
 * removes sensor noise), first to about 160 pixels wide, then again so that the face found is
 * about 64 pixels wide (so that the result does not depend on the picture's size), each pixel classified as skin in YCbCr
 * (Chai and Ngan's chroma box, with a floor on luma), the mask opened to cut away thin
 * skin-coloured structures (door frames, furniture edges) and then closed to bridge the thin dark
 * lines (brows, glasses) that cut across a face, and the connected regions measured. A
 * region is a plausible face when, after cutting off the neck (the rows below the widest row that
 * are narrower than 55 % of it), it is roughly as tall as wide and fills most of its box; the
 * largest plausible region wins.
 *
 * <p>This is a sandbox method, good for the synthetic captures it is tested on; it is no substitute
 * for a trained face detector on real people.
 */
final class FaceDetector {
    private static final int WORKING_WIDTH = 160;
    private static final int OPEN_RADIUS = 2;
    private static final int MIN_AREA = 40;
    private static final double FACE_WORKING_WIDTH = 64;
    private static final int FINE_RADIUS = 3;

    Optional<FaceRegion> detect(Frame frame) {
        int coarse = Math.max(1, Math.round(frame.width() / (float) WORKING_WIDTH));
        Optional<FaceRegion> first = detect(frame, coarse, OPEN_RADIUS);
        if (first.isEmpty()) {
            return first;
        }
        // again at a resolution relative to the face, so that the morphology and the measures
        // scale with it: the same face gives the same region in a large or small picture
        int fine = Math.max(1, (int) Math.round(first.get().width() / FACE_WORKING_WIDTH));
        return detect(frame, fine, FINE_RADIUS);
    }

    private static Optional<FaceRegion> detect(Frame frame, int step, int radius) {
        int w = frame.width() / step;
        int h = frame.height() / step;
        if (w < 16 || h < 16) {
            return Optional.empty();
        }
        boolean[] skin = skinMask(frame, step, w, h);
        skin = Morphology.close(Morphology.open(skin, w, h, radius), w, h, radius);
        int[] labels = new int[w * h];
        Blob best = null;
        int next = 0;
        int[] queue = new int[w * h];
        for (int start = 0; start < skin.length; start++) {
            if (!skin[start] || labels[start] != 0) {
                continue;
            }
            next++;
            Blob blob = Blob.flood(skin, labels, queue, w, h, start, next);
            if (blob.area() >= MIN_AREA && blob.plausibleFace() && (best == null || blob.area() > best.area())) {
                best = blob;
            }
        }
        return best == null ? Optional.empty() : Optional.of(best.region(step, w, h));
    }

    private static boolean[] skinMask(Frame frame, int step, int w, int h) {
        boolean[] mask = new boolean[w * h];
        int n = step * step;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int sr = 0;
                int sg = 0;
                int sb = 0;
                for (int dy = 0; dy < step; dy++) {
                    int row = (y * step + dy) * frame.width() + x * step;
                    for (int dx = 0; dx < step; dx++) {
                        int p = frame.rgb()[row + dx];
                        sr += (p >> 16) & 0xFF;
                        sg += (p >> 8) & 0xFF;
                        sb += p & 0xFF;
                    }
                }
                mask[y * w + x] = isSkin((double) sr / n, (double) sg / n, (double) sb / n);
            }
        }
        return mask;
    }

    static boolean isSkin(double r, double g, double b) {
        double luma = 0.299 * r + 0.587 * g + 0.114 * b;
        double cb = 128 - 0.168736 * r - 0.331264 * g + 0.5 * b;
        double cr = 128 + 0.5 * r - 0.418688 * g - 0.081312 * b;
        return luma >= 40 && cb >= 77 && cb <= 127 && cr >= 138 && cr <= 173;
    }
}
