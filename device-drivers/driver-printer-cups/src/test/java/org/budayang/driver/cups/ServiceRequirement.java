package org.budayang.driver.cups;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/** A test needs an OS service: skipped without it, failed when the environment variable CI is {@code true}. */
final class ServiceRequirement {
    static final String PACKAGES = "cups cups-client printer-driver-cups-pdf";

    private ServiceRequirement() {
    }

    static void require(boolean present, String what) {
        if (present) {
            return;
        }
        String message = what + "; the CUPS tests start their own cupsd with a cups-pdf queue and need the Debian"
                + " packages '" + PACKAGES + "' (apt-get install -y " + PACKAGES + ") and root";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail(message + " [failing, not skipping, because CI=true]");
        }
        Assumptions.abort(message + " [test skipped]");
    }

    static boolean executable(String path) {
        Path file = Path.of(path);
        return Files.isRegularFile(file) && Files.isExecutable(file);
    }
}
