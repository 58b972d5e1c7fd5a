package org.budayang.driver.testkit;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/** Finds a program the tests need on the PATH; skips the test without it, or fails on CI (env CI=true). */
final class ExternalTool {

    private ExternalTool() {
    }

    static Optional<Path> find(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(dir, program);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * The program's path; when it is missing the calling test is aborted (skipped), or failed when the
     * environment variable CI is {@code true}, with a message naming the Debian package to install.
     */
    static Path require(String program, String debianPackage, String usedFor) {
        Optional<Path> found = find(program);
        if (found.isPresent()) {
            return found.get();
        }
        String message = "'" + program + "' is not on the PATH; it is needed for " + usedFor
                + ". Install the Debian package '" + debianPackage + "' (apt-get install -y " + debianPackage + ")";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            return Assertions.fail(message + " [failing, not skipping, because CI=true]");
        }
        Assumptions.abort(message + " [test skipped]");
        throw new AssertionError("unreachable: Assumptions.abort returned");
    }
}
