package org.budayang.driver.qrserial;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import org.budayang.driver.link.LinkLostException;
import org.budayang.driver.op.CancelToken;
import org.budayang.driver.op.Deadline;
import org.budayang.driver.op.Outcome;
import org.budayang.driver.runtime.Listeners;
import org.budayang.driver.scanner.ScannedCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where codes go: to every listener, and to the caller of {@code awaitCode}. Each code gets a sequence
 * number; a waiter takes the first code numbered after its call that no earlier waiter took, so two
 * callers in turn never get the same code and a code scanned while a caller waited for the device is not lost.
 */
final class CodeBox {
    private static final Logger LOG = LoggerFactory.getLogger(CodeBox.class);
    private static final int KEPT = 32;
    private static final long SLICE_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

    private record Numbered(long seq, ScannedCode code) {
    }

    private final String device;
    private final Listeners<ScannedCode> listeners;
    private final Deque<Numbered> recent = new ArrayDeque<>();
    private long lastSeq;
    private long lastTaken;
    private LinkLostException lost;
    private boolean disabled;

    CodeBox(String device) {
        this.device = device;
        this.listeners = new Listeners<>(LOG, device, "code", Function.identity());
    }

    AutoCloseable onCode(Consumer<ScannedCode> listener) {
        return listeners.add(listener);
    }

    /** A new link and serving again: forget the old link's codes and loss. */
    synchronized void reset() {
        recent.clear();
        lastTaken = lastSeq;
        lost = null;
        disabled = false;
    }

    /** The sequence number of the latest code: a waiter wants codes after it. */
    synchronized long mark() {
        return lastSeq;
    }

    void deliver(ScannedCode code) {
        synchronized (this) {
            lastSeq++;
            recent.addLast(new Numbered(lastSeq, code));
            while (recent.size() > KEPT) {
                recent.removeFirst();
            }
            notifyAll();
        }
        listeners.tell(code);
    }

    synchronized void lost(LinkLostException cause) {
        lost = cause;
        notifyAll();
    }

    /** Disabled or closed: waiters end at once. */
    synchronized void disabled() {
        disabled = true;
        notifyAll();
    }

    synchronized void wake() {
        notifyAll();
    }

    /** Waits for the first code after {@code after} not taken yet. */
    synchronized Outcome<ScannedCode> await(long after, Deadline deadline, CancelToken cancel)
            throws LinkLostException {
        while (true) {
            for (Numbered numbered : recent) {
                if (numbered.seq() > after && numbered.seq() > lastTaken) {
                    lastTaken = numbered.seq();
                    return Outcome.success(numbered.code());
                }
            }
            if (lost != null) {
                throw new LinkLostException(lost.link(), "awaitCode failed: " + lost.getMessage(), lost);
            }
            if (disabled) {
                return Outcome.deviceError("SCANNER_DISABLED", device + " was disabled or closed while awaitCode"
                        + " waited; enable it again");
            }
            if (cancel.isCancelled()) {
                return Outcome.cancelled("awaitCode");
            }
            if (deadline.expired()) {
                return Outcome.timedOut("awaitCode: no code was scanned", deadline.budget());
            }
            long nanos = Math.min(SLICE_NANOS, deadline.remaining().toNanos());
            try {
                TimeUnit.NANOSECONDS.timedWait(this, Math.max(1, nanos));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Outcome.cancelled("awaitCode");
            }
        }
    }
}
