package org.budayang.central.identity.face;

/**
 * Thresholds of the sandbox face analysis; configuration keys {@code identity.face.*} (see
 * {@code docs/sandbox/face-matching.md} for how the defaults were measured).
 *
 * @param matchThreshold  score 0..1 at or above which a face matches the registered photo
 * @param minBrightness   mean luma 0..255 below which a frame or face is too dark
 * @param maxBrightness   mean luma 0..255 above which a frame is overexposed
 * @param minContrast     standard deviation of the face's luma below which it is too flat to compare
 * @param minSharpness    Laplacian-to-luma variance ratio of the aligned face below which it is blurred
 * @param minFaceFraction face width (ear to ear) over frame width below which the face is too small
 * @param maxCentreOffset how far the face centre may be from the frame centre, as a fraction of the frame
 */
public record FaceSettings(double matchThreshold, double minBrightness, double maxBrightness, double minContrast,
                           double minSharpness, double minFaceFraction, double maxCentreOffset) {
    public static final FaceSettings DEFAULTS = new FaceSettings(0.50, 40, 230, 8, 0.20, 0.14, 0.30);

    public FaceSettings {
        range("identity.face.matchThreshold", matchThreshold, 0, 1);
        range("identity.face.minBrightness", minBrightness, 0, 255);
        range("identity.face.maxBrightness", maxBrightness, minBrightness, 255);
        range("identity.face.minContrast", minContrast, 0, 128);
        range("identity.face.minSharpness", minSharpness, 0, 100);
        range("identity.face.minFaceFraction", minFaceFraction, 0, 1);
        range("identity.face.maxCentreOffset", maxCentreOffset, 0, 0.5);
    }

    private static void range(String key, double value, double min, double max) {
        if (Double.isNaN(value) || value < min || value > max) {
            throw new IllegalArgumentException(key + " = " + value + " is out of range; expected " + min + ".." + max);
        }
    }
}
