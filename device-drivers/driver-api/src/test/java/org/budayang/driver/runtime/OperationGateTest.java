package org.budayang.driver.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.budayang.driver.op.CancelToken;
import org.budayang.driver.op.Deadline;
import org.budayang.driver.op.Outcome;
import org.junit.jupiter.api.Test;

class OperationGateTest {
    private final OperationGate gate = new OperationGate("receiptPrinter (escpos)");

    /** Starts an operation that holds the gate until {@code release} counts down. */
    private CompletableFuture<Outcome<String>> hold(String name, CountDownLatch entered, CountDownLatch release) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return gate.run(name, Deadline.in(Duration.ofSeconds(10)), CancelToken.none(), (d, c) -> {
                    entered.countDown();
                    pause(release, 0);
                    return Outcome.success(name);
                });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void aSecondCallerThatRunsOutOfTimeIsToldWhatTheDeviceIsBusyWith() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Outcome<String>> first = hold("print", entered, release);
        entered.await();
        long start = System.nanoTime();
        Outcome<String> second = gate.run("status", Deadline.in(Duration.ofMillis(200)), CancelToken.none(),
                (d, c) -> Outcome.success("ran"));
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        Outcome.TimedOut<String> timedOut = assertInstanceOf(Outcome.TimedOut.class, second);
        assertEquals("status (waited: receiptPrinter (escpos) was busy with print)", timedOut.operation());
        assertEquals(Duration.ofMillis(200), timedOut.after());
        assertTrue(millis >= 190 && millis < 500, "gave up after " + millis + " ms");
        assertEquals("print", gate.running().orElseThrow());
        release.countDown();
        assertEquals(Outcome.success("print"), first.get(2, TimeUnit.SECONDS));
        assertTrue(gate.running().isEmpty());
    }

    @Test
    void cancelWakesAWaitingCaller() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        hold("print", entered, release);
        entered.await();
        CancelToken cancel = new CancelToken();
        CompletableFuture<Outcome<String>> waiting = CompletableFuture.supplyAsync(() -> {
            try {
                return gate.run("cut", Deadline.in(Duration.ofSeconds(10)), cancel, (d, c) -> Outcome.success("x"));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(100);
        long start = System.nanoTime();
        cancel.cancel();
        assertEquals(Outcome.cancelled("cut"), waiting.get(2, TimeUnit.SECONDS));
        assertTrue(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) < 200);
        release.countDown();
    }

    @Test
    void operationsNeverOverlapAndWaitingCallersGoInArrivalOrder() throws Exception {
        AtomicInteger inside = new AtomicInteger();
        List<Integer> order = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        hold("first", entered, release);
        entered.await();
        List<CompletableFuture<Outcome<Integer>>> callers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            int id = i;
            CompletableFuture<Outcome<Integer>> result = new CompletableFuture<>();
            Thread caller = new Thread(() -> {
                try {
                    result.complete(gate.run("op" + id, Deadline.in(Duration.ofSeconds(10)), CancelToken.none(),
                            (d, c) -> {
                                if (inside.incrementAndGet() != 1) {
                                    throw new AssertionError("two operations inside the gate");
                                }
                                order.add(id);
                                pause(new CountDownLatch(1), 5);
                                inside.decrementAndGet();
                                return Outcome.success(id);
                            }));
                } catch (Throwable e) {
                    result.completeExceptionally(e);
                }
            }, "caller-" + id);
            caller.start();
            callers.add(result);
            awaitWaitingInGate(caller); // arrival order: the next caller comes once this one holds its ticket
        }
        release.countDown();
        for (int i = 0; i < 8; i++) {
            assertEquals(Outcome.success(i), callers.get(i).get(5, TimeUnit.SECONDS));
        }
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7), order);
    }

    /**
     * Waits until {@code caller} waits for its turn in the gate: it took its ticket and awaits with its deadline
     * (TIMED_WAITING; a thread parked on the gate's lock itself would be WAITING).
     */
    private static void awaitWaitingInGate(Thread caller) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (caller.getState() != Thread.State.TIMED_WAITING) {
            if (System.nanoTime() > end) {
                throw new AssertionError(caller.getName() + " never waited in the gate: " + caller.getState());
            }
            Thread.sleep(1);
        }
    }

    @Test
    void aCallerThatGaveUpDoesNotBlockTheOnesBehindIt() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        hold("first", entered, release);
        entered.await();
        Outcome<String> impatient = gate.run("impatient", Deadline.in(Duration.ofMillis(50)), CancelToken.none(),
                (d, c) -> Outcome.success("no"));
        assertInstanceOf(Outcome.TimedOut.class, impatient);
        release.countDown();
        Outcome<String> next = gate.run("next", Deadline.in(Duration.ofSeconds(2)), CancelToken.none(),
                (d, c) -> Outcome.success("yes"));
        assertEquals(Outcome.success("yes"), next);
    }

    @Test
    void anAlreadyCancelledTokenDoesNotRun() throws Exception {
        CancelToken cancel = new CancelToken();
        cancel.cancel();
        assertEquals(Outcome.cancelled("print"), gate.run("print", Deadline.in(Duration.ofSeconds(1)), cancel,
                (d, c) -> {
                    throw new AssertionError("must not run");
                }));
    }

    /** Waits for the latch, or {@code millis} when positive; the operation body may throw only LinkLostException. */
    private static void pause(CountDownLatch latch, long millis) {
        try {
            if (millis > 0) {
                latch.await(millis, TimeUnit.MILLISECONDS);
            } else {
                latch.await();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
