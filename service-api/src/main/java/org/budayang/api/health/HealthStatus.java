package org.budayang.api.health;

import java.time.Instant;

/**
 * What {@code GET /health} answers.
 *
 * @param status         UP when central serves requests, DEGRADED when a dependency is failing
 * @param version        central's build version
 * @param catalogVersion the version of the catalogue it publishes
 * @param time           central's clock, so kiosks can spot clock drift
 */
public record HealthStatus(String status, String version, String catalogVersion, Instant time) {
    public static final String UP = "UP";
    public static final String DEGRADED = "DEGRADED";

    public HealthStatus {
        if (!UP.equals(status) && !DEGRADED.equals(status)) {
            throw new IllegalArgumentException("HealthStatus.status: '" + status + "' is not one of UP, DEGRADED");
        }
        if (version == null || version.isBlank()) {
            throw new IllegalArgumentException("HealthStatus.version must not be blank");
        }
        if (time == null) {
            throw new IllegalArgumentException("HealthStatus.time is required");
        }
    }
}
