package org.budayang.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javax.imageio.ImageIO;
import org.budayang.central.identity.face.LiveCaptureSimulator;

/**
 * The faces of the six demo citizens (docs/sandbox/demo-citizens.md) in front of the demo camera. Central's sandbox
 * 公安 register draws each citizen's photo from a seed (demo citizen N: {@code 0x5EED0000 + N}); the public-domain
 * portrait of the other scenes is nobody in the register, so 人证比对 answers MISMATCH for it. This shows central's own
 * simulation of a live capture of the citizen ({@link LiveCaptureSimulator}, kind GOOD), which it matches.
 */
final class DemoFaces {
    static final int FIRST = 1;
    static final int LAST = 6;
    /** The photo seed of demo citizen 0 in the sandbox register (DemoCitizens in central). */
    private static final long PHOTO_SEED_BASE = 0x5EED_0000L;
    private static final long CAPTURE_SEED = 7;

    private DemoFaces() {
    }

    /** Makes demo citizen {@code n}'s capture the only picture in the camera folder (written aside, then renamed). */
    static void show(Path folder, int n) throws IOException {
        if (n < FIRST || n > LAST) {
            throw new IllegalArgumentException("demo citizen " + n + " does not exist; 1-6");
        }
        Files.createDirectories(folder);
        Path aside = Files.createTempFile(folder.toAbsolutePath().getParent(), ".citizen-", ".png");
        try {
            if (!ImageIO.write(new LiveCaptureSimulator().render(PHOTO_SEED_BASE + n, CAPTURE_SEED,
                    LiveCaptureSimulator.Kind.GOOD), "png", aside.toFile())) {
                throw new IOException("no PNG writer in ImageIO");
            }
            Files.move(aside, folder.resolve("scene.png"), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(aside);
        }
    }
}
