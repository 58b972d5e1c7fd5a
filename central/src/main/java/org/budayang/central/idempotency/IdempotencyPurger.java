package org.budayang.central.idempotency;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Deletes idempotency records older than the retention (configuration key idempotency.retention), hourly. */
public final class IdempotencyPurger implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(IdempotencyPurger.class);

    private final IdempotencyStore store;
    private final Clock clock;
    private final Duration retention;
    private ScheduledExecutorService timer;

    public IdempotencyPurger(IdempotencyStore store, Clock clock, Duration retention) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.retention = Objects.requireNonNull(retention, "retention");
    }

    /** Purges once now; returns how many records were deleted. */
    public int purgeNow() {
        int deleted = store.purge(clock.instant().minus(retention));
        if (deleted > 0) {
            LOG.info("Purged {} idempotency records older than {}", deleted, retention);
        }
        return deleted;
    }

    /** Purges now and then every {@code period} on a daemon thread until {@link #close()}. */
    public synchronized void start(Duration period) {
        if (timer != null) {
            throw new IllegalStateException("IdempotencyPurger.start: already started");
        }
        timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "idempotency-purge");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(() -> {
            try {
                purgeNow();
            } catch (RuntimeException e) {
                LOG.warn("Purging idempotency records failed; trying again in {}", period, e);
            }
        }, 0, period.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void close() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }
}
