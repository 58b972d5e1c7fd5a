package org.budayang.driver;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The guarded lifecycle of one device (DESIGN.md, Devices; STYLE.md 8). Thread-safe.
 *
 * <pre>
 *   operation   allowed from      leads to
 *   open        CLOSED            OPEN
 *   enable      OPEN              ENABLED
 *   disable     ENABLED           OPEN
 *   close       OPEN, ENABLED     CLOSED   (closing an enabled device disables it implicitly)
 * </pre>
 *
 * <p>Each transition may carry an action (open the link, claim the device, …) that runs while the
 * transition holds the lifecycle's lock, so no other transition interleaves with it. If the action
 * of {@code open}, {@code enable} or {@code disable} throws, the state does not change and the
 * exception propagates. {@code close} always ends {@link LifecycleState#CLOSED}, even when its
 * action throws: a device whose release failed is not usable either, and a supervisor must be able
 * to open it again. An action must not call back into the same lifecycle.
 *
 * <p>Operations check {@link #requireEnabled(String)} first; the check refuses with a
 * {@link LifecycleException} naming the operation and the current state.
 */
public final class Lifecycle {

    /** A transition's side effect; may throw the driver's own checked exception. */
    @FunctionalInterface
    public interface Action<E extends Exception> {
        void run() throws E;
    }

    private enum Transition {
        OPEN("open", EnumSet.of(LifecycleState.CLOSED), LifecycleState.OPEN),
        ENABLE("enable", EnumSet.of(LifecycleState.OPEN), LifecycleState.ENABLED),
        DISABLE("disable", EnumSet.of(LifecycleState.ENABLED), LifecycleState.OPEN),
        CLOSE("close", EnumSet.of(LifecycleState.OPEN, LifecycleState.ENABLED), LifecycleState.CLOSED);

        private final String operation;
        private final Set<LifecycleState> from;
        private final LifecycleState to;

        Transition(String operation, Set<LifecycleState> from, LifecycleState to) {
            this.operation = operation;
            this.from = from;
            this.to = to;
        }
    }

    private static final Action<RuntimeException> NOTHING = () -> { };

    private final String device;
    private final ReentrantLock lock = new ReentrantLock();
    private volatile LifecycleState state = LifecycleState.CLOSED;

    /**
     * @param device how the device is named in refusals, e.g. {@code receiptPrinter (escpos)}
     */
    public Lifecycle(String device) {
        Objects.requireNonNull(device, "Lifecycle.device is required");
        if (device.isBlank()) {
            throw new IllegalArgumentException("Lifecycle.device must name the device, got a blank name");
        }
        this.device = device;
    }

    public String device() {
        return device;
    }

    /** The current state; it may change right after this returns. */
    public LifecycleState state() {
        return state;
    }

    public void open() {
        open(NOTHING);
    }

    public <E extends Exception> void open(Action<E> action) throws E {
        transition(Transition.OPEN, action);
    }

    public void enable() {
        enable(NOTHING);
    }

    public <E extends Exception> void enable(Action<E> action) throws E {
        transition(Transition.ENABLE, action);
    }

    public void disable() {
        disable(NOTHING);
    }

    public <E extends Exception> void disable(Action<E> action) throws E {
        transition(Transition.DISABLE, action);
    }

    public void close() {
        close(NOTHING);
    }

    public <E extends Exception> void close(Action<E> action) throws E {
        transition(Transition.CLOSE, action);
    }

    /**
     * Refuses an operation unless the device is {@link LifecycleState#ENABLED}.
     *
     * @param operation the operation about to run, named in the refusal (e.g. {@code readCard})
     * @throws LifecycleException if the device is not enabled
     */
    public void requireEnabled(String operation) {
        Objects.requireNonNull(operation, "operation is required");
        LifecycleState current = state;
        if (current != LifecycleState.ENABLED) {
            throw new LifecycleException(device, operation, current, EnumSet.of(LifecycleState.ENABLED));
        }
    }

    /**
     * Refuses an operation while the device is {@link LifecycleState#CLOSED} (status refreshes and the like, allowed
     * when OPEN or ENABLED).
     *
     * @param operation the operation about to run, named in the refusal (e.g. {@code refreshStatus})
     * @throws LifecycleException if the device is closed
     */
    public void requireOpen(String operation) {
        Objects.requireNonNull(operation, "operation is required");
        LifecycleState current = state;
        if (current == LifecycleState.CLOSED) {
            throw new LifecycleException(device, operation, current,
                    EnumSet.of(LifecycleState.OPEN, LifecycleState.ENABLED));
        }
    }

    /**
     * A device's {@code close()}: closes with {@code action} unless already CLOSED; a close that loses a race with
     * another close does nothing (the device is CLOSED either way), so closing twice or from two threads is safe.
     *
     * @return whether this call closed the device (and ran {@code action})
     */
    public <E extends Exception> boolean closeIfOpen(Action<E> action) throws E {
        Objects.requireNonNull(action, "action is required");
        if (state == LifecycleState.CLOSED) {
            return false;
        }
        try {
            transition(Transition.CLOSE, action);
            return true;
        } catch (LifecycleException closedMeanwhile) {
            if (closedMeanwhile.state() != LifecycleState.CLOSED) {
                throw closedMeanwhile;
            }
            return false;
        }
    }

    private <E extends Exception> void transition(Transition transition, Action<E> action) throws E {
        Objects.requireNonNull(action, "action is required");
        if (lock.isHeldByCurrentThread()) {
            throw new IllegalStateException(device + ": " + transition.operation
                    + " was called from inside another transition's action; actions must not call back into"
                    + " their own lifecycle");
        }
        lock.lock();
        try {
            LifecycleState current = state;
            if (!transition.from.contains(current)) {
                throw new LifecycleException(device, transition.operation, current, transition.from);
            }
            if (transition == Transition.CLOSE) {
                try {
                    action.run();
                } finally {
                    state = transition.to;
                }
            } else {
                action.run();
                state = transition.to;
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    public String toString() {
        return "Lifecycle[" + device + ", " + state + "]";
    }
}
