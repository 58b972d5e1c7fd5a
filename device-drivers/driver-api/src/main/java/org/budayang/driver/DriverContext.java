package org.budayang.driver;

import java.time.Clock;
import java.util.Objects;

/**
 * What a driver gets to build a device: the role, its typed settings and a clock.
 *
 * @param role     the role name, e.g. {@code idCardReader}
 * @param settings the role's settings (link, port, baud…); the driver validates them with
 *                 {@link DriverSettings#requireOnly} and the typed getters
 * @param clock    the wall clock for status timestamps (tests pass a fixed one)
 */
public record DriverContext(String role, DriverSettings settings, Clock clock) {
    public DriverContext {
        Objects.requireNonNull(role, "DriverContext.role is required");
        Objects.requireNonNull(settings, "DriverContext.settings is required");
        Objects.requireNonNull(clock, "DriverContext.clock is required");
    }
}
