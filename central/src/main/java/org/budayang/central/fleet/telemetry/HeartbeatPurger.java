package org.budayang.central.fleet.telemetry;

import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes heartbeats older than {@code telemetry.historyRetention}, at start and then every
 * {@code telemetry.purgeEvery}; the per-kiosk bound is kept by {@link HeartbeatRepository} as it inserts.
 */
public final class HeartbeatPurger implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HeartbeatPurger.class);

    private final HeartbeatRepository heartbeats;
    private final TelemetrySettings settings;
    private final Clock clock;
    private ScheduledExecutorService timer;

    public HeartbeatPurger(HeartbeatRepository heartbeats, TelemetrySettings settings, Clock clock) {
        this.heartbeats = Objects.requireNonNull(heartbeats, "heartbeats");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Purges once; returns how many heartbeats were deleted. */
    public int purgeNow() {
        int deleted = heartbeats.purge(clock.instant().minus(settings.historyRetention()));
        if (deleted > 0) {
            LOG.info("Purged {} heartbeats older than {}", deleted, settings.historyRetention());
        }
        return deleted;
    }

    public synchronized void start() {
        if (timer != null) {
            throw new IllegalStateException("HeartbeatPurger.start: already started");
        }
        timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "heartbeat-purge");
            thread.setDaemon(true);
            return thread;
        });
        long period = settings.purgeEvery().toMillis();
        timer.scheduleWithFixedDelay(() -> {
            try {
                purgeNow();
            } catch (RuntimeException e) {
                LOG.warn("Purging the heartbeat history failed; trying again in {}", settings.purgeEvery(), e);
            }
        }, 0, period, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void close() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }
}
