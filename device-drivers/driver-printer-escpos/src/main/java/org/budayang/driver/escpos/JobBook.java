package org.budayang.driver.escpos;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.budayang.driver.printer.PrintJob;

/**
 * The print jobs a printer remembers, by id, the most recent {@code capacity} of them (older ids are forgotten,
 * so memory stays bounded on a kiosk that prints for years). Thread-safe.
 */
final class JobBook {
    private final int capacity;
    private final Map<String, PrintJob> jobs;

    JobBook(int capacity) {
        this.capacity = capacity;
        this.jobs = new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, PrintJob> eldest) {
                return size() > JobBook.this.capacity;
            }
        };
    }

    synchronized Optional<PrintJob> get(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    synchronized PrintJob put(PrintJob job) {
        jobs.remove(job.id()); // re-inserted as the most recent
        jobs.put(job.id(), job);
        return job;
    }

    synchronized int size() {
        return jobs.size();
    }
}
