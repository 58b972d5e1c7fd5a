package org.budayang.driver.pcscsscard;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/** A file the OS-service tests need: skips the test without it, or fails it when the environment has CI=true. */
final class Required {
    private Required() {
    }

    static Path file(String path, String debianPackages, String usedFor) {
        Path file = Path.of(path);
        if (Files.exists(file)) {
            return file;
        }
        missing("'" + path + "' is missing; it is needed for " + usedFor + ". Install the Debian package(s) '"
                + debianPackages + "' (apt-get install -y " + debianPackages + ")");
        throw new AssertionError("unreachable");
    }

    static void missing(String message) {
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail(message + " [failing, not skipping, because CI=true]");
        }
        Assumptions.abort(message + " [test skipped]");
    }
}
