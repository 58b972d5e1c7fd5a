package org.budayang.driver.op;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Lets a caller (the kiosk UI: the citizen pressed 返回, the session timed out) cancel an operation
 * that is running on a device. Drivers check {@link #isCancelled()} between frames and register
 * {@link #onCancel(Runnable)} to wake a blocked read. Cancelling twice does nothing more.
 * Thread-safe.
 */
public final class CancelToken {
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final List<Runnable> callbacks = new CopyOnWriteArrayList<>();

    /** A token that nobody will cancel (for internal polls). */
    public static CancelToken none() {
        return new CancelToken();
    }

    public void cancel() {
        if (cancelled.compareAndSet(false, true)) {
            for (Runnable callback : callbacks) {
                callback.run();
            }
        }
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    /** Runs {@code callback} on cancel (at once when already cancelled). */
    public void onCancel(Runnable callback) {
        callbacks.add(callback);
        if (cancelled.get() && callbacks.remove(callback)) {
            callback.run();
        }
    }
}
