package org.budayang.kiosk.security;

import java.time.Instant;
import java.util.Objects;

/** What {@link TechnicianGate#submit(char[])} answers. */
public sealed interface PinResult {

    /** The PIN was right; the technician may enter. */
    record Accepted() implements PinResult {
    }

    /** The PIN was wrong; {@code attemptsLeft} more wrong PINs are allowed before the lockout. */
    record Rejected(int attemptsLeft) implements PinResult {
        public Rejected {
            if (attemptsLeft < 1) {
                throw new IllegalArgumentException("PinResult.Rejected.attemptsLeft: " + attemptsLeft
                        + " is out of range; expected at least 1 (no attempts left is Locked)");
            }
        }
    }

    /** The gate is locked until {@code until}; no PIN is checked before then. */
    record Locked(Instant until) implements PinResult {
        public Locked {
            Objects.requireNonNull(until, "PinResult.Locked.until is required");
        }
    }
}
