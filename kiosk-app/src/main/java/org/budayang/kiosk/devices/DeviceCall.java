package org.budayang.kiosk.devices;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import org.budayang.driver.link.LinkLostException;
import org.budayang.driver.op.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way every kiosk device call goes: runs a driver operation off the FX thread and hands its outcome over
 * through the fx executor. Whatever the driver does, {@code done} is called exactly once (unless the UI is shutting
 * down): a lost link becomes {@code DeviceError(LINK_LOST)}; a device that is not enabled (being reopened by the
 * supervisor: a LifecycleException or another IllegalStateException) {@code DeviceError(DEVICE_NOT_READY)}; any
 * other RuntimeException of the driver (a bug) {@code DeviceError(DRIVER_FAILED)}, logged once here with its stack
 * but not its message (which might carry card data); a shut-down device executor {@code DeviceError(KIOSK_STOPPING)}.
 * Nothing of the operation's result is logged.
 */
public final class DeviceCall {
    private static final Logger LOG = LoggerFactory.getLogger(DeviceCall.class);
    /** The link to the device is lost. */
    public static final String LINK_LOST = "LINK_LOST";
    /** The device is not open or not enabled (the supervisor is reopening it). */
    public static final String DEVICE_NOT_READY = "DEVICE_NOT_READY";
    /** The driver threw something it should not have (a bug); the screen shows the way as not working now. */
    public static final String DRIVER_FAILED = "DRIVER_FAILED";
    /** The device executor is shut down (the kiosk is stopping). */
    public static final String KIOSK_STOPPING = "KIOSK_STOPPING";

    /** A driver operation that may lose its link. */
    @FunctionalInterface
    public interface Operation<T> {
        Outcome<T> call() throws LinkLostException;
    }

    private final String device;
    private final Executor background;
    private final Executor fx;

    /**
     * @param device     what the operations talk to, for the log ("social security card reader")
     * @param background runs the operations (a device thread; {@code Runnable::run} in tests)
     * @param fx         delivers results ({@code Platform::runLater}; {@code Runnable::run} in tests)
     */
    public DeviceCall(String device, Executor background, Executor fx) {
        this.device = Objects.requireNonNull(device, "device");
        this.background = Objects.requireNonNull(background, "background");
        this.fx = Objects.requireNonNull(fx, "fx");
    }

    /**
     * Runs {@code op} on the background executor and hands its outcome to {@code done} through the fx executor.
     * When the background executor refuses (the kiosk is stopping), {@code done} gets
     * {@code DeviceError(KIOSK_STOPPING)} through the fx executor.
     */
    public <T> void run(String operation, Operation<T> op, Consumer<Outcome<T>> done) {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(op, "op");
        Objects.requireNonNull(done, "done");
        try {
            background.execute(() -> {
                Outcome<T> outcome = now(operation, op);
                deliver(() -> done.accept(outcome));
            });
        } catch (RejectedExecutionException stopping) {
            LOG.debug("{} {} not started: the device executor is shut down", device, operation);
            deliver(() -> done.accept(Outcome.deviceError(KIOSK_STOPPING,
                    device + " " + operation + " not started: the device thread is shut down")));
        }
    }

    /** Runs {@code op} on the calling thread (already a device thread); never throws a RuntimeException. */
    public <T> Outcome<T> now(String operation, Operation<T> op) {
        try {
            Outcome<T> outcome = op.call();
            if (outcome == null) {
                LOG.error("{} {}: the driver returned no outcome (null)", device, operation);
                return Outcome.deviceError(DRIVER_FAILED, device + " " + operation + " returned no outcome");
            }
            return outcome;
        } catch (LinkLostException lost) {
            LOG.warn("{} {} failed, the link is lost: {}", device, operation, lost.getMessage());
            return Outcome.deviceError(LINK_LOST, lost.getMessage());
        } catch (IllegalStateException notReady) {
            // a LifecycleException, or a driver's plain "not open" refusal while the supervisor reopens it
            LOG.warn("{} {} refused, the device is not ready: {}", device, operation, notReady.getMessage());
            return Outcome.deviceError(DEVICE_NOT_READY, notReady.getMessage());
        } catch (RuntimeException bug) {
            // the driver's exception message may not be ours to trust with personal data: log its class only
            LOG.error("{} {} failed: the driver threw {}", device, operation, bug.getClass().getName(),
                    withoutMessage(bug));
            return Outcome.deviceError(DRIVER_FAILED, device + " " + operation + " failed: the driver threw "
                    + bug.getClass().getSimpleName() + " (see the kiosk log)");
        }
    }

    /** Hands {@code task} to the fx executor; dropped (logged at debug) when the UI is shutting down. */
    public void deliver(Runnable task) {
        try {
            fx.execute(task);
        } catch (RejectedExecutionException | IllegalStateException stopping) {
            LOG.debug("{} event or result dropped: the UI is shutting down", device);
        }
    }

    /** The exception's stack without its message (a driver message might carry card data). */
    private static Throwable withoutMessage(RuntimeException bug) {
        Throwable copy = new Throwable(bug.getClass().getName() + " (message withheld)");
        copy.setStackTrace(bug.getStackTrace());
        return copy;
    }
}
