package org.budayang.driver.camerastream.face;

import java.util.Objects;
import org.budayang.driver.camera.CaptureAdvice;

/**
 * What the check measured on one frame, for technicians' calibration and tests (no picture, no personal data).
 *
 * @param advice       the resulting advice
 * @param faces        faces counted (at least half as wide as the largest)
 * @param faceWidth    width of the largest face over the frame width, 0 without a face
 * @param centreOffset the larger of its horizontal / vertical distance from the frame centre, as a fraction
 * @param luminance    mean grey level of the face box (of the whole frame without a face), 0–255
 * @param sharpness    variance of the Laplacian of the face box (contrast-stretched), 0 without a face
 * @param box          the largest face's box in frame pixels {x, y, width, height} (e.g. for a guide on screen),
 *                     all 0 without a face
 */
public record FaceMeasurement(CaptureAdvice advice, int faces, double faceWidth, double centreOffset,
                              double luminance, double sharpness, Box box) {

    /** A face box in frame pixels. */
    public record Box(int x, int y, int width, int height) {
        public static final Box NONE = new Box(0, 0, 0, 0);

        public Box {
            if (x < 0 || y < 0 || width < 0 || height < 0) {
                throw new IllegalArgumentException("FaceMeasurement.Box must not be negative, got " + x + "," + y
                        + " " + width + "x" + height);
            }
        }
    }

    public FaceMeasurement {
        Objects.requireNonNull(advice, "FaceMeasurement.advice is required");
        if (faces < 0) {
            throw new IllegalArgumentException("FaceMeasurement.faces must be >= 0, got " + faces);
        }
        Objects.requireNonNull(box, "FaceMeasurement.box is required (Box.NONE without a face)");
    }

    @Override
    public String toString() {
        return String.format("%s faces=%d width=%.3f offset=%.3f luminance=%.1f sharpness=%.1f box=%d,%d %dx%d",
                advice, faces, faceWidth, centreOffset, luminance, sharpness, box.x(), box.y(), box.width(),
                box.height());
    }
}
