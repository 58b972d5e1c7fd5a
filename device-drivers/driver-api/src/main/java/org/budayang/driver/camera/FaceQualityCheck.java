package org.budayang.driver.camera;

/**
 * Checks one frame for a usable face: one face, centred, large enough, neither too dark nor blurred.
 * Implementations load only what ships with the product or an OS package (no download at run time).
 */
public interface FaceQualityCheck {

    /** The advice for this frame; {@link CaptureAdvice#READY} when it is good enough to capture. */
    CaptureAdvice assess(Frame frame);
}
