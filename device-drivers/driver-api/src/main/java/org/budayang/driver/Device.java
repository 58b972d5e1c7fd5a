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
     * Staff say they have cleared what the status asked for ({@link RecommendedAction#CLEAR}: paper
     * replaced, jam removed, cover closed): the device forgets whatever it cannot sense again by itself
     * and checks its status anew. This is the technician panel's "已处理（如纸已补充）" action. Needs OPEN
     * or ENABLED, like {@link #refreshStatus}.
     *
     * <p>It never pretends: the status returned is what the device reports <em>after</em> forgetting,
     * so a printer that is still out of paper reports it again at once if it can sense it, or at its
     * next job if it cannot. It does not clear conditions of another kind (a stopped queue, a device
     * that does not answer, a configuration error): those keep their own status and action.
     *
     * <p>The default is {@link #refreshStatus}: enough for a device that senses its condition on every
     * status query (an ESC/POS printer answers {@code DLE EOT} with its paper sensor). A driver whose
     * device keeps a condition latched until told otherwise (CUPS keeps a queue's
     * {@code media-empty-error} until the next job runs) overrides it to clear the latch first. The new
     * status is published to the listeners like any other change.
     *
     * @return the status after clearing; {@link Outcome.TimedOut} / {@link Outcome.Cancelled} as for
     *         {@link #refreshStatus}; {@link Outcome.DeviceError} when the device (or the system service
     *         in front of it) refused to clear, with a detail naming what to do by hand
     * @throws LinkLostException when the link to the device is lost
     */
    default Outcome<DeviceStatus> conditionCleared(Deadline deadline, CancelToken cancel) throws LinkLostException {
        return refreshStatus(deadline, cancel);
    }

    /**
     * Registers a listener called after every status change (on a driver thread; listeners must not
     * block). Returns a handle that unregisters it.
     */
    AutoCloseable onStatusChange(Consumer<DeviceStatus> listener);
}
