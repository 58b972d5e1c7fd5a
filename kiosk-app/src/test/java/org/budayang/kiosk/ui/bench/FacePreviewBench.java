package org.budayang.kiosk.ui.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.budayang.api.catalog.DeviceRole;
import org.budayang.driver.Health;
import org.budayang.driver.camera.FaceQualityCheck;
import org.budayang.driver.camerastream.emulator.CameraScenes;
import org.budayang.driver.camerastream.face.OpenCvFaceQualityCheck;
import org.budayang.driver.runtime.DriverRegistry;
import org.budayang.kiosk.core.config.KioskConfig;
import org.budayang.kiosk.devices.DeviceBoard;
import org.budayang.kiosk.devices.KioskDevices;
import org.budayang.kiosk.identity.CameraAccess;
import org.budayang.kiosk.identity.ReaderRig;
import org.budayang.kiosk.ui.common.Messages;
import org.budayang.kiosk.ui.face.FaceCaptureViewModel;

/**
 * The face screen's preview pipeline without the screen: the real camera-images driver (640×480 at the configured
 * rate) showing the camera emulator's "too far" scene, the kiosk's FaceCaptureViewModel throttling, copying,
 * scaling and mirroring frames on its work thread and running the OpenCV face check, results handed to a stand-in
 * FX thread. Prints frames offered, previews delivered, advice checks, per-frame costs and the process CPU.
 *
 * <pre>FacePreviewBench [SECONDS=10] [FPS=15]</pre>
 */
public final class FacePreviewBench {
    private FacePreviewBench() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int fps = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        Path dir = Files.createTempDirectory("face-bench");
        Path folder = Files.createDirectories(dir.resolve("camera"));
        CameraScenes.show(folder, CameraScenes.Scene.TOO_FAR);
        KioskConfig config = KioskConfig.builder(dir).device(DeviceRole.CAMERA, "camera-images",
                Map.of("folder", folder.toString(), "fps", Integer.toString(fps))).build();
        DeviceBoard board = new DeviceBoard(Clock.systemUTC(), Runnable::run);
        ExecutorService work = Executors.newSingleThreadExecutor();
        ExecutorService fx = Executors.newSingleThreadExecutor();
        OpenCvFaceQualityCheck opencv = OpenCvFaceQualityCheck.loadDefault();
        AtomicLong checks = new AtomicLong();
        AtomicLong checkNanos = new AtomicLong();
        FaceQualityCheck timed = frame -> {
            long t0 = System.nanoTime();
            try {
                return opencv.assess(frame);
            } finally {
                checkNanos.addAndGet(System.nanoTime() - t0);
                checks.incrementAndGet();
            }
        };
        try (KioskDevices devices = KioskDevices.create(config, dir.resolve("kiosk.properties"),
                DriverRegistry.builder().build(), board, Clock.systemUTC())) {
            devices.start();
            ReaderRig.await("camera ONLINE", () -> board.status(DeviceRole.CAMERA).health() == Health.ONLINE,
                    Duration.ofSeconds(10));
            AtomicLong offered = new AtomicLong();
            AutoCloseable counting = devices.camera().orElseThrow().onFrame(frame -> offered.incrementAndGet());
            FaceCaptureViewModel vm = new FaceCaptureViewModel(new CameraAccess(devices.camera().orElseThrow(), work,
                    fx, Duration.ofSeconds(2)), timed, Messages.load(Locale.SIMPLIFIED_CHINESE), Clock.systemUTC(),
                    work, fx, FaceCaptureViewModel.Settings.DEFAULT);
            AtomicLong previews = new AtomicLong();
            vm.previewProperty().addListener((obs, old, now) -> {
                if (now != null) {
                    previews.incrementAndGet();
                }
            });
            fx.submit(() -> vm.start(jpeg -> { })).get();
            Thread.sleep(1000); // warm-up
            long offered0 = offered.get();
            long previews0 = previews.get();
            long checks0 = checks.get();
            long checkNanos0 = checkNanos.get();
            com.sun.management.OperatingSystemMXBean os =
                    (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            long cpu0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            Thread.sleep(seconds * 1000L);
            double elapsed = (System.nanoTime() - t0) / 1e9;
            double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
            long n = checks.get() - checks0;
            System.out.printf(Locale.ROOT, "camera-images %d fps, 640x480, %.1f s measured%n", fps, elapsed);
            System.out.printf(Locale.ROOT, "frames offered by the driver: %.1f /s%n", (offered.get() - offered0) / elapsed);
            System.out.printf(Locale.ROOT, "previews delivered to the screen: %.1f /s (throttle %d ms)%n",
                    (previews.get() - previews0) / elapsed, FaceCaptureViewModel.Settings.DEFAULT.previewInterval()
                            .toMillis());
            System.out.printf(Locale.ROOT, "face checks: %.1f /s, mean %.1f ms each%n", n / elapsed,
                    n == 0 ? 0.0 : (checkNanos.get() - checkNanos0) / 1e6 / n);
            System.out.printf(Locale.ROOT, "process CPU (driver + pipeline + check): %.0f %% of one core%n",
                    100 * cpu / elapsed);
            System.out.println("advice shown: " + vm.messageProperty().get());
            fx.submit(vm::stop).get();
            counting.close();
        } finally {
            work.shutdownNow();
            fx.shutdownNow();
        }
    }
}
