package org.budayang.driver.camerastream;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.budayang.driver.DeviceStatus;
import org.budayang.driver.Lifecycle;
import org.budayang.driver.LifecycleState;
import org.budayang.driver.camera.Camera;
import org.budayang.driver.camera.Frame;
import org.budayang.driver.camera.Still;
import org.budayang.driver.link.LinkLostException;
import org.budayang.driver.op.CancelToken;
import org.budayang.driver.op.Deadline;
import org.budayang.driver.op.Outcome;
import org.budayang.driver.runtime.Listeners;
import org.budayang.driver.runtime.OperationGate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link Camera} over any {@link FrameSource}: both {@code camera-gst} and {@code camera-images} are this class
 * with a different source, so frame delivery, capture and health are the same code.
 *
 * <p>{@link #open()} starts the source and a reader thread and waits for the first frame (frame timeout);
 * preview listeners get every frame while ENABLED. {@link #capture} waits for the next complete frame and encodes
 * it as JPEG. Health: the source's failure at start or while running (missing device → OFFLINE with the path,
 * busy or pipeline error → HARDWARE_ERROR with the cause) makes the next operation throw
 * {@link LinkLostException}; no frame within an operation's deadline → {@link Outcome.TimedOut} and OFFLINE, or
 * {@code DeviceError("NO_FRAME")} and HARDWARE_ERROR when the source knows its frames are unusable; frames again →
 * ONLINE.
 */
public final class StreamCamera implements Camera {
    private static final Logger LOG = LoggerFactory.getLogger(StreamCamera.class);
    private static final long WAKE_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

    private final String role;
    private final String driverName;
    private final CameraSettings settings;
    private final FrameSource source;
    private final Clock clock;
    private final String device;
    private final Lifecycle lifecycle;
    private final OperationGate gate;
    private final CameraStatus status;
    private final JpegStill jpeg;
    private final Listeners<Frame> frameListeners;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private Frame latest;
    private long sequence;
    private SourceFailure failure;
    private Thread reader;

    public StreamCamera(String role, String driverName, CameraSettings settings, FrameSource source, Clock clock) {
        this.role = Objects.requireNonNull(role, "role");
        this.driverName = Objects.requireNonNull(driverName, "driverName");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.source = Objects.requireNonNull(source, "source");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.device = role + " (" + driverName + ")";
        this.lifecycle = new Lifecycle(device);
        this.gate = new OperationGate(device);
        this.status = new CameraStatus(device, clock);
        this.jpeg = new JpegStill(settings.jpegQuality());
        this.frameListeners = new Listeners<>(LOG, device, "frame", frame -> "frame #" + frame.sequence());
    }

    @Override
    public String role() {
        return role;
    }

    @Override
    public String driverName() {
        return driverName;
    }

    @Override
    public LifecycleState state() {
        return lifecycle.state();
    }

    public CameraSettings settings() {
        return settings;
    }

    @Override
    public void open() throws LinkLostException {
        lifecycle.open(this::startSource);
    }

    @Override
    public void enable() throws LinkLostException {
        lifecycle.enable();
    }

    @Override
    public void disable() throws LinkLostException {
        lifecycle.disable();
    }

    @Override
    public void close() {
        lifecycle.closeIfOpen(this::stopSource);
    }

    @Override
    public DeviceStatus status() {
        return status.current();
    }

    @Override
    public AutoCloseable onStatusChange(Consumer<DeviceStatus> listener) {
        return status.onChange(listener);
    }

    @Override
    public AutoCloseable onFrame(Consumer<Frame> listener) {
        return frameListeners.add(listener);
    }

    @Override
    public Outcome<Still> capture(Deadline deadline, CancelToken cancel) throws LinkLostException {
        lifecycle.requireEnabled("capture");
        return gate.run("capture", deadline, cancel, (until, token) -> {
            Outcome<Frame> frame = nextFrame("capture", until, token);
            return frame.map(f -> jpeg.encode(f, f.at()));
        });
    }

    @Override
    public Outcome<DeviceStatus> refreshStatus(Deadline deadline, CancelToken cancel) throws LinkLostException {
        lifecycle.requireOpen("refreshStatus");
        return gate.run("refreshStatus", deadline, cancel,
                (until, token) -> nextFrame("refreshStatus", until, token).map(frame -> status.current()));
    }

    /** Waits for a frame newer than the latest one now. */
    private Outcome<Frame> nextFrame(String operation, Deadline deadline, CancelToken cancel)
            throws LinkLostException {
        Runnable wake = this::wakeAll;
        cancel.onCancel(wake);
        lock.lock();
        try {
            long after = sequence;
            while (true) {
                if (failure != null) {
                    throw new LinkLostException(source.describe(), failure.getMessage(), failure);
                }
                if (sequence > after) {
                    status.online(source.describe());
                    return Outcome.success(latest);
                }
                if (cancel.isCancelled()) {
                    return Outcome.cancelled(operation);
                }
                if (deadline.expired()) {
                    Optional<String> problem = source.problem();
                    if (problem.isPresent()) {
                        status.unusable(problem.get());
                        return Outcome.deviceError("NO_FRAME", problem.get());
                    }
                    status.offline("no frame from " + source.describe() + " within " + deadline.budget().toMillis()
                            + " ms");
                    return Outcome.timedOut(operation + " (no frame from " + source.describe() + ")",
                            deadline.budget());
                }
                changed.awaitNanos(Math.min(WAKE_NANOS, deadline.remaining().toNanos()));
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return Outcome.cancelled(operation);
        } finally {
            lock.unlock();
        }
    }

    private void wakeAll() {
        lock.lock();
        try {
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void startSource() throws LinkLostException {
        lock.lock();
        try {
            failure = null;
            latest = null;
        } finally {
            lock.unlock();
        }
        try {
            source.start();
        } catch (SourceFailure e) {
            status.failed(e);
            throw new LinkLostException(source.describe(), "open failed: " + e.getMessage(), e);
        }
        Thread thread = new Thread(this::readFrames, "camera-" + role);
        thread.setDaemon(true);
        reader = thread;
        thread.start();
        Outcome<Frame> first;
        try {
            first = nextFrame("open", Deadline.in(settings.frameTimeout()), CancelToken.none());
        } catch (LinkLostException e) {
            stopSource();
            throw e;
        }
        if (!first.isSuccess()) {
            stopSource();
            throw new LinkLostException(source.describe(), "open failed: no frame within "
                    + settings.frameTimeout().toMillis() + " ms");
        }
        LOG.info("{} opened: {} at {}", device, source.describe(), settings);
    }

    private void stopSource() {
        Thread thread = reader;
        reader = null;
        source.stop();
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(Duration.ofSeconds(2).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void readFrames() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                int[] argb = source.next();
                Frame frame;
                lock.lock();
                try {
                    frame = new Frame(settings.width(), settings.height(), argb, sequence + 1, clock.instant());
                    latest = frame;
                    sequence = frame.sequence();
                    changed.signalAll();
                } finally {
                    lock.unlock();
                }
                if (lifecycle.state() == LifecycleState.ENABLED) {
                    frameListeners.tell(frame);
                }
            }
        } catch (SourceFailure e) {
            status.failed(e); // before the failure is visible, so that whoever sees it sees the health too
            lock.lock();
            try {
                failure = e;
                changed.signalAll();
            } finally {
                lock.unlock();
            }
        } catch (InterruptedException stopped) {
            LOG.debug("{}: frame reader stopped", device);
        }
    }

    @Override
    public String toString() {
        return "StreamCamera[" + device + ", " + source.describe() + ", " + lifecycle.state() + "]";
    }
}
