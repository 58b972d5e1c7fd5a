package org.budayang.central.fleet.load;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One open-loop run: every kiosk sends a heartbeat and, half a cycle later, a command poll
 * ({@code GET /api/v1/commands?waitSeconds=0}); {@code rate} heartbeats per second in total (and as many polls),
 * each sent at its scheduled time by a worker, its latency counted from that time (a stalled central shows).
 * Optionally an outage ends during the run: {@code burstKiosks} kiosks lose their connections and come back
 * spread over {@code burstSeconds}, each delivering its outbox at once over a new TLS connection — the waiting
 * heartbeat (coalesced), a poll, and {@code burstRecords} transaction records — while the others go on.
 */
final class LoadRun {
    private final List<KioskLink> links;
    private final ExecutorService workers;
    private final KioskLink.Counters counters;

    LoadRun(List<KioskLink> links, ExecutorService workers, KioskLink.Counters counters) {
        this.links = links;
        this.workers = workers;
        this.counters = counters;
    }

    /** Latencies (ns) and errors of one kind of request. */
    static final class Bucket {
        private final long[] latencies;
        private final AtomicInteger count = new AtomicInteger();
        final AtomicInteger errors = new AtomicInteger();
        final Map<String, Integer> kinds = new ConcurrentHashMap<>();

        Bucket(int capacity) {
            latencies = new long[capacity];
        }

        void ok(long nanos) {
            int i = count.getAndIncrement();
            if (i < latencies.length) {
                latencies[i] = nanos;
            }
        }

        void failed(String kind) {
            errors.incrementAndGet();
            kinds.merge(kind, 1, Integer::sum);
        }

        int answered() {
            return Math.min(count.get(), latencies.length);
        }

        /** The {@code q} quantile in ms. */
        double quantile(double q) {
            long[] sorted = Arrays.copyOf(latencies, answered());
            Arrays.sort(sorted);
            return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) (sorted.length * q))] / 1e6;
        }

        String summary() {
            return String.format("n %6d  p50 %6.1f ms  p99 %7.1f ms  max %7.1f ms  errors %d%s", answered(),
                    quantile(0.5), quantile(0.99), quantile(1.0), errors.get(), kinds.isEmpty() ? "" : " " + kinds);
        }
    }

    record Result(Bucket heartbeats, Bucket polls, Bucket burst, double achieved, long handshakes, long reopened) {
    }

    Result run(double rate, int seconds, int burstKiosks, int burstSeconds, int burstRecords)
            throws InterruptedException {
        int total = (int) Math.round(rate * seconds);
        Bucket heartbeats = new Bucket(total);
        Bucket polls = new Bucket(total);
        Bucket burst = new Bucket(Math.max(1, burstKiosks * (2 + burstRecords)));
        int n = links.size();
        int offset = (int) (Math.random() * n);
        long handshakesBefore = counters.handshakes.sum();
        long reopenedBefore = counters.staleReopened.sum();
        CountDownLatch done = new CountDownLatch(2 * total + burstKiosks);
        long start = System.nanoTime() + 50_000_000;
        long step = (long) (1e9 / (2 * rate));
        // the outage ends at a third of the run; the burst kiosks are the last ones of the keep-alive range
        long burstAt = start + (long) (seconds * 1e9 / 3);
        long burstStep = burstKiosks == 0 ? 0 : (long) (burstSeconds * 1e9 / burstKiosks);
        int nextBurst = 0;
        for (int j = 0; j < 2 * total; j++) {
            long due = start + j * step;
            while (nextBurst < burstKiosks && burstAt + nextBurst * burstStep <= due) {
                KioskLink link = links.get(nextBurst * 7 % n);
                long burstDue = burstAt + nextBurst * burstStep;
                workers.execute(() -> outbox(link, burstDue, burstRecords, burst, done));
                nextBurst++;
            }
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            boolean heartbeat = j % 2 == 0;
            KioskLink link = links.get((offset + j / 2 + (heartbeat ? 0 : n / 2)) % n);
            workers.execute(() -> {
                try {
                    if (heartbeat) {
                        timed(heartbeats, due, link, "POST", "/api/v1/heartbeats", key(), Bodies.heartbeat(link, 0),
                                202);
                    } else {
                        timed(polls, due, link, "GET", "/api/v1/commands?waitSeconds=0", null, null, 200);
                    }
                } finally {
                    done.countDown();
                }
            });
        }
        while (nextBurst++ < burstKiosks) {
            done.countDown();
        }
        boolean finished = done.await(120, TimeUnit.SECONDS);
        double elapsed = (System.nanoTime() - start) / 1e9;
        if (!finished) {
            heartbeats.failed("unanswered after 120 s");
        }
        return new Result(heartbeats, polls, burst, heartbeats.answered() / elapsed,
                counters.handshakes.sum() - handshakesBefore, counters.staleReopened.sum() - reopenedBefore);
    }

    /** A kiosk back from an outage: a new connection, then its whole outbox back to back. */
    private void outbox(KioskLink link, long due, int records, Bucket bucket, CountDownLatch done) {
        try {
            link.close();
            if (!timed(bucket, due, link, "POST", "/api/v1/heartbeats", key(), Bodies.heartbeat(link, 40), 202)) {
                return;
            }
            timed(bucket, System.nanoTime(), link, "GET", "/api/v1/commands?waitSeconds=0", null, null, 200);
            for (int r = 0; r < records; r++) {
                timed(bucket, System.nanoTime(), link, "POST", "/api/v1/transactions", key(),
                        Bodies.transaction(), 201);
            }
        } finally {
            done.countDown();
        }
    }

    private boolean timed(Bucket bucket, long due, KioskLink link, String method, String path, String key,
                          String body, int expected) {
        try {
            KioskLink.Answer answer = link.send(method, path, key, body, counters);
            if (answer.status() != expected) {
                bucket.failed("HTTP " + answer.status() + " " + code(answer.body()));
                return false;
            }
            bucket.ok(System.nanoTime() - due);
            return true;
        } catch (java.io.IOException | RuntimeException e) {
            bucket.failed(e.getClass().getSimpleName());
            return false;
        }
    }

    private static String code(String body) {
        int at = body.indexOf("\"code\":\"");
        return at < 0 ? "" : body.substring(at + 8, Math.max(at + 8, body.indexOf('"', at + 8)));
    }

    static String key() {
        return UUID.randomUUID().toString();
    }
}
