package org.budayang.kiosk.identity;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** The "FX thread" of view model tests without the toolkit: tasks queue up and the test thread runs them. */
public final class ManualExecutor implements Executor {
    private final BlockingQueue<Runnable> tasks = new LinkedBlockingQueue<>();

    @Override
    public void execute(Runnable task) {
        tasks.add(task);
    }

    /** Runs what is queued now, without waiting. */
    public int runPending() {
        int n = 0;
        Runnable task;
        while ((task = tasks.poll()) != null) {
            task.run();
            n++;
        }
        return n;
    }

    /** Waits up to {@code timeout} for one task, runs it and whatever else is queued; fails when none came. */
    public void awaitAndRun(Duration timeout) {
        try {
            Runnable first = tasks.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (first == null) {
                throw new AssertionError("no task was handed to the FX executor within " + timeout.toMillis() + " ms");
            }
            first.run();
            runPending();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
