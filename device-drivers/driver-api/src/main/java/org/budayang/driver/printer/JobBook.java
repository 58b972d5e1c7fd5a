package org.budayang.driver.printer;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a printer driver remembers of its jobs, by job id: the most recent {@code capacity} of them (a job put
 * again becomes the most recent; older ids are forgotten, so memory stays bounded on a kiosk that prints for
 * years). Thread-safe.
 *
 * @param <E> what is remembered of a job, e.g. the {@link PrintJob} itself
 */
public final class JobBook<E> {
    /** The capacity drivers use when their {@code jobMemory} setting is absent. */
    public static final int DEFAULT_CAPACITY = 200;

    private final int capacity;
    private final Function<? super E, String> id;
    private final Map<String, E> entries;

    /**
     * @param capacity how many jobs are remembered, at least 1
     * @param id       the job id an entry is filed under, e.g. {@code PrintJob::id}
     */
    public JobBook(int capacity, Function<? super E, String> id) {
        if (capacity < 1) {
            throw new IllegalArgumentException("JobBook.capacity must be at least 1, got " + capacity);
        }
        this.capacity = capacity;
        this.id = Objects.requireNonNull(id, "JobBook.id is required");
        this.entries = new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, E> eldest) {
                return size() > JobBook.this.capacity;
            }
        };
    }

    public synchronized Optional<E> get(String jobId) {
        return Optional.ofNullable(entries.get(jobId));
    }

    /** Files {@code entry} under its job id as the most recent, forgetting the oldest beyond the capacity. */
    public synchronized E put(E entry) {
        String key = Objects.requireNonNull(id.apply(Objects.requireNonNull(entry, "entry")), "job id of " + entry);
        entries.remove(key); // re-inserted as the most recent
        entries.put(key, entry);
        return entry;
    }

    public synchronized int size() {
        return entries.size();
    }

    public int capacity() {
        return capacity;
    }
}
