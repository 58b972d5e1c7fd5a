package org.budayang.driver.cups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.budayang.driver.DriverConfigurationException;
import org.budayang.driver.DriverSettings;
import org.budayang.driver.printer.DocumentPrinter;
import org.budayang.driver.printer.PrintJob;
import org.budayang.driver.runtime.DriverRegistry;
import org.junit.jupiter.api.Test;

/** Settings are checked when the device is created, with messages that name the key, the value and what is accepted. */
class ProviderSettingsTest {

    private static CupsSettings settings(Map<String, String> values) {
        return CupsSettings.from(DriverSettings.of("documentPrinter", values));
    }

    @Test
    void uriOrHostPortQueueNameTheQueue() {
        CupsSettings byUri = settings(Map.of("uri", "ipp://localhost:631/printers/budayang-pdf"));
        assertEquals("http://localhost:631/printers/budayang-pdf", byUri.endpoint().toString());
        assertEquals("budayang-pdf", byUri.queue());
        CupsSettings byParts = settings(Map.of("queue", "office", "port", "8631", "pollInterval", "100ms"));
        assertEquals("ipp://localhost:8631/printers/office", byParts.printerUri().toString());
        assertEquals(Duration.ofMillis(100), byParts.pollInterval());
        assertEquals(Duration.ofMillis(300), byParts.cancelTimeout());
        assertEquals("budayang", byParts.user());
        assertEquals(200, byParts.jobMemory());
        assertEquals(50, settings(Map.of("queue", "office", "jobMemory", "50")).jobMemory());
        DriverConfigurationException memory = assertThrows(DriverConfigurationException.class,
                () -> settings(Map.of("queue", "office", "jobMemory", "5")));
        assertEquals("jobMemory", memory.key());
        assertTrue(memory.getMessage().contains("5"), memory.getMessage());
    }

    @Test
    void theJobBookKeepsTheMostRecentJobsOnly() {
        JobBook book = new JobBook(10);
        for (int i = 0; i < 25; i++) {
            book.put(PrintJob.queued("job-" + i, Instant.parse("2026-11-27T08:00:00Z")), i, i % 2 == 0);
        }
        assertEquals(10, book.size());
        assertTrue(book.get("job-14").isEmpty());
        assertEquals(new JobBook.Entry(PrintJob.queued("job-24", Instant.parse("2026-11-27T08:00:00Z")), 24, true),
                book.get("job-24").orElseThrow());
    }

    @Test
    void badSettingsAreRefusedNamingKeyValueAndWhatIsAccepted() {
        DriverConfigurationException scheme = assertThrows(DriverConfigurationException.class,
                () -> settings(Map.of("uri", "ipps://printer.local/printers/x")));
        assertEquals("uri", scheme.key());
        assertTrue(scheme.getMessage().contains("ipps://printer.local/printers/x")
                && scheme.getMessage().contains("ipp://localhost:631/printers/budayang-pdf"), scheme.getMessage());
        DriverConfigurationException both = assertThrows(DriverConfigurationException.class,
                () -> settings(Map.of("uri", "ipp://localhost/printers/a", "queue", "b")));
        assertEquals("queue", both.key());
        assertTrue(both.getMessage().contains("not both"), both.getMessage());
        DriverConfigurationException missing = assertThrows(DriverConfigurationException.class,
                () -> settings(Map.of("host", "localhost")));
        assertEquals("DRV-CFG-MISSING", missing.code());
        assertEquals("queue", missing.key());
        DriverConfigurationException unknown = assertThrows(DriverConfigurationException.class,
                () -> settings(Map.of("queue", "a", "baud", "9600")));
        assertEquals("DRV-CFG-UNKNOWN-KEY", unknown.code());
        DriverConfigurationException poll = assertThrows(DriverConfigurationException.class,
                () -> settings(Map.of("queue", "a", "pollInterval", "1ms")));
        assertEquals("pollInterval", poll.key());
    }

    @Test
    void serviceLoaderFindsTheCupsDriver() {
        DriverRegistry registry = DriverRegistry.builder().build();
        assertEquals(DocumentPrinter.class, registry.require("cups").deviceType(), registry.describeAvailable());
        assertTrue(registry.require("cups").settingKeys().containsAll(java.util.Set.of("uri", "host", "port",
                "queue")), registry.require("cups").settingKeys().toString());
    }
}
