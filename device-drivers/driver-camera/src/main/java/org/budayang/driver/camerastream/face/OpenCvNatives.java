package org.budayang.driver.camerastream.face;

/** Loads OpenCV's native library from the openpnp jar once per class loader. */
final class OpenCvNatives {
    private static boolean loaded;

    private OpenCvNatives() {
    }

    static synchronized void load() {
        if (loaded) {
            return;
        }
        try {
            nu.pattern.OpenCV.loadLocally();
            loaded = true;
        } catch (RuntimeException | LinkageError e) {
            throw new FaceCheckUnavailableException("FACE_OPENCV_NATIVE", "OpenCV's native library (org.openpnp:opencv,"
                    + " Linux x86_64 / ARMv8) does not load on " + System.getProperty("os.name") + " "
                    + System.getProperty("os.arch") + ": " + e, e);
        }
    }
}
