package org.budayang.kiosk.journal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The thread that drains the {@link Outbox}: for each kind, the oldest PENDING record is sent (so records of a
 * kind arrive in order, and a kind that central refuses for a while does not hold back the others); SENT on
 * acceptance, retried with capped exponential backoff ({@code initial · 2^(attempts-1)}, at most {@code max})
 * while central is unreachable or answers 5xx/408/409/429, DEAD on any other 4xx (it is not retried blindly:
 * ops see it in {@link Outbox#records(OutboxState)}). State lives in the file, so a restart carries on where it
 * stopped. At least once: a crash between the send and its SENT mark repeats the send with the same key, which
 * central answers from its stored result.
 */
public final class OutboxDeliverer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(OutboxDeliverer.class);

    private final Outbox outbox;
    private final Sender sender;
    private final Clock clock;
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private final Duration idlePoll;
    private final Object signal = new Object();
    private boolean woken;
    private volatile boolean running;
    private Thread thread;

    /** Backoff from 1 s up to 60 s, and a look at the outbox every 5 s when idle. */
    public OutboxDeliverer(Outbox outbox, Sender sender) {
        this(outbox, sender, Clock.systemUTC(), Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofSeconds(5));
    }

    public OutboxDeliverer(Outbox outbox, Sender sender, Clock clock, Duration initialBackoff, Duration maxBackoff,
            Duration idlePoll) {
        this.outbox = Objects.requireNonNull(outbox, "OutboxDeliverer.outbox is required");
        this.sender = Objects.requireNonNull(sender, "OutboxDeliverer.sender is required");
        this.clock = Objects.requireNonNull(clock, "OutboxDeliverer.clock is required");
        requirePositive("initialBackoff", initialBackoff);
        requirePositive("maxBackoff", maxBackoff);
        requirePositive("idlePoll", idlePoll);
        if (maxBackoff.compareTo(initialBackoff) < 0) {
            throw new JournalException(JournalException.INVALID, "OutboxDeliverer.maxBackoff: " + maxBackoff
                    + " is not accepted; expected at least initialBackoff " + initialBackoff);
        }
        this.initialBackoff = initialBackoff;
        this.maxBackoff = maxBackoff;
        this.idlePoll = idlePoll;
    }

    /** Starts the daemon thread {@code journal-outbox}. */
    public synchronized void start() {
        if (thread != null) {
            throw new JournalException(JournalException.REFUSED, "the outbox deliverer is already started;"
                    + " cannot start it twice");
        }
        running = true;
        thread = new Thread(this::run, "journal-outbox");
        thread.setDaemon(true);
        thread.start();
    }

    /** Looks at the outbox now (after an append, or when the network is known to be back). */
    public void wake() {
        synchronized (signal) {
            woken = true;
            signal.notifyAll();
        }
    }

    /** Sends every record due now, one per kind; returns how many were attempted. Used by the thread. */
    int deliverDue() {
        List<OutboxRecord> due = outbox.due(clock.instant());
        for (OutboxRecord record : due) {
            if (!running && thread != null) {
                break;
            }
            deliver(record);
        }
        return due.size();
    }

    /** The wait before attempt {@code attempts + 1} after {@code attempts} failures (attempts ≥ 1). */
    Duration backoff(int attempts) {
        int doublings = Math.min(Math.max(attempts - 1, 0), 30);
        Duration wait = initialBackoff.multipliedBy(1L << doublings);
        return wait.compareTo(maxBackoff) > 0 || wait.isNegative() ? maxBackoff : wait;
    }

    private void deliver(OutboxRecord record) {
        Delivery delivery;
        try {
            delivery = sender.send(record);
        } catch (RuntimeException e) {
            log.warn("Outbox record {} {} key {}: the sender failed: {}", record.id(), record.kind(),
                    record.idempotencyKey(), e.toString());
            delivery = new Delivery(Delivery.Outcome.RETRY, "sender failed: " + e);
        }
        switch (delivery.outcome()) {
            case ACCEPTED -> outbox.markSent(record.id());
            case REJECTED -> outbox.markDead(record.id(), "central refused " + record.path() + ": "
                    + delivery.detail());
            case RETRY -> {
                Duration wait = backoff(record.attempts() + 1);
                outbox.markRetry(record.id(), delivery.detail(), clock.instant().plus(wait));
                log.info("Outbox record {} {} key {} not delivered ({}); attempt {} failed, next in {}", record.id(),
                        record.kind(), record.idempotencyKey(), delivery.detail(), record.attempts() + 1, wait);
            }
        }
    }

    private void run() {
        log.info("Outbox deliverer started");
        while (running) {
            try {
                if (deliverDue() == 0) {
                    waitForWork();
                }
            } catch (JournalException e) {
                log.error("Outbox deliverer cannot use the journal; trying again in {}", idlePoll, e);
                sleep(idlePoll.toMillis());
            }
        }
        log.info("Outbox deliverer stopped");
    }

    private void waitForWork() {
        long waitMillis = idlePoll.toMillis();
        Instant next = outbox.nextDue().orElse(null);
        if (next != null) {
            waitMillis = Math.max(1, Math.min(waitMillis, next.toEpochMilli() - clock.millis()));
        }
        sleep(waitMillis);
    }

    private void sleep(long millis) {
        synchronized (signal) {
            if (!woken && running) {
                try {
                    signal.wait(millis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    running = false;
                }
            }
            woken = false;
        }
    }

    /** Stops the thread after the record in hand (waits up to 10 s). */
    @Override
    public void close() {
        Thread t;
        synchronized (this) {
            running = false;
            t = thread;
        }
        wake();
        if (t != null) {
            try {
                t.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void requirePositive(String field, Duration value) {
        if (value == null || value.isZero() || value.isNegative()) {
            throw new JournalException(JournalException.INVALID, "OutboxDeliverer." + field + ": " + value
                    + " is not accepted; expected a positive duration");
        }
    }
}
