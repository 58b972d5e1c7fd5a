package org.budayang.kiosk.identity;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.budayang.driver.camera.Camera;
import org.budayang.driver.camera.Frame;
import org.budayang.driver.camera.Still;
import org.budayang.driver.op.CancelToken;
import org.budayang.driver.op.Deadline;
import org.budayang.driver.op.Outcome;
import org.budayang.kiosk.devices.DeviceCall;

/**
 * The kiosk's way to the camera: preview frames (on the driver's thread, for the face screen to copy and hand on)
 * and still captures off the FX thread. Nothing of a frame or still is ever logged.
 */
public final class CameraAccess {
    /** How long one still capture may take (issue #6: still to JPEG within 150 ms; the rest is margin). */
    public static final Duration DEFAULT_CAPTURE_BUDGET = Duration.ofSeconds(2);

    private final Camera camera;
    private final DeviceCall calls;
    private final Duration budget;

    /**
     * @param camera the camera, or null when the kiosk has none configured
     */
    public CameraAccess(Camera camera, Executor background, Executor fx, Duration budget) {
        this.camera = camera;
        this.calls = new DeviceCall("camera", background, fx);
        this.budget = Objects.requireNonNull(budget, "budget");
        if (budget.isZero() || budget.isNegative()) {
            throw new IllegalArgumentException("CameraAccess.budget must be positive, got " + budget);
        }
    }

    /** A kiosk without a camera: no frames, every capture fails with {@code NO_CAMERA}. */
    public static CameraAccess none() {
        return new CameraAccess(null, Runnable::run, Runnable::run, DEFAULT_CAPTURE_BUDGET);
    }

    public Optional<Camera> camera() {
        return Optional.ofNullable(camera);
    }

    /** Registers a listener for preview frames, called on the driver's thread (copy before handing on). */
    public AutoCloseable onFrame(Consumer<Frame> listener) {
        Objects.requireNonNull(listener, "listener");
        return camera == null ? () -> { } : camera.onFrame(listener);
    }

    /** Captures a still off the FX thread; {@code done} gets the outcome through the fx executor. */
    public void capture(CancelToken cancel, Consumer<Outcome<Still>> done) {
        Objects.requireNonNull(cancel, "cancel");
        if (camera == null) {
            calls.deliver(() -> done.accept(Outcome.deviceError("NO_CAMERA", "no camera is configured")));
            return;
        }
        calls.run("capture", () -> camera.capture(Deadline.in(budget), cancel), done);
    }
}
