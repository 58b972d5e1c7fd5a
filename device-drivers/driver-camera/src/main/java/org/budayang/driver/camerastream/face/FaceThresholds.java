package org.budayang.driver.camerastream.face;

/**
 * The limits of the face quality check, as fractions of the frame or 0–255 luminance. The defaults are tolerant on
 * purpose (issue #6: elderly users, no passport-photo pose), measured on the test faces (see FaceQualityCheckTest):
 * <ul>
 *   <li>{@code minFaceWidth} 0.20: the face box is at least a fifth of the frame width (at 640 px: 128 px);</li>
 *   <li>{@code maxFaceWidth} 0.60: the detector's box is wider than the face itself; at 0.6 the face nearly fills
 *       the frame and closer still the cascade stops finding it;</li>
 *   <li>{@code maxCentreOffset} 0.25: the face centre may be a quarter of the frame away from the centre;</li>
 *   <li>{@code minLuminance} 50 / {@code maxLuminance} 215: the mean grey level of the face box (older eyes need
 *       light, but a dim hall is accepted);</li>
 *   <li>{@code minSharpness} 12: variance of the Laplacian of the face box scaled to 160 px wide; a sharp webcam
 *       face gives some hundreds, motion blur or a smeared lens well below 12;</li>
 *   <li>{@code otherFaceRatio} 0.5: another face counts (too many people) when it is at least half as wide as the
 *       largest one; smaller faces far behind (a queue in the hall) are ignored.</li>
 * </ul>
 */
public record FaceThresholds(double minFaceWidth, double maxFaceWidth, double maxCentreOffset, int minLuminance,
                             int maxLuminance, double minSharpness, double otherFaceRatio) {

    public static final FaceThresholds TOLERANT = new FaceThresholds(0.20, 0.60, 0.25, 50, 215, 12, 0.5);

    public FaceThresholds {
        requireFraction("minFaceWidth", minFaceWidth);
        requireFraction("maxFaceWidth", maxFaceWidth);
        requireFraction("maxCentreOffset", maxCentreOffset);
        requireFraction("otherFaceRatio", otherFaceRatio);
        if (minFaceWidth >= maxFaceWidth) {
            throw new IllegalArgumentException("FaceThresholds: minFaceWidth " + minFaceWidth
                    + " must be below maxFaceWidth " + maxFaceWidth);
        }
        if (minLuminance < 0 || maxLuminance > 255 || minLuminance >= maxLuminance) {
            throw new IllegalArgumentException("FaceThresholds: luminance range " + minLuminance + ".." + maxLuminance
                    + " must lie within 0..255 and be increasing");
        }
        if (!(minSharpness >= 0)) {
            throw new IllegalArgumentException("FaceThresholds.minSharpness must be >= 0, got " + minSharpness);
        }
    }

    private static void requireFraction(String field, double value) {
        if (!(value > 0 && value <= 1)) {
            throw new IllegalArgumentException("FaceThresholds." + field + " must be in (0, 1], got " + value);
        }
    }
}
