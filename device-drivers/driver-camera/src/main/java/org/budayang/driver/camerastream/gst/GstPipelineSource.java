package org.budayang.driver.camerastream.gst;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.budayang.driver.Health;
import org.budayang.driver.camerastream.CameraSettings;
import org.budayang.driver.camerastream.FrameSource;
import org.budayang.driver.camerastream.SourceFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Frames from a {@code gst-launch-1.0} child process: the pipeline converts and scales to raw BGRx at the
 * configured size and writes each frame to its stdout ({@code fdsink fd=1}); this reads exactly
 * width × height × 4 bytes per frame (decision 0008). The source part is {@code v4l2src device=…} (a real camera,
 * decoded by {@code decodebin}, paced by {@code videorate}) or the configured {@code pipeline-source} (tests:
 * {@code videotestsrc}, a network stream), whose rate is its own. When the process ends, its stderr says why:
 * missing device → OFFLINE, busy (EBUSY) or another pipeline error → HARDWARE_ERROR.
 */
public final class GstPipelineSource implements FrameSource {
    private static final Logger LOG = LoggerFactory.getLogger(GstPipelineSource.class);
    private static final int STDERR_KEPT = 8192;

    private final String program;
    private final Path device;
    private final Optional<String> pipelineSource;
    private final CameraSettings settings;
    private final byte[] buffer;
    private volatile Process process;
    private volatile boolean stopping;
    private InputStream frames;
    private StringBuilder stderr = new StringBuilder();
    private volatile Thread stderrDrain;

    /**
     * @param program        the gst-launch-1.0 executable (a name on the PATH or a path)
     * @param device         the V4L2 device, e.g. {@code /dev/video0}; named in health details
     * @param pipelineSource a gst-launch source description used instead of {@code v4l2src}, if present
     */
    public GstPipelineSource(String program, Path device, Optional<String> pipelineSource, CameraSettings settings) {
        this.program = Objects.requireNonNull(program, "program");
        this.device = Objects.requireNonNull(device, "device");
        this.pipelineSource = Objects.requireNonNull(pipelineSource, "pipelineSource");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.buffer = new byte[settings.frameBytes()];
    }

    /** The gst-launch-1.0 arguments after the program name. */
    List<String> pipeline() {
        List<String> args = new ArrayList<>(List.of("-q"));
        String rawCaps = "video/x-raw,format=BGRx,width=" + settings.width() + ",height=" + settings.height();
        if (pipelineSource.isPresent()) {
            args.addAll(Arrays.asList(pipelineSource.get().strip().split("\\s+")));
            args.addAll(List.of("!", "videoconvert", "!", "videoscale", "!", rawCaps));
        } else {
            // ask the camera for the configured size (raw or MJPEG) rather than its largest mode, which would cost
            // a full-size decode and scale per frame
            String size = "width=" + settings.width() + ",height=" + settings.height();
            args.addAll(List.of("v4l2src", "device=" + device, "!", "video/x-raw," + size + ";image/jpeg," + size,
                    "!", "decodebin", "!", "videoconvert", "!", "videoscale", "!", "videorate", "!",
                    rawCaps + ",framerate=" + settings.fps() + "/1"));
        }
        args.addAll(List.of("!", "fdsink", "fd=1", "sync=false"));
        return args;
    }

    private String deviceName() {
        return pipelineSource.isPresent() ? "pipeline source '" + pipelineSource.get() + "'" : device.toString();
    }

    @Override
    public String describe() {
        return "gst-launch-1.0 " + (pipelineSource.isPresent() ? pipelineSource.get() : "v4l2src device=" + device)
                + " " + settings.width() + "x" + settings.height();
    }

    @Override
    public void start() throws SourceFailure {
        if (pipelineSource.isEmpty() && !Files.exists(device)) {
            throw new SourceFailure(Health.OFFLINE, "camera " + device
                    + " does not exist (unplugged, or the 'device' setting is wrong)");
        }
        List<String> command = new ArrayList<>();
        command.add(program);
        command.addAll(pipeline());
        Process started;
        try {
            started = new ProcessBuilder(command).start();
        } catch (IOException e) {
            throw new SourceFailure(Health.HARDWARE_ERROR, "cannot run " + program + " (" + e.getMessage()
                    + "); install the Debian packages gstreamer1.0-tools gstreamer1.0-plugins-base"
                    + " gstreamer1.0-plugins-good", e);
        }
        stopping = false;
        StringBuilder errors = new StringBuilder();
        stderr = errors;
        Thread drain = new Thread(() -> drain(started.getErrorStream(), errors), "camera-gst-stderr");
        drain.setDaemon(true);
        drain.start();
        stderrDrain = drain;
        frames = started.getInputStream();
        process = started;
        LOG.debug("started {} {}", program, String.join(" ", pipeline()));
    }

    @Override
    public int[] next() throws SourceFailure, InterruptedException {
        Process running = process;
        if (running == null || stopping) {
            throw new InterruptedException("gst pipeline stopped");
        }
        int read;
        try {
            read = frames.readNBytes(buffer, 0, buffer.length);
        } catch (IOException e) {
            read = -1;
        }
        if (read < buffer.length) {
            if (stopping) {
                throw new InterruptedException("gst pipeline stopped");
            }
            throw ended(running);
        }
        return toArgb(buffer, settings.width() * settings.height());
    }

    private SourceFailure ended(Process running) throws InterruptedException {
        Integer exit = running.waitFor(1, TimeUnit.SECONDS) ? running.exitValue() : null;
        if (exit == null) {
            running.destroyForcibly();
        }
        Thread drain = stderrDrain;
        if (drain != null) {
            drain.join(1000); // the process is gone, so its stderr ends: the drain has caught the last lines
        }
        String text;
        synchronized (stderr) {
            text = stderr.toString();
        }
        if (pipelineSource.isEmpty() && !Files.exists(device)) {
            // whatever v4l2src said about it (poll error, read error), the device node is gone: unplugged
            return new SourceFailure(Health.OFFLINE, "camera " + device + " was unplugged (the device node is gone): "
                    + GstErrors.firstError(text));
        }
        return GstErrors.classify(describe(), deviceName(), text, exit);
    }

    static int[] toArgb(byte[] bgrx, int pixels) {
        IntBuffer words = ByteBuffer.wrap(bgrx).order(ByteOrder.LITTLE_ENDIAN).asIntBuffer();
        int[] argb = new int[pixels];
        words.get(argb);
        for (int i = 0; i < pixels; i++) {
            argb[i] |= 0xFF000000;
        }
        return argb;
    }

    @Override
    public void stop() {
        stopping = true;
        Process running = process;
        process = null;
        if (running == null) {
            return;
        }
        running.destroy();
        try {
            if (!running.waitFor(1, TimeUnit.SECONDS)) {
                running.destroyForcibly();
            }
        } catch (InterruptedException e) {
            running.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** The pipeline's process id while it runs (for technicians' tools and tests). */
    public Optional<Long> pid() {
        Process running = process;
        return running == null ? Optional.empty() : Optional.of(running.pid());
    }

    private static void drain(InputStream in, StringBuilder into) {
        byte[] chunk = new byte[1024];
        try (in) {
            int n;
            while ((n = in.read(chunk)) >= 0) {
                synchronized (into) {
                    into.append(new String(chunk, 0, n, StandardCharsets.UTF_8));
                    if (into.length() > STDERR_KEPT) {
                        into.delete(0, into.length() - STDERR_KEPT);
                    }
                }
            }
        } catch (IOException closed) {
            LOG.trace("gst stderr closed: {}", closed.toString());
        }
    }
}
