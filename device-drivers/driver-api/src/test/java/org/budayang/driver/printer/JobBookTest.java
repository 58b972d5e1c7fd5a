package org.budayang.driver.printer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class JobBookTest {
    private static final Instant AT = Instant.parse("2026-11-27T08:00:00Z");

    @Test
    void forgetsTheOldestBeyondItsCapacity() {
        JobBook<PrintJob> book = new JobBook<>(10, PrintJob::id);
        for (int i = 0; i < 25; i++) {
            book.put(PrintJob.queued("job-" + i, AT));
        }
        assertEquals(10, book.size());
        assertTrue(book.get("job-14").isEmpty());
        assertTrue(book.get("job-15").isPresent() && book.get("job-24").isPresent());
    }

    @Test
    void aJobPutAgainBecomesTheMostRecentAndIsKeptOnce() {
        JobBook<PrintJob> book = new JobBook<>(3, PrintJob::id);
        book.put(PrintJob.queued("a", AT));
        book.put(PrintJob.queued("b", AT));
        book.put(PrintJob.queued("c", AT));
        PrintJob sending = book.put(PrintJob.queued("a", AT).moveTo(PrintJobState.SENDING, "", "", AT));
        book.put(PrintJob.queued("d", AT)); // forgets b, the oldest now
        assertEquals(3, book.size());
        assertTrue(book.get("b").isEmpty());
        assertEquals(sending, book.get("a").orElseThrow());
    }

    @Test
    void aCapacityBelowOneIsRefusedNamingTheValue() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new JobBook<PrintJob>(0, PrintJob::id));
        assertTrue(refused.getMessage().contains("capacity") && refused.getMessage().contains("0"),
                refused.getMessage());
    }
}
