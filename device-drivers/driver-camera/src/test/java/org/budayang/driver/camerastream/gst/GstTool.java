package org.budayang.driver.camerastream.gst;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds gst-launch-1.0 for the tests: without it a test is skipped, naming the Debian packages, or failed when
 * the environment variable CI is {@code true}.
 */
final class GstTool {
    static final String PACKAGES = "gstreamer1.0-tools gstreamer1.0-plugins-base gstreamer1.0-plugins-good";

    private GstTool() {
    }

    static Path require() {
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(File.pathSeparator)) {
                Path candidate = Path.of(dir.isEmpty() ? "." : dir, "gst-launch-1.0");
                if (Files.isExecutable(candidate)) {
                    return candidate;
                }
            }
        }
        String message = "gst-launch-1.0 is not on the PATH; the camera-gst tests need it. Install the Debian packages "
                + PACKAGES + " (apt-get install -y " + PACKAGES + ")";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            return Assertions.fail(message + " [failing, not skipping, because CI=true]");
        }
        Assumptions.abort(message + " [test skipped]");
        throw new AssertionError("unreachable");
    }
}
