package org.budayang.driver.camerastream.face;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.budayang.driver.DriverContext;
import org.budayang.driver.DriverSettings;
import org.budayang.driver.camera.CaptureAdvice;
import org.budayang.driver.camera.Frame;
import org.budayang.driver.camera.Still;
import org.budayang.driver.camerastream.StreamCamera;
import org.budayang.driver.camerastream.emulator.CameraScenes;
import org.budayang.driver.camerastream.images.ImagesCameraProvider;
import org.budayang.driver.op.CancelToken;
import org.budayang.driver.op.Deadline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The face check on frames as the kiosk gets them: through the camera-images driver (preview frames and a JPEG
 * still), with the scene in the folder changed while the camera runs, and the coach counting the attempts.
 */
class FaceThroughCameraTest {
    private static OpenCvFaceQualityCheck check;

    @BeforeAll
    static void loadCascade() {
        OpenCvData.require();
        check = OpenCvFaceQualityCheck.loadDefault();
    }

    @Test
    void previewFramesAndTheStillAreAssessedAndTheCoachOffersHelpAfterThreeFailures(@TempDir Path dir)
            throws Exception {
        Path folder = Files.createDirectories(dir.resolve("cam"));
        CameraScenes.show(folder, CameraScenes.Scene.TOO_FAR);
        BlockingQueue<Frame> frames = new LinkedBlockingQueue<>();
        DriverSettings settings = DriverSettings.of("camera", Map.of("folder", folder.toString(), "fps", "10"));
        try (StreamCamera camera = (StreamCamera) new ImagesCameraProvider().create(new DriverContext("camera",
                settings, Clock.systemUTC()))) {
            camera.onFrame(frames::offer);
            camera.open();
            camera.enable();
            CaptureCoach coach = new CaptureCoach();
            assertEquals(CaptureAdvice.TOO_FAR, check.assess(next(frames)));
            assertEquals(CaptureCoach.Next.TRY_AGAIN, coach.attempt(CaptureAdvice.TOO_FAR).next());

            CameraScenes.show(folder, CameraScenes.Scene.TWO_FACES);
            assertEquals(CaptureAdvice.SEVERAL_FACES, check.assess(latest(frames)));
            assertEquals(CaptureCoach.Next.TRY_AGAIN, coach.attempt(CaptureAdvice.SEVERAL_FACES).next());

            CameraScenes.show(folder, CameraScenes.Scene.DARK);
            CaptureAdvice dark = check.assess(latest(frames));
            assertEquals(CaptureAdvice.TOO_DARK, dark);
            CaptureCoach.Coaching third = coach.attempt(dark);
            assertEquals(CaptureCoach.Next.OFFER_HELP, third.next());
            assertTrue(third.citizenText().contains("呼叫帮办"));

            CameraScenes.show(folder, CameraScenes.Scene.READY);
            assertEquals(CaptureAdvice.READY, check.assess(latest(frames)));
            Still still = camera.capture(Deadline.in(Duration.ofSeconds(2)), CancelToken.none()).valueIfSuccess()
                    .orElseThrow();
            BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(still.jpeg()));
            int[] argb = decoded.getRGB(0, 0, decoded.getWidth(), decoded.getHeight(), null, 0, decoded.getWidth());
            Frame fromJpeg = new Frame(decoded.getWidth(), decoded.getHeight(), argb, 0, still.at());
            assertEquals(CaptureAdvice.READY, check.assess(fromJpeg), "the JPEG still is as good as the preview");
            assertEquals(CaptureCoach.Next.CAPTURE, coach.attempt(CaptureAdvice.READY).next());
        }
    }

    private static Frame next(BlockingQueue<Frame> frames) throws InterruptedException {
        Frame frame = frames.poll(3, TimeUnit.SECONDS);
        if (frame == null) {
            throw new AssertionError("no preview frame within 3 s");
        }
        return frame;
    }

    /** A frame taken after the folder changed (drops what was queued before, then waits for two more). */
    private static Frame latest(BlockingQueue<Frame> frames) throws InterruptedException {
        frames.clear();
        next(frames);
        return next(frames);
    }
}
