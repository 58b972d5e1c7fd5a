package org.budayang.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class LifecycleConcurrencyTest {
    private static final int THREADS = 8;
    private final ExecutorService pool = Executors.newFixedThreadPool(THREADS);

    @AfterEach
    void stopPool() throws InterruptedException {
        pool.shutdownNow();
        assertTrue(pool.awaitTermination(5, TimeUnit.SECONDS));
    }

    @RepeatedTest(20)
    void ofManyRacingOpensExactlyOneWinsAndTheOthersAreToldTheDeviceIsOpen() throws Exception {
        Lifecycle lifecycle = new Lifecycle("idCardReader (idcard-sam)");
        AtomicInteger actionsRun = new AtomicInteger();
        CyclicBarrier start = new CyclicBarrier(THREADS);
        List<Future<String>> outcomes = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            outcomes.add(pool.submit(() -> {
                start.await(5, TimeUnit.SECONDS);
                try {
                    lifecycle.open(() -> {
                        actionsRun.incrementAndGet();
                        Thread.sleep(1); // widen the window in which a broken guard would let a second open in
                    });
                    return "opened";
                } catch (LifecycleException refused) {
                    return refused.getMessage();
                }
            }));
        }

        List<String> results = new ArrayList<>();
        for (Future<String> outcome : outcomes) {
            results.add(outcome.get(10, TimeUnit.SECONDS));
        }

        assertEquals(1, results.stream().filter("opened"::equals).count(), results.toString());
        assertEquals(1, actionsRun.get());
        results.stream().filter(result -> !result.equals("opened")).forEach(result -> assertEquals(
                "idCardReader (idcard-sam): cannot open while OPEN; open is allowed only when CLOSED", result));
        assertEquals(LifecycleState.OPEN, lifecycle.state());
    }

    @Test
    void transitionsNeverOverlapUnderContention() throws Exception {
        Lifecycle lifecycle = new Lifecycle("cashAcceptor (cash-ssp)");
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger overlaps = new AtomicInteger();
        AtomicInteger transitions = new AtomicInteger();
        Lifecycle.Action<RuntimeException> action = () -> {
            if (inside.incrementAndGet() != 1) {
                overlaps.incrementAndGet();
            }
            Thread.onSpinWait();
            inside.decrementAndGet();
            transitions.incrementAndGet();
        };
        CyclicBarrier start = new CyclicBarrier(THREADS);
        List<Future<?>> workers = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            workers.add(pool.submit(() -> {
                start.await(5, TimeUnit.SECONDS);
                for (int round = 0; round < 2_000; round++) {
                    tryEach(lifecycle, action);
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get(30, TimeUnit.SECONDS);
        }

        assertEquals(0, overlaps.get());
        assertTrue(transitions.get() > 0);
    }

    @Test
    void aTransitionWaitsForTheRunningOneAndThenSeesItsResult() throws Exception {
        Lifecycle lifecycle = new Lifecycle("documentPrinter (cups)");
        CountDownLatch opening = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<?> open = pool.submit(() -> {
            lifecycle.open(() -> {
                opening.countDown();
                release.await();
            });
            return null;
        });
        assertTrue(opening.await(5, TimeUnit.SECONDS));

        Future<?> enable = pool.submit(() -> lifecycle.enable());
        Thread.sleep(100);
        assertFalse(enable.isDone(), "enable must wait while open's action runs");
        assertEquals(LifecycleState.CLOSED, lifecycle.state());

        release.countDown();
        open.get(5, TimeUnit.SECONDS);
        enable.get(5, TimeUnit.SECONDS);
        assertEquals(LifecycleState.ENABLED, lifecycle.state());
    }

    private static void tryEach(Lifecycle lifecycle, Lifecycle.Action<RuntimeException> action) {
        try {
            switch (lifecycle.state()) {
                case CLOSED:
                    lifecycle.open(action);
                    break;
                case OPEN:
                    lifecycle.enable(action);
                    break;
                default:
                    lifecycle.close(action);
                    break;
            }
        } catch (LifecycleException lostRace) {
            // another thread moved the state between reading it and acting: the guard refused, as it must
        }
    }
}
