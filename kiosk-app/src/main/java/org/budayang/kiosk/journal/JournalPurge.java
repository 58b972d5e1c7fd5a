package org.budayang.kiosk.journal;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs {@link Journal#purge()} at start and then every {@code interval} (hourly in the kiosk). */
public final class JournalPurge implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(JournalPurge.class);

    private final Journal journal;
    private final ScheduledExecutorService scheduler;

    private JournalPurge(Journal journal, Duration interval) {
        this.journal = journal;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "journal-purge");
            t.setDaemon(true);
            return t;
        });
        scheduler.scheduleWithFixedDelay(this::purge, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Purges now (on the purge thread) and every hour. */
    public static JournalPurge hourly(Journal journal) {
        return every(journal, Duration.ofHours(1));
    }

    public static JournalPurge every(Journal journal, Duration interval) {
        Objects.requireNonNull(journal, "JournalPurge.journal is required");
        if (interval == null || interval.isZero() || interval.isNegative()) {
            throw new JournalException(JournalException.INVALID, "JournalPurge.interval: " + interval
                    + " is not accepted; expected a positive duration");
        }
        return new JournalPurge(journal, interval);
    }

    private void purge() {
        try {
            journal.purge();
        } catch (JournalException e) {
            log.error("Journal purge failed; it runs again at the next interval", e);
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
