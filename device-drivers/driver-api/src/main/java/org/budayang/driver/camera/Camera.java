package org.budayang.driver.camera;

import java.util.function.Consumer;
import org.budayang.driver.Device;
import org.budayang.driver.link.LinkLostException;
import org.budayang.driver.op.CancelToken;
import org.budayang.driver.op.Deadline;
import org.budayang.driver.op.Outcome;

/**
 * A camera for face verification (role {@code camera}, issue #6): live preview frames for the kiosk screen
 * while ENABLED, and a still capture. Camera missing → OFFLINE; busy (held by another process) or failing →
 * HARDWARE_ERROR with a detail that names the device and the cause.
 */
public interface Camera extends Device {

    /**
     * Registers a listener called with every preview frame while ENABLED, at the configured rate (on a driver
     * thread; it must not block: copy or hand the frame on). Returns a handle that unregisters it.
     */
    AutoCloseable onFrame(Consumer<Frame> listener);

    /**
     * Captures a still (the next complete frame, encoded as JPEG). Needs ENABLED.
     *
     * @return the still; {@code DeviceError("NO_FRAME")} when the camera delivers nothing usable,
     *         {@code TimedOut} when no frame came within the deadline (the device then reports OFFLINE)
     */
    Outcome<Still> capture(Deadline deadline, CancelToken cancel) throws LinkLostException;
}
