package org.budayang.driver.camerastream.face;

import java.nio.file.Files;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/** The face tests need Debian's opencv-data cascades: skipped without them, failed when CI=true. */
final class OpenCvData {

    private OpenCvData() {
    }

    static void require() {
        if (Files.isRegularFile(OpenCvFaceQualityCheck.DEFAULT_CASCADE)) {
            return;
        }
        String message = OpenCvFaceQualityCheck.DEFAULT_CASCADE + " is missing; the face check tests need the Debian"
                + " package opencv-data (apt-get install -y opencv-data)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail(message + " [failing, not skipping, because CI=true]");
        }
        Assumptions.abort(message + " [test skipped]");
    }
}
