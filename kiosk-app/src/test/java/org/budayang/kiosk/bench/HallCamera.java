package org.budayang.kiosk.bench;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.budayang.central.identity.face.LiveCaptureSimulator;
import org.budayang.driver.DeviceStatus;
import org.budayang.driver.LifecycleState;
import org.budayang.driver.camera.Camera;
import org.budayang.driver.camera.Frame;
import org.budayang.driver.camera.Still;
import org.budayang.driver.op.CancelToken;
import org.budayang.driver.op.Deadline;
import org.budayang.driver.op.Outcome;

/**
 * A camera in front of which 张三 stands: preview frames of one grey level (bright = a face the kiosk's advisor calls
 * READY) and, at each capture, a NEW still of 张三 from central's capture simulator (his sandbox register photo seed,
 * a new capture seed each time: moved, lit and noised differently), as a real camera gives a new picture at each
 * retry. Central's face check decides whether it matches.
 */
final class HallCamera implements Camera {
    private final List<Consumer<Frame>> listeners = new CopyOnWriteArrayList<>();
    private final LiveCaptureSimulator simulator = new LiveCaptureSimulator();
    private final AtomicLong captures = new AtomicLong();
    private final AtomicLong frames = new AtomicLong();
    private final long photoSeed;

    HallCamera(long photoSeed) {
        this.photoSeed = photoSeed;
    }

    long captures() {
        return captures.get();
    }

    /** Delivers a 64×48 preview frame of one grey level to every listener. */
    void frame(int grey) {
        int[] argb = new int[64 * 48];
        java.util.Arrays.fill(argb, 0xFF000000 | grey << 16 | grey << 8 | grey);
        Frame f = new Frame(64, 48, argb, frames.incrementAndGet(), Instant.now());
        listeners.forEach(l -> l.accept(f));
    }

    @Override
    public AutoCloseable onFrame(Consumer<Frame> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @Override
    public Outcome<Still> capture(Deadline deadline, CancelToken cancel) {
        byte[] jpeg = simulator.jpeg(photoSeed, captures.incrementAndGet(), LiveCaptureSimulator.Kind.GOOD);
        return Outcome.success(new Still(jpeg, LiveCaptureSimulator.WIDTH, LiveCaptureSimulator.HEIGHT,
                Instant.now()));
    }

    @Override
    public String role() {
        return "camera";
    }

    @Override
    public String driverName() {
        return "bench-hall-camera";
    }

    @Override
    public LifecycleState state() {
        return LifecycleState.ENABLED;
    }

    @Override
    public void open() {
    }

    @Override
    public void enable() {
    }

    @Override
    public void disable() {
    }

    @Override
    public void close() {
    }

    @Override
    public DeviceStatus status() {
        return DeviceStatus.online(Instant.now());
    }

    @Override
    public Outcome<DeviceStatus> refreshStatus(Deadline deadline, CancelToken cancel) {
        return Outcome.success(status());
    }

    @Override
    public AutoCloseable onStatusChange(Consumer<DeviceStatus> listener) {
        return () -> { };
    }
}
