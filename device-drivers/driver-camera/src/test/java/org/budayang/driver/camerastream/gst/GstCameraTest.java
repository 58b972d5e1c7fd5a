package org.budayang.driver.camerastream.gst;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.budayang.driver.DriverContext;
import org.budayang.driver.DriverSettings;
import org.budayang.driver.Health;
import org.budayang.driver.RecommendedAction;
import org.budayang.driver.camera.Still;
import org.budayang.driver.camerastream.StreamCamera;
import org.budayang.driver.link.LinkLostException;
import org.budayang.driver.op.CancelToken;
import org.budayang.driver.op.Deadline;
import org.budayang.driver.op.Outcome;
import org.budayang.driver.testkit.Await;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** camera-gst with GStreamer's videotestsrc and with devices that are not there. */
class GstCameraTest {
    private static Path gstLaunch;

    @BeforeAll
    static void needsGstreamer() {
        gstLaunch = GstTool.require();
    }

    private static StreamCamera camera(Map<String, String> extra) {
        Map<String, String> settings = new HashMap<>(Map.of("gst-launch", gstLaunch.toString(), "frame-timeout", "3s"));
        settings.putAll(extra);
        return (StreamCamera) new GstCameraProvider().create(new DriverContext("camera",
                DriverSettings.of("camera", settings), Clock.systemUTC()));
    }

    @Test
    void aSolidRedTestSourceIsCapturedRedInTheRightChannel() throws Exception {
        try (StreamCamera camera = camera(Map.of("pipeline-source",
                "videotestsrc is-live=true pattern=solid-color foreground-color=0xffff0000"))) {
            camera.open();
            camera.enable();
            Outcome<Still> outcome = camera.capture(Deadline.in(Duration.ofSeconds(3)), CancelToken.none());
            Still still = outcome.valueIfSuccess().orElseThrow(() -> new AssertionError("capture: " + outcome));
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(still.jpeg()));
            assertEquals(640, image.getWidth());
            assertEquals(480, image.getHeight());
            int pixel = image.getRGB(320, 240);
            assertTrue(((pixel >> 16) & 0xFF) > 220 && ((pixel >> 8) & 0xFF) < 40 && (pixel & 0xFF) < 40,
                    "a red frame decodes red, got " + Integer.toHexString(pixel));
        }
    }

    @Test
    void previewRunsAtTheSourceRate() throws Exception {
        AtomicInteger frames = new AtomicInteger();
        try (StreamCamera camera = camera(Map.of("pipeline-source",
                "videotestsrc is-live=true pattern=ball ! video/x-raw,framerate=15/1"))) {
            camera.onFrame(frame -> frames.incrementAndGet());
            camera.open();
            camera.enable();
            Await.until("the first preview frame", () -> frames.get() > 0, Duration.ofSeconds(5));
            int before = frames.get();
            long start = System.nanoTime();
            Thread.sleep(2000);
            int seen = frames.get() - before;
            double seconds = (System.nanoTime() - start) / 1e9; // the window as measured, however late sleep woke
            // a live source makes 15 per second; a frame may be under way at each end of the window (the pipe holds
            // less than one 640x480 frame); the lower bound (60 %) leaves room for a loaded 2-core build machine
            assertTrue(seen <= 15 * seconds + 2, seen + " frames in " + seconds + " s at 15 fps: faster than live");
            assertTrue(seen >= 0.6 * 15 * seconds, seen + " frames in " + seconds + " s at 15 fps: too slow");
        }
    }

    @Test
    void aMissingDeviceIsOfflineNamingThePath() {
        StreamCamera camera = camera(Map.of("device", "/dev/video-budayang-missing"));
        LinkLostException lost = assertThrows(LinkLostException.class, camera::open);
        assertTrue(lost.getMessage().contains("/dev/video-budayang-missing"), lost.getMessage());
        assertEquals(Health.OFFLINE, camera.status().health());
        assertTrue(camera.status().detail().contains("/dev/video-budayang-missing"), camera.status().detail());
    }

    @Test
    void aDeviceThatIsNoCameraIsAHardwareErrorWithGstreamersReason() {
        // /dev/null exists but is not a V4L2 device: v4l2src refuses it and the pipeline ends with an error
        StreamCamera camera = camera(Map.of("device", "/dev/null"));
        assertThrows(LinkLostException.class, camera::open);
        assertEquals(Health.HARDWARE_ERROR, camera.status().health(), camera.status().detail());
        assertEquals(RecommendedAction.MAINTENANCE, camera.status().action());
        assertTrue(camera.status().detail().contains("/dev/null") && camera.status().detail().contains("v4l2"),
                "GStreamer's own reason (not a V4L2 device), not a parse error: " + camera.status().detail());
        assertTrue(!camera.status().detail().contains("erroneous pipeline"), camera.status().detail());
    }

    @Test
    void aBrokenPipelineIsAHardwareErrorNamingTheElement() {
        StreamCamera camera = camera(Map.of("pipeline-source", "videotestsrc ! nosuchelementbudayang"));
        assertThrows(LinkLostException.class, camera::open);
        assertEquals(Health.HARDWARE_ERROR, camera.status().health());
        assertTrue(camera.status().detail().contains("nosuchelementbudayang"), camera.status().detail());
    }

    @Test
    void withoutGstLaunchTheDetailNamesThePackages() {
        StreamCamera camera = camera(Map.of("gst-launch", "/nonexistent/gst-launch-1.0", "pipeline-source",
                "videotestsrc"));
        assertThrows(LinkLostException.class, camera::open);
        assertEquals(Health.HARDWARE_ERROR, camera.status().health());
        assertTrue(camera.status().detail().contains("gstreamer1.0-tools"), camera.status().detail());
    }

    @Test
    void aBusyDeviceIsAHardwareErrorSayingBusy() {
        // what v4l2src prints when another process holds the camera (EBUSY); no second camera to hold here
        String stderr = "ERROR: from element /GstPipeline:pipeline0/GstV4l2Src:v4l2src0: Device '/dev/video0' is"
                + " busy\nAdditional debug info:\n../sys/v4l2/gstv4l2object.c(4155): gst_v4l2_object_set_format_full"
                + " (): /GstPipeline:pipeline0/GstV4l2Src:v4l2src0:\nCall to S_FMT failed for YUYV @ 640x480:"
                + " Device or resource busy\nERROR: pipeline doesn't want to preroll.\n";
        var failure = GstErrors.classify("v4l2src device=/dev/video0", "/dev/video0", stderr, 1);
        assertEquals(Health.HARDWARE_ERROR, failure.health());
        assertTrue(failure.getMessage().contains("/dev/video0 is busy"), failure.getMessage());
        assertTrue(failure.getMessage().contains("S_FMT"), failure.getMessage());
    }
}
