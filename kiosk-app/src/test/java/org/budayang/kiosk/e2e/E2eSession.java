package org.budayang.kiosk.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The end-to-end tests' lifecycle as a JUnit extension, registered as a static {@code @RegisterExtension} field: the
 * JavaFX toolkit once per class, a fresh {@link E2eKiosk} in a fresh temporary directory before each test, and the
 * kiosk closed and the directory deleted after it.
 */
final class E2eSession implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback {
    private final E2eKiosk.Options options;
    private Path dir;
    private E2eKiosk kiosk;

    E2eSession(E2eKiosk.Options options) {
        this.options = options;
    }

    /** The current test's kiosk. */
    E2eKiosk kiosk() {
        if (kiosk == null) {
            throw new IllegalStateException("No E2eKiosk outside a test: register E2eSession with @RegisterExtension");
        }
        return kiosk;
    }

    /** The current test's directory (central's in {@code central/}, the kiosk's in {@code kiosk/}). */
    Path dir() {
        return dir;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        E2eKiosk.toolkit();
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        dir = Files.createTempDirectory("budayang-e2e-");
        kiosk = E2eKiosk.start(dir, options);
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        try {
            if (kiosk != null) {
                kiosk.close();
            }
        } finally {
            kiosk = null;
            delete(dir);
        }
    }

    private static void delete(Path root) throws IOException {
        if (root == null || !Files.exists(root)) {
            return;
        }
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(root)) {
            paths = walk.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path path : paths) {
            Files.deleteIfExists(path);
        }
    }
}
