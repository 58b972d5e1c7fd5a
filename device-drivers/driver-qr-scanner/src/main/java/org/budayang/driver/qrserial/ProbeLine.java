package org.budayang.driver.qrserial;

import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.budayang.driver.link.Link;
import org.budayang.driver.link.LinkLostException;
import org.budayang.driver.op.CancelToken;
import org.budayang.driver.op.Deadline;

/**
 * Sends the probe and waits for the framer to report its answer; one probe at a time. Any answer that arrives
 * after the request was written counts (a late answer to an earlier probe also proves the scanner is alive).
 */
final class ProbeLine {

    /** How a probe ended. */
    sealed interface Result {
        record Answered(byte status) implements Result {
        }

        /** Nothing came back before the deadline, or the caller cancelled. */
        record NoAnswer() implements Result {
        }

        /** Another probe held the line until the deadline. */
        record Busy() implements Result {
        }
    }

    /** Throws when the link was lost meanwhile. */
    @FunctionalInterface
    interface LostCheck {
        void check() throws LinkLostException;
    }

    private static final long SLICE_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

    private final Probe probe;
    private final Object monitor = new Object();
    private boolean probing;
    private long replies;
    private byte lastStatus;

    ProbeLine(Probe probe) {
        this.probe = Objects.requireNonNull(probe, "probe");
    }

    /** Called by the framer's sink for each probe answer. */
    void replied(byte status) {
        synchronized (monitor) {
            replies++;
            lastStatus = status;
            monitor.notifyAll();
        }
    }

    void wake() {
        synchronized (monitor) {
            monitor.notifyAll();
        }
    }

    Result probe(Link link, Deadline deadline, CancelToken cancel, LostCheck lost) throws LinkLostException {
        cancel.onCancel(this::wake);
        long before;
        synchronized (monitor) {
            while (probing) {
                if (cancel.isCancelled() || deadline.expired()) {
                    return new Result.Busy();
                }
                waitSlice(deadline);
            }
            probing = true;
            before = replies;
        }
        try {
            link.write(probe.request());
            synchronized (monitor) {
                while (replies == before) {
                    lost.check();
                    if (cancel.isCancelled() || deadline.expired()) {
                        return new Result.NoAnswer();
                    }
                    waitSlice(deadline);
                }
                return new Result.Answered(lastStatus);
            }
        } finally {
            synchronized (monitor) {
                probing = false;
                monitor.notifyAll();
            }
        }
    }

    private void waitSlice(Deadline deadline) {
        long nanos = Math.max(1, Math.min(SLICE_NANOS, deadline.remaining().toNanos()));
        try {
            TimeUnit.NANOSECONDS.timedWait(monitor, nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
