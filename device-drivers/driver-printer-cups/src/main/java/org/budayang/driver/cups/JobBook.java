package org.budayang.driver.cups;

import java.util.Optional;
import org.budayang.driver.printer.PrintJob;

/**
 * The jobs this device has seen, by the caller's id: the {@link PrintJob} and what is known of it at CUPS, the most
 * recent {@code capacity} of them (driver-api's bounded {@link org.budayang.driver.printer.JobBook}).
 * {@code maybeAtCups} is true while CUPS may hold a job for the id that could still print or has printed without
 * our knowing (submission answer lost, Cancel-Job not confirmed): such an id is looked up before it is sent again.
 */
final class JobBook {

    record Entry(PrintJob job, int cupsId, boolean maybeAtCups) {
    }

    private final org.budayang.driver.printer.JobBook<Entry> entries;

    JobBook(int capacity) {
        this.entries = new org.budayang.driver.printer.JobBook<>(capacity, entry -> entry.job().id());
    }

    Optional<Entry> get(String jobId) {
        return entries.get(jobId);
    }

    Optional<PrintJob> job(String jobId) {
        return get(jobId).map(Entry::job);
    }

    void put(PrintJob job, int cupsId, boolean maybeAtCups) {
        entries.put(new Entry(job, cupsId, maybeAtCups));
    }

    int size() {
        return entries.size();
    }
}
