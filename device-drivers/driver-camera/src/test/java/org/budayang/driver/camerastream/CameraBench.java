package org.budayang.driver.camerastream;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.budayang.driver.DriverContext;
import org.budayang.driver.DriverProvider;
import org.budayang.driver.DriverSettings;
import org.budayang.driver.camera.Frame;
import org.budayang.driver.camera.Still;
import org.budayang.driver.camerastream.face.OpenCvFaceQualityCheck;
import org.budayang.driver.camerastream.gst.GstCameraProvider;
import org.budayang.driver.camerastream.images.ImagesCameraProvider;
import org.budayang.driver.op.CancelToken;
import org.budayang.driver.op.Deadline;
import org.budayang.driver.op.Outcome;

/**
 * The camera benchmark (bench/camera.sh; issue #6 Evidence): for camera-gst (videotestsrc through a real
 * gst-launch-1.0 pipeline) and camera-images, at 640×480 and 15 fps: preview frames per second delivered to a
 * listener over a measuring window, and the CPU used in that window by this JVM and by the pipeline process, as a
 * percentage of one core (from ProcessHandle's total CPU time); then still captures (capture() call: wait for the
 * next frame + JPEG encode) and the JPEG encode alone; then the face check per frame. Prints its figures.
 */
public final class CameraBench {

    private CameraBench() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int captures = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        Path folder = Files.createTempDirectory("camera-bench-");
        TestFrames.writeSequence(folder, 15, 640, 480);
        bench("camera-gst", new GstCameraProvider(), Map.of("pipeline-source",
                "videotestsrc is-live=true pattern=ball ! video/x-raw,width=640,height=480,framerate=15/1"),
                seconds, captures);
        bench("camera-images", new ImagesCameraProvider(), Map.of("folder", folder.toString()), seconds, captures);
    }

    private static void bench(String name, DriverProvider provider, Map<String, String> extra, int seconds,
                              int captures) throws Exception {
        Map<String, String> settings = new java.util.HashMap<>(Map.of("width", "640", "height", "480", "fps", "15"));
        settings.putAll(extra);
        AtomicInteger frames = new AtomicInteger();
        AtomicReference<Frame> last = new AtomicReference<>();
        try (StreamCamera camera = (StreamCamera) provider.create(new DriverContext("camera",
                DriverSettings.of("camera", settings), Clock.systemUTC()))) {
            camera.onFrame(frame -> {
                frames.incrementAndGet();
                last.set(frame);
            });
            camera.open();
            camera.enable();
            Thread.sleep(2000); // warm-up: JIT, pipeline pre-roll
            long jvmBefore = cpuNanos(ProcessHandle.current());
            long childBefore = childrenCpuNanos();
            int framesBefore = frames.get();
            long start = System.nanoTime();
            Thread.sleep(seconds * 1000L);
            double elapsed = (System.nanoTime() - start) / 1e9;
            double fps = (frames.get() - framesBefore) / elapsed;
            double jvm = (cpuNanos(ProcessHandle.current()) - jvmBefore) / 1e9 / elapsed * 100;
            double child = (childrenCpuNanos() - childBefore) / 1e9 / elapsed * 100;
            System.out.printf(Locale.ROOT, "%-14s preview 640x480@15: %.1f frames/s over %.0f s; CPU %% of one core:"
                    + " JVM %.1f, pipeline process %.1f, total %.1f%n", name, fps, elapsed, jvm, child, jvm + child);

            List<Double> captureMillis = new ArrayList<>();
            for (int i = 0; i < captures; i++) {
                long t0 = System.nanoTime();
                Outcome<Still> still = camera.capture(Deadline.in(Duration.ofSeconds(2)), CancelToken.none());
                captureMillis.add((System.nanoTime() - t0) / 1e6);
                if (!still.isSuccess()) {
                    throw new IllegalStateException(name + ": capture failed: " + still);
                }
            }
            JpegStill jpeg = new JpegStill(85);
            List<Double> encodeMillis = new ArrayList<>();
            int bytes = 0;
            for (int i = 0; i < captures; i++) {
                long t0 = System.nanoTime();
                bytes = jpeg.encode(last.get(), last.get().at()).jpeg().length;
                encodeMillis.add((System.nanoTime() - t0) / 1e6);
            }
            System.out.printf(Locale.ROOT, "%-14s still capture (next frame + JPEG), %d runs: p50 %.1f ms, p95 %.1f ms,"
                    + " max %.1f ms; JPEG encode alone p50 %.1f ms, max %.1f ms (%,d bytes at quality 85)%n", name,
                    captures, pct(captureMillis, 50), pct(captureMillis, 95), pct(captureMillis, 100),
                    pct(encodeMillis, 50), pct(encodeMillis, 100), bytes);
            if (Files.isRegularFile(OpenCvFaceQualityCheck.DEFAULT_CASCADE) && name.equals("camera-images")) {
                OpenCvFaceQualityCheck check = OpenCvFaceQualityCheck.loadDefault();
                List<Double> faceMillis = new ArrayList<>();
                for (int i = 0; i < captures; i++) {
                    long t0 = System.nanoTime();
                    check.assess(last.get());
                    faceMillis.add((System.nanoTime() - t0) / 1e6);
                }
                System.out.printf(Locale.ROOT, "%-14s face check per 640x480 frame, %d runs: p50 %.1f ms, max %.1f ms%n",
                        "opencv", captures, pct(faceMillis, 50), pct(faceMillis, 100));
            }
        }
    }

    private static long cpuNanos(ProcessHandle process) {
        return process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }

    private static long childrenCpuNanos() {
        return ProcessHandle.current().descendants().mapToLong(CameraBench::cpuNanos).sum();
    }

    private static double pct(List<Double> values, int percentile) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
