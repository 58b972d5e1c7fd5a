package org.budayang.driver.camerastream.images;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.budayang.driver.DriverContext;
import org.budayang.driver.DriverSettings;
import org.budayang.driver.Health;
import org.budayang.driver.camera.Still;
import org.budayang.driver.camerastream.StreamCamera;
import org.budayang.driver.camerastream.TestFrames;
import org.budayang.driver.link.LinkLostException;
import org.budayang.driver.op.CancelToken;
import org.budayang.driver.op.Deadline;
import org.budayang.driver.op.Outcome;
import org.budayang.driver.testkit.Await;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImagesCameraTest {
    @TempDir
    Path dir;

    private StreamCamera camera(Path folder, int fps) {
        DriverSettings settings = DriverSettings.of("camera", Map.of("folder", folder.toString(), "fps",
                String.valueOf(fps), "frame-timeout", "1s", "jpeg-quality", "90"));
        return (StreamCamera) new ImagesCameraProvider().create(new DriverContext("camera", settings,
                Clock.systemUTC()));
    }

    @Test
    void captureGivesAJpegOfTheConfiguredSizeShowingTheImage() throws Exception {
        Path folder = dir.resolve("cam");
        Files.createDirectories(folder);
        // one 320x240 image, scaled up to 640x480 by the driver
        Files.write(folder.resolve("only.png"), TestFrames.bytes(TestFrames.pattern(320, 240, 0), "png"));
        try (StreamCamera camera = camera(folder, 15)) {
            camera.open();
            camera.enable();
            Outcome<Still> outcome = camera.capture(Deadline.in(Duration.ofSeconds(2)), CancelToken.none());
            Still still = outcome.valueIfSuccess().orElseThrow(() -> new AssertionError("capture: " + outcome));
            assertEquals(640, still.width());
            BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(still.jpeg()));
            assertEquals(640, decoded.getWidth());
            assertEquals(480, decoded.getHeight());
            // the white bar of pattern frame 0 is at the left (x 0..31 of 320 → 0..63 of 640); the right is blue-ish
            int bar = decoded.getRGB(20, 240);
            int right = decoded.getRGB(620, 240);
            assertTrue(channel(bar, 16) > 230 && channel(bar, 8) > 230 && channel(bar, 0) > 230,
                    "white bar: " + Integer.toHexString(bar));
            assertTrue(channel(right, 0) < 60 && channel(right, 16) > 180, "right edge (red end): "
                    + Integer.toHexString(right));
            assertEquals(Health.ONLINE, camera.status().health());
        }
    }

    private static int channel(int rgb, int shift) {
        return (rgb >> shift) & 0xFF;
    }

    @Test
    void previewFramesComeAtTheConfiguredRateOnlyWhileEnabled() throws Exception {
        Path folder = dir.resolve("cam");
        TestFrames.writeSequence(folder, 3, 64, 48);
        AtomicInteger frames = new AtomicInteger();
        try (StreamCamera camera = camera(folder, 20)) {
            camera.onFrame(frame -> frames.incrementAndGet());
            camera.open();
            Thread.sleep(300);
            assertEquals(0, frames.get(), "no preview frames while OPEN");
            camera.enable();
            Await.until("the first preview frame", () -> frames.get() > 0, Duration.ofSeconds(3));
            int before = frames.get();
            long start = System.nanoTime();
            Thread.sleep(2000);
            int seen = frames.get() - before;
            double seconds = (System.nanoTime() - start) / 1e9; // the window as measured, however late sleep woke
            // pacing never runs ahead (a late frame delays the next), so at most 20 per second plus the frame due
            // at the window's start; the lower bound (60 %) leaves room for a loaded 2-core build machine
            assertTrue(seen <= 20 * seconds + 1, seen + " frames in " + seconds + " s at 20 fps: faster than paced");
            assertTrue(seen >= 0.6 * 20 * seconds, seen + " frames in " + seconds + " s at 20 fps: too slow");
            camera.disable();
            int atDisable = frames.get();
            Thread.sleep(300);
            assertTrue(frames.get() <= atDisable + 1, "frames after disable: " + (frames.get() - atDisable));
        }
    }

    @Test
    void aMissingFolderIsOfflineNamingThePath() {
        Path folder = dir.resolve("not-there");
        StreamCamera camera = camera(folder, 15);
        LinkLostException lost = assertThrows(LinkLostException.class, camera::open);
        assertTrue(lost.getMessage().contains(folder.toString()), lost.getMessage());
        assertEquals(Health.OFFLINE, camera.status().health());
        assertTrue(camera.status().detail().contains(folder.toString()), camera.status().detail());
        camera.close();
    }

    @Test
    void aFolderOfCorruptImagesIsNoFrameAndAHardwareError() throws Exception {
        Path folder = dir.resolve("cam");
        TestFrames.writeSequence(folder, 1, 64, 48);
        try (StreamCamera camera = camera(folder, 15)) {
            camera.open();
            camera.enable();
            Files.delete(folder.resolve("frame-00.jpg"));
            Files.write(folder.resolve("broken.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, 1, 2, 3});
            Outcome<Still> outcome = camera.capture(Deadline.in(Duration.ofMillis(500)), CancelToken.none());
            Outcome.DeviceError<Still> error = assertInstanceOf(Outcome.DeviceError.class, outcome);
            assertEquals("NO_FRAME", error.code());
            assertTrue(error.detail().contains("broken.jpg") && error.detail().contains(folder.toString()),
                    error.detail());
            assertEquals(Health.HARDWARE_ERROR, camera.status().health());
            Files.delete(folder.resolve("broken.jpg"));
            Outcome<Still> empty = camera.capture(Deadline.in(Duration.ofMillis(500)), CancelToken.none());
            assertInstanceOf(Outcome.TimedOut.class, empty, "an empty folder gives nothing: a timeout");
            assertEquals(Health.OFFLINE, camera.status().health());
            assertTrue(camera.status().detail().contains("no frame"), camera.status().detail());
            Files.write(folder.resolve("good.png"), TestFrames.bytes(TestFrames.pattern(64, 48, 1), "png"));
            assertTrue(camera.capture(Deadline.in(Duration.ofSeconds(2)), CancelToken.none()).isSuccess());
            assertEquals(Health.ONLINE, camera.status().health(), "frames again: ONLINE");
        }
    }
}
