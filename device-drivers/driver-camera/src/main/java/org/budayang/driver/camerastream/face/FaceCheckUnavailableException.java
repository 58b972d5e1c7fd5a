package org.budayang.driver.camerastream.face;

/**
 * The face quality check cannot run on this machine: the cascade file is missing or unreadable, or OpenCV's
 * native library does not load. A configuration error for technicians (the check never pretends a face is there);
 * {@link #code()} is stable for fleet reporting.
 */
public final class FaceCheckUnavailableException extends RuntimeException {
    private final String code;

    FaceCheckUnavailableException(String code, String message, Throwable cause) {
        super("[" + code + "] " + message, cause);
        this.code = code;
    }

    /** {@code FACE_CASCADE_MISSING}, {@code FACE_CASCADE_INVALID} or {@code FACE_OPENCV_NATIVE}. */
    public String code() {
        return code;
    }
}
