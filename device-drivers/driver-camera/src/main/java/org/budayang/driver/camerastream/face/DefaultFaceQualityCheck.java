package org.budayang.driver.camerastream.face;

import org.budayang.driver.camera.CaptureAdvice;
import org.budayang.driver.camera.FaceQualityCheck;
import org.budayang.driver.camera.Frame;

/**
 * The face check the kiosk finds through {@link java.util.ServiceLoader}: {@link OpenCvFaceQualityCheck} with
 * Debian opencv-data's cascade and the tolerant thresholds. Constructing it fails with
 * {@link FaceCheckUnavailableException} (naming the package to install) when the cascade is missing; the kiosk then
 * offers no way that needs a face.
 */
public final class DefaultFaceQualityCheck implements FaceQualityCheck {
    private final OpenCvFaceQualityCheck check = OpenCvFaceQualityCheck.loadDefault();

    @Override
    public CaptureAdvice assess(Frame frame) {
        return check.assess(frame);
    }

    @Override
    public String toString() {
        return "DefaultFaceQualityCheck[" + check + "]";
    }
}
