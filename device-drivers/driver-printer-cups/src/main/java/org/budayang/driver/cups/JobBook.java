package org.budayang.driver.cups;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.budayang.driver.printer.PrintJob;

/**
 * The jobs this device has seen, by the caller's id: the {@link PrintJob} and what is known of it at CUPS.
 * {@code maybeAtCups} is true while CUPS may hold a job for the id that could still print or has printed without
 * our knowing (submission answer lost, Cancel-Job not confirmed): such an id is looked up before it is sent again.
 */
final class JobBook {

    record Entry(PrintJob job, int cupsId, boolean maybeAtCups) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    Optional<Entry> get(String jobId) {
        return Optional.ofNullable(entries.get(jobId));
    }

    Optional<PrintJob> job(String jobId) {
        return get(jobId).map(Entry::job);
    }

    void put(PrintJob job, int cupsId, boolean maybeAtCups) {
        entries.put(job.id(), new Entry(job, cupsId, maybeAtCups));
    }
}
