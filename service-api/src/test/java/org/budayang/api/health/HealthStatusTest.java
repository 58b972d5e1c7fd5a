package org.budayang.api.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class HealthStatusTest {
    private static final Instant NOW = Instant.parse("2026-03-02T01:30:00Z");

    @Test
    void acceptsUpAndDegradedAndAnUnknownCatalogue() {
        assertEquals("UP", new HealthStatus(HealthStatus.UP, "0.1.0", "a9", NOW).status());
        assertNull(new HealthStatus(HealthStatus.DEGRADED, "0.1.0", null, NOW).catalogVersion());
    }

    @Test
    void refusesOtherStatusesNamingTheValue() {
        assertEquals("HealthStatus.status: 'up' is not one of UP, DEGRADED",
                assertThrows(IllegalArgumentException.class, () -> new HealthStatus("up", "0.1.0", "a9", NOW))
                        .getMessage());
        assertEquals("HealthStatus.status: 'null' is not one of UP, DEGRADED",
                assertThrows(IllegalArgumentException.class, () -> new HealthStatus(null, "0.1.0", "a9", NOW))
                        .getMessage());
    }

    @Test
    void needsAVersionAndATime() {
        assertEquals("HealthStatus.version must not be blank",
                assertThrows(IllegalArgumentException.class, () -> new HealthStatus("UP", " ", "a9", NOW))
                        .getMessage());
        assertEquals("HealthStatus.time is required",
                assertThrows(IllegalArgumentException.class, () -> new HealthStatus("UP", "0.1.0", "a9", null))
                        .getMessage());
    }
}
