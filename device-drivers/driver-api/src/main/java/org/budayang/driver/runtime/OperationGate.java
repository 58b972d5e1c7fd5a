package org.budayang.driver.runtime;

import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.budayang.driver.link.LinkLostException;
import org.budayang.driver.op.CancelToken;
import org.budayang.driver.op.Deadline;
import org.budayang.driver.op.Outcome;

/**
 * Runs one operation at a time on a device (DESIGN.md, Devices). A caller that finds the device busy
 * waits until the running operation ends, its own deadline passes ({@link Outcome.TimedOut} naming the
 * operation the device is busy with) or its cancel token fires ({@link Outcome.Cancelled}). Waiting
 * callers are admitted in arrival order. A driver wraps each of its operations, including its health
 * poll, in {@link #run}.
 */
public final class OperationGate {

    /** The body of an operation, run while the gate is held. */
    @FunctionalInterface
    public interface Operation<T> {
        Outcome<T> run(Deadline deadline, CancelToken cancel) throws LinkLostException;
    }

    private final String device;
    private final ReentrantLock lock = new ReentrantLock(true);
    private final Condition released = lock.newCondition();
    // Tickets keep waiting callers in arrival order; a caller that gives up hands its turn on.
    private final Set<Long> abandoned = new HashSet<>();
    private String running;
    private long ticketsIssued;
    private long nextTicket;

    /** @param device how the device is named in outcomes, e.g. {@code idCardReader (idcard-sam)} */
    public OperationGate(String device) {
        this.device = Objects.requireNonNull(device, "OperationGate.device is required");
    }

    /**
     * Runs {@code body} once the device is free.
     *
     * @param operation names the operation in outcomes, e.g. {@code readCard}
     * @throws LinkLostException only from the body
     */
    public <T> Outcome<T> run(String operation, Deadline deadline, CancelToken cancel, Operation<T> body)
            throws LinkLostException {
        Objects.requireNonNull(operation, "operation is required");
        Objects.requireNonNull(deadline, "deadline is required");
        Objects.requireNonNull(cancel, "cancel is required");
        Objects.requireNonNull(body, "body is required");
        Outcome<T> refused = enter(operation, deadline, cancel);
        if (refused != null) {
            return refused;
        }
        try {
            return Objects.requireNonNull(body.run(deadline, cancel),
                    () -> device + ": operation " + operation + " returned no outcome");
        } finally {
            leave();
        }
    }

    /** The operation running now, if any. */
    public Optional<String> running() {
        lock.lock();
        try {
            return Optional.ofNullable(running);
        } finally {
            lock.unlock();
        }
    }

    private <T> Outcome<T> enter(String operation, Deadline deadline, CancelToken cancel) {
        if (cancel.isCancelled()) {
            return Outcome.cancelled(operation);
        }
        cancel.onCancel(this::wakeAll);
        lock.lock();
        try {
            long ticket = ticketsIssued++;
            while (running != null || ticket != nextTicket) {
                Outcome<T> giveUp = null;
                if (cancel.isCancelled()) {
                    giveUp = Outcome.cancelled(operation);
                } else if (deadline.expired()) {
                    giveUp = Outcome.timedOut(operation + " (waited: " + device + " was busy with "
                            + (running == null ? "an earlier caller" : running) + ")", deadline.budget());
                }
                if (giveUp != null) {
                    abandon(ticket);
                    return giveUp;
                }
                try {
                    released.awaitNanos(deadline.remaining().toNanos());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    abandon(ticket);
                    return Outcome.cancelled(operation);
                }
            }
            nextTicket++;
            skipAbandoned();
            running = operation;
            return null;
        } finally {
            lock.unlock();
        }
    }

    private void abandon(long ticket) {
        abandoned.add(ticket);
        skipAbandoned();
        released.signalAll();
    }

    private void skipAbandoned() {
        while (abandoned.remove(nextTicket)) {
            nextTicket++;
        }
    }

    private void leave() {
        lock.lock();
        try {
            running = null;
            skipAbandoned();
            released.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void wakeAll() {
        lock.lock();
        try {
            released.signalAll();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public String toString() {
        return "OperationGate[" + device + ", running=" + running().orElse("nothing") + "]";
    }
}
