package org.budayang.driver.pcscsscard;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.budayang.driver.op.CancelToken;
import org.budayang.driver.op.Deadline;

/**
 * Runs PC/SC calls on one thread of their own, so that a caller's deadline and cancel token hold although
 * {@code javax.smartcardio} calls block without a timeout (a frozen pcscd, a card that stops answering). A call
 * the caller gave up on keeps running on the worker; the next call waits behind it (PC/SC serialises them
 * anyway) and so times out too until the service answers again.
 */
final class PcscWorker implements AutoCloseable {

    /** A PC/SC call. */
    @FunctionalInterface
    interface Call<T> {
        T call() throws Exception;
    }

    /** How a call ended. */
    sealed interface Result<T> {
        record Done<T>(T value) implements Result<T> { }

        record Failed<T>(Exception error) implements Result<T> { }

        record TimedOut<T>() implements Result<T> { }

        record Cancelled<T>() implements Result<T> { }
    }

    private final ExecutorService thread;

    PcscWorker(String name) {
        thread = Executors.newSingleThreadExecutor(runnable -> {
            Thread worker = new Thread(runnable, name);
            worker.setDaemon(true);
            return worker;
        });
    }

    <T> Result<T> run(Call<T> call, Deadline deadline, CancelToken cancel) {
        if (cancel.isCancelled()) {
            return new Result.Cancelled<>();
        }
        Future<T> future = thread.submit(call::call);
        Thread caller = Thread.currentThread();
        while (true) {
            if (cancel.isCancelled()) {
                return new Result.Cancelled<>();
            }
            long left = deadline.remaining().toNanos();
            if (left <= 0 && !future.isDone()) {
                return new Result.TimedOut<>();
            }
            try {
                // In slices of at most 20 ms so that a cancel is seen promptly.
                T value = future.get(Math.max(1, Math.min(left, TimeUnit.MILLISECONDS.toNanos(20))),
                        TimeUnit.NANOSECONDS);
                return new Result.Done<>(value);
            } catch (TimeoutException stillRunning) {
                // loop: check cancel and deadline again
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof Exception exception) {
                    return new Result.Failed<>(exception);
                }
                throw new IllegalStateException("PC/SC call failed with " + cause, cause);
            } catch (InterruptedException e) {
                caller.interrupt();
                return new Result.Cancelled<>();
            }
        }
    }

    /**
     * Runs {@code task} on the worker after any call still running (e.g. releasing what a call the caller gave up
     * on opened late); nothing if the worker is closed.
     */
    void later(Runnable task) {
        try {
            thread.execute(task);
        } catch (java.util.concurrent.RejectedExecutionException closed) {
            // closed: its close action already released what the session holds
        }
    }

    /** Runs {@code last} after any call still running (e.g. releasing the PC/SC context), then ends the thread. */
    void close(Runnable last) {
        try {
            thread.execute(last);
        } catch (java.util.concurrent.RejectedExecutionException alreadyClosed) {
            return;
        }
        thread.shutdown();
    }

    @Override
    public void close() {
        thread.shutdown();
    }
}
