package org.budayang.driver.camerastream;

import java.util.Objects;
import org.budayang.driver.Health;

/**
 * A frame source could not start or stopped: {@link Health#OFFLINE} when the device is missing or went away,
 * {@link Health#HARDWARE_ERROR} when it is busy (held by another process) or its pipeline failed. The message
 * names the device and the cause.
 */
public final class SourceFailure extends Exception {
    private final Health health;

    public SourceFailure(Health health, String detail, Throwable cause) {
        super(detail, cause);
        this.health = Objects.requireNonNull(health, "health");
        if (health != Health.OFFLINE && health != Health.HARDWARE_ERROR) {
            throw new IllegalArgumentException("SourceFailure.health must be OFFLINE or HARDWARE_ERROR, got " + health);
        }
    }

    public SourceFailure(Health health, String detail) {
        this(health, detail, null);
    }

    public Health health() {
        return health;
    }
}
