package org.budayang.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.awt.image.BufferedImage;
import javax.imageio.ImageIO;
import org.budayang.driver.camera.CaptureAdvice;
import org.budayang.driver.camerastream.emulator.CameraScenes;
import org.budayang.driver.camerastream.face.OpenCvFaceQualityCheck;
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
    /** How many capture seeds are tried for one the kiosk's own face check (OpenCV Haar cascade) accepts. */
    private static final int SEEDS_TRIED = 64;

    private DemoFaces() {
    }

    /**
     * A capture of citizen {@code n} that the kiosk's own face check finds READY: the simulator varies pose and light
     * by capture seed, and the Haar cascade misses some (demo citizen 1, 张三, with glasses, in every seed tried).
     *
     * @throws IllegalStateException when no seed tried passes, naming the citizen and another to use
     */
    static BufferedImage capture(int n) {
        LiveCaptureSimulator simulator = new LiveCaptureSimulator();
        OpenCvFaceQualityCheck check = OpenCvFaceQualityCheck.loadDefault();
        for (long seed = 0; seed < SEEDS_TRIED; seed++) {
            BufferedImage image = simulator.render(PHOTO_SEED_BASE + n, seed, LiveCaptureSimulator.Kind.GOOD);
            if (check.assess(CameraScenes.frame(image)) == CaptureAdvice.READY) {
                return image;
            }
        }
        throw new IllegalStateException("none of " + SEEDS_TRIED + " simulated captures of demo citizen " + n
                + " passes the kiosk's face detection (OpenCV Haar cascade); use card 2 and 'camera citizen 2'");
    }

    /** Makes demo citizen {@code n}'s capture the only picture in the camera folder (written aside, then renamed). */
    static void show(Path folder, int n) throws IOException {
        if (n < FIRST || n > LAST) {
            throw new IllegalArgumentException("demo citizen " + n + " does not exist; 1-6");
        }
        Files.createDirectories(folder);
        Path aside = Files.createTempFile(folder.toAbsolutePath().getParent(), ".citizen-", ".png");
        try {
            if (!ImageIO.write(capture(n), "png", aside.toFile())) {
                throw new IOException("no PNG writer in ImageIO");
            }
            Files.move(aside, folder.resolve("scene.png"), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(aside);
        }
    }
}
