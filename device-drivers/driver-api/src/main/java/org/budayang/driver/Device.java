package org.budayang.driver;

import java.util.function.Consumer;
import org.budayang.driver.link.LinkLostException;
import org.budayang.driver.op.CancelToken;
import org.budayang.driver.op.Deadline;
import org.budayang.driver.op.Outcome;

/**
 * One configured device (DESIGN.md, Devices): a role served by a driver over a link. Role-specific
 * operations live in sub-interfaces (e.g. {@code IdCardReader}); this is what every device shares
 * and what the supervisor drives.
 *
 * <p>Lifecycle CLOSED → OPEN → ENABLED with guarded transitions ({@link Lifecycle}); health as
 * {@link DeviceStatus}, published to listeners on every change. Operations take a {@link Deadline}
 * and a {@link CancelToken}, return an {@link Outcome}, run one at a time per device, and throw only
 * {@link LinkLostException}. After a lost link the device reports {@link Health#OFFLINE} and must be
 * closed and opened again (the supervisor does it).
 */
public interface Device extends AutoCloseable {

    /** The role it serves, e.g. {@code idCardReader}. */
    String role();

    /** The driver's name, e.g. {@code idcard-sam}. */
    String driverName();

    LifecycleState state();

    /** Opens the link and checks the device answers. CLOSED → OPEN. */
    void open() throws LinkLostException;

    /** Starts serving (polling for cards, accepting notes…). OPEN → ENABLED. */
    void enable() throws LinkLostException;

    /** Stops serving. ENABLED → OPEN. */
    void disable() throws LinkLostException;

    /** Releases the link. Any state → CLOSED; idempotent, never throws. */
    @Override
    void close();

    /** The last known status (never null). */
    DeviceStatus status();

    /**
     * Asks the device for its status now (the supervisor's health poll). Needs OPEN or ENABLED.
     * A device that does not answer within the deadline gives {@link Outcome.TimedOut} and reports
     * {@link Health#OFFLINE}.
     */
    Outcome<DeviceStatus> refreshStatus(Deadline deadline, CancelToken cancel) throws LinkLostException;

    /**
     * Registers a listener called after every status change (on a driver thread; listeners must not
     * block). Returns a handle that unregisters it.
     */
    AutoCloseable onStatusChange(Consumer<DeviceStatus> listener);
}
