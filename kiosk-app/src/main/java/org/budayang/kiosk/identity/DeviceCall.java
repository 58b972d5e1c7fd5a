package org.budayang.kiosk.identity;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import org.budayang.driver.LifecycleException;
import org.budayang.driver.link.LinkLostException;
import org.budayang.driver.op.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one device operation off the FX thread and hands its outcome over through the fx executor. A lost link
 * becomes {@code DeviceError("LINK_LOST")}, a device that is not enabled (being reopened by the supervisor)
 * {@code DeviceError("READER_NOT_READY")}: the screens treat both as "this way does not work now".
 */
final class DeviceCall {
    private static final Logger LOG = LoggerFactory.getLogger(DeviceCall.class);

    /** A driver operation that may lose its link. */
    @FunctionalInterface
    interface Operation<T> {
        Outcome<T> call() throws LinkLostException;
    }

    private final String device;
    private final Executor background;
    private final Executor fx;

    /**
     * @param device     what the operations talk to, for the log ("social security card reader")
     * @param background runs the operations (a device thread)
     * @param fx         delivers results (the FX thread)
     */
    DeviceCall(String device, Executor background, Executor fx) {
        this.device = Objects.requireNonNull(device, "device");
        this.background = Objects.requireNonNull(background, "background");
        this.fx = Objects.requireNonNull(fx, "fx");
    }

    <T> void run(String operation, Operation<T> op, Consumer<Outcome<T>> done) {
        Objects.requireNonNull(done, "done");
        try {
            background.execute(() -> {
                Outcome<T> outcome = now(operation, op);
                deliver(() -> done.accept(outcome));
            });
        } catch (RejectedExecutionException stopping) {
            LOG.debug("{} {} not started: the device executor is shut down", device, operation);
        }
    }

    private <T> Outcome<T> now(String operation, Operation<T> op) {
        try {
            return op.call();
        } catch (LinkLostException lost) {
            LOG.warn("{} {} failed, the link is lost: {}", device, operation, lost.getMessage());
            return Outcome.deviceError("LINK_LOST", lost.getMessage());
        } catch (LifecycleException notReady) {
            LOG.warn("{} {} refused, the device is not ready: {}", device, operation, notReady.getMessage());
            return Outcome.deviceError("READER_NOT_READY", notReady.getMessage());
        }
    }

    void deliver(Runnable task) {
        try {
            fx.execute(task);
        } catch (RejectedExecutionException | IllegalStateException stopping) {
            LOG.debug("{} event or result dropped: the UI is shutting down", device);
        }
    }
}
