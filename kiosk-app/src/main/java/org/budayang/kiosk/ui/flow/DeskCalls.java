package org.budayang.kiosk.ui.flow;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.budayang.kiosk.service.ServiceFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the blocking {@code ServiceDesk} calls of a flow off the FX thread and hands the answer back through the fx
 * executor. A call whose flow was left meanwhile ({@link #forget()}) delivers nothing. A RuntimeException of the
 * desk (a bug) becomes a {@link ServiceFailure} {@code DESK_FAILED}, logged once here; nothing of the answer is
 * logged.
 */
final class DeskCalls {
    private static final Logger LOG = LoggerFactory.getLogger(DeskCalls.class);
    /** The desk threw something it should not have. */
    static final String DESK_FAILED = "DESK_FAILED";
    /** The flow's executor is shut down (the kiosk is stopping). */
    static final String KIOSK_STOPPING = "KIOSK_STOPPING";

    /** A blocking desk call. */
    @FunctionalInterface
    interface Call<T> {
        T call() throws ServiceFailure;
    }

    private final Executor work;
    private final Executor fx;
    private final String citizenMessage;
    private final AtomicLong generation = new AtomicLong();

    DeskCalls(Executor work, Executor fx, String citizenMessage) {
        this.work = Objects.requireNonNull(work, "work");
        this.fx = Objects.requireNonNull(fx, "fx");
        this.citizenMessage = Objects.requireNonNull(citizenMessage, "citizenMessage");
    }

    /** Runs {@code call} on the work executor; exactly one of {@code ok} and {@code failed} runs on the fx one. */
    <T> void run(String what, Call<T> call, Consumer<T> ok, Consumer<ServiceFailure> failed) {
        long mine = generation.get();
        try {
            work.execute(() -> {
                Runnable answer;
                try {
                    T value = call.call();
                    answer = () -> ok.accept(value);
                } catch (ServiceFailure failure) {
                    LOG.info("Flow call {} failed: {} ({})", what, failure.code(), failure.getMessage());
                    answer = () -> failed.accept(failure);
                } catch (RuntimeException bug) {
                    LOG.error("Flow call {} failed: the service desk threw", what, bug);
                    ServiceFailure failure = new ServiceFailure(DESK_FAILED, "the service desk threw "
                            + bug.getClass().getName() + " on " + what + " (see the log)", citizenMessage, true);
                    answer = () -> failed.accept(failure);
                }
                Runnable delivered = answer;
                deliver(() -> {
                    if (mine == generation.get()) {
                        delivered.run();
                    }
                });
            });
        } catch (RejectedExecutionException stopping) {
            LOG.debug("Flow call {} not started: the flow executor is shut down", what);
            deliver(() -> failed.accept(new ServiceFailure(KIOSK_STOPPING, what + " not started: the flow "
                    + "executor is shut down", citizenMessage, false)));
        }
    }

    /** Runs a call whose answer nobody waits for (finish, evaluation); failures are logged. */
    void fire(String what, Runnable call) {
        try {
            work.execute(() -> {
                try {
                    call.run();
                } catch (RuntimeException bug) {
                    LOG.error("Flow call {} failed: the service desk threw", what, bug);
                }
            });
        } catch (RejectedExecutionException stopping) {
            LOG.warn("Flow call {} dropped: the flow executor is shut down", what);
        }
    }

    /** Hands {@code task} to the fx executor unless the flow was left meanwhile (progress lines). */
    void later(Runnable task) {
        long mine = generation.get();
        deliver(() -> {
            if (mine == generation.get()) {
                task.run();
            }
        });
    }

    /** Answers of the calls running now are dropped (the flow was left). */
    void forget() {
        generation.incrementAndGet();
    }

    private void deliver(Runnable task) {
        try {
            fx.execute(task);
        } catch (RejectedExecutionException | IllegalStateException stopping) {
            LOG.debug("Flow answer dropped: the UI is shutting down");
        }
    }
}
