package org.budayang.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * The .deb files this module's package phase built (system properties set by the pom), and version N+1 of one, built
 * by the same build-deb.sh with VERSION set.
 */
final class BuiltPackages {
    private final Path dir = Path.of(System.getProperty("budayang.deb.dir", "target"));
    private final Path script = Path.of(System.getProperty("budayang.deb.script", "build-deb.sh"));

    /**
     * Skips (or, with CI=true, fails) when the packages or a throwaway root cannot be had here; the message names the
     * reason.
     */
    static void assumeUsable() {
        String why = ThrowawayRoot.availability();
        if (why == null && !ThrowawayRoot.onPath("dpkg-deb")) {
            why = "dpkg-deb missing (apt-get install dpkg)";
        }
        if (why != null) {
            if ("true".equals(System.getenv("CI"))) {
                throw new AssertionError("the package tests cannot run (CI=true makes this an error): " + why);
            }
            Assumptions.abort("package tests skipped: " + why);
        }
    }

    /** Skips (or, with CI=true, fails) when {@code tool} (of Debian package {@code debianPackage}) is missing. */
    static void assumeTool(String tool, String debianPackage) {
        if (!ThrowawayRoot.onPath(tool)) {
            String why = tool + " missing (apt-get install " + debianPackage + ")";
            if ("true".equals(System.getenv("CI"))) {
                throw new AssertionError(why + "; CI=true makes this an error");
            }
            Assumptions.abort(why);
        }
    }

    /** The built package {@code name} (budayang-kiosk or budayang-central); fails when the build made none. */
    Path deb(String name) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> debs = files.filter(p -> p.getFileName().toString().matches(name + "_[^_]+_amd64\\.deb"))
                    .toList();
            if (debs.isEmpty() && !"true".equals(System.getenv("CI"))) {
                // build-deb.sh skipped the packages and said why (jlink, jdeps or dpkg-deb missing)
                Assumptions.abort("no " + name + " package in " + dir + ": build-deb.sh skipped it (see its message)");
            }
            assertFalse(debs.isEmpty(), "no " + name + " package in " + dir
                    + " (run ./mvnw -o -pl packaging -am package first)");
            // the newest: an older version's file may be left from an earlier build
            return debs.stream().max(Comparator.comparing(BuiltPackages::modified)).orElseThrow();
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Debian version in a package file name. */
    static String version(Path deb) {
        return deb.getFileName().toString().split("_")[1];
    }

    /**
     * Builds version {@code version} of package {@code name} into {@code out} with build-deb.sh (reusing the runtime
     * the build made; not compressed, for speed), as a new release of the same software would be.
     */
    Path buildVersion(String name, String version, Path out) throws IOException, InterruptedException {
        String which = name.substring("budayang-".length());
        ProcessBuilder builder = new ProcessBuilder(script.toString(),
                "--kiosk-lib", System.getProperty("budayang.deb.kioskLib"),
                "--central-lib", System.getProperty("budayang.deb.centralLib"),
                "--out", out.toString(), "--work", dir.resolve("deb-work").toString(), "--only", which)
                .redirectErrorStream(true);
        builder.environment().put("VERSION", version);
        builder.environment().put("DEB_COMPRESSION", "none");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "build-deb.sh took over 120 s");
        assertEquals(0, process.exitValue(), "build-deb.sh " + name + " " + version + ":\n" + output);
        Path deb = out.resolve(name + "_" + version + "_amd64.deb");
        assertTrue(Files.isRegularFile(deb), "build-deb.sh made no " + deb + ":\n" + output);
        return deb;
    }
}
