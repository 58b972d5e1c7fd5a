package org.budayang.driver.testkit;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits in tests until a condition holds, polling every 5 ms, instead of sleeping a guessed time. */
public final class Await {
    private static final long POLL_MILLIS = 5;

    private Await() {
    }

    /**
     * Returns as soon as {@code condition} holds.
     *
     * @param what names the condition in the failure, e.g. {@code "PLACED"} or {@code "qrScanner ONLINE"}
     * @throws AssertionError when it does not hold within {@code timeout}, or the thread is interrupted
     */
    public static void until(String what, BooleanSupplier condition, Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - end > 0) {
                throw new AssertionError("not within " + timeout.toMillis() + " ms: " + what);
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what, e);
            }
        }
    }
}
