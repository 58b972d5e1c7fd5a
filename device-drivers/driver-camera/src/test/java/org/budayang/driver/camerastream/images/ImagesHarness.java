package org.budayang.driver.camerastream.images;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.budayang.driver.Device;
import org.budayang.driver.camera.Camera;
import org.budayang.driver.camerastream.TestFrames;
import org.budayang.driver.link.LinkLostException;
import org.budayang.driver.link.LinkOpener;
import org.budayang.driver.op.CancelToken;
import org.budayang.driver.op.Deadline;
import org.budayang.driver.op.Outcome;
import org.budayang.driver.testkit.ServiceHarness;

/**
 * The {@code camera-images} driver against a real folder on disk. The camera has no byte link
 * ({@link #hostOpener()} is null); the faults are made real on the folder the driver reads:
 * <ul>
 *   <li>unplug: the folder is renamed away (the driver sees it vanish, as an unmounted share or a pulled USB
 *       stick), replug renames it back;</li>
 *   <li>silent: every image is moved out, the folder stays but has nothing to play, so no frame comes;</li>
 *   <li>slow: at each operation the images are moved out and moved back after the delay, so the next frame
 *       comes that late;</li>
 *   <li>garbage: the bytes are written as {@code 000-garbage.jpg}, a corrupt JPEG that sorts first.</li>
 * </ul>
 */
public final class ImagesHarness extends ServiceHarness {
    private final Path root;
    private final Path folder;
    private final Path unplugged;
    private final Path held;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "images-harness-timer");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Duration slow = Duration.ZERO;
    private ScheduledFuture<?> restore;

    public ImagesHarness() throws IOException {
        super("camera");
        root = Files.createTempDirectory("camera-images-");
        folder = root.resolve("camera");
        unplugged = root.resolve("camera.unplugged");
        held = root.resolve("held");
        Files.createDirectories(held);
        TestFrames.writeSequence(folder, 6, 320, 240);
    }

    public Path folder() {
        return folder;
    }

    @Override
    public Device createDevice(LinkOpener opener) {
        return new ImagesCameraProvider().create(context(Map.of("folder", folder.toString(), "width", "320",
                "height", "240", "fps", "15", "frame-timeout", "1s")));
    }

    @Override
    public String operationName() {
        return "capture";
    }

    @Override
    public Outcome<?> operate(Device device, Deadline deadline, CancelToken cancel) throws LinkLostException {
        Duration delay = slow;
        if (!delay.isZero()) {
            synchronized (this) {
                move(folder, held);
                restore = timer.schedule(() -> move(held, folder), delay.toMillis(), TimeUnit.MILLISECONDS);
            }
        }
        return ((Camera) device).capture(deadline, cancel);
    }

    @Override
    public synchronized void unplug() {
        rename(folder, unplugged);
    }

    @Override
    public synchronized void replug() {
        rename(unplugged, folder);
    }

    @Override
    public void garbage(byte[] bytes) {
        try {
            Files.write(folder.resolve("000-garbage.jpg"), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void silent(boolean silent) {
        if (silent) {
            move(folder, held);
        } else {
            move(held, folder);
        }
    }

    @Override
    public synchronized void slow(Duration delay) {
        slow = delay;
        if (delay.isZero()) {
            if (restore != null) {
                restore.cancel(false);
            }
            move(held, folder);
        }
    }

    private synchronized void move(Path from, Path to) {
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.move(file, to.resolve(file.getFileName()), StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void rename(Path from, Path to) {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        timer.shutdownNow();
        try (Stream<Path> all = Files.walk(root)) {
            List<Path> paths = all.sorted(Comparator.reverseOrder()).toList();
            for (Path path : paths) {
                Files.deleteIfExists(path);
            }
        }
    }
}
