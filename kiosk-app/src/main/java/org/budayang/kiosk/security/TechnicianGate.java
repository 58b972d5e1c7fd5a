package org.budayang.kiosk.security;

import org.budayang.kiosk.core.security.PinHasher;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Guards the hidden technician entry with the PIN from the configuration.
 *
 * <p>States: OPEN (counting consecutive wrong PINs) and LOCKED (until a time). {@value #MAX_ATTEMPTS}
 * wrong PINs in a row lock the gate for {@link #LOCKOUT} from the last failure; while locked every
 * submission answers {@link PinResult.Locked} without looking at the PIN, even a correct one. When the
 * lock has expired the count starts again from zero; a correct PIN also resets it. Thread-safe.
 */
public final class TechnicianGate {
    /** Wrong PINs in a row that lock the gate. */
    public static final int MAX_ATTEMPTS = 5;
    /** How long the gate stays locked. */
    public static final Duration LOCKOUT = Duration.ofMinutes(15);

    private static final Logger LOG = LoggerFactory.getLogger(TechnicianGate.class);

    private final String pinHash;
    private final Clock clock;
    private int failures;
    private Instant lockedUntil;

    /**
     * @param pinHash the stored hash from the configuration ({@link PinHasher} format)
     * @param clock   the clock lockouts are measured with
     * @throws IllegalArgumentException when the hash is malformed
     */
    public TechnicianGate(String pinHash, Clock clock) {
        PinHasher.checkFormat(pinHash);
        this.pinHash = pinHash;
        this.clock = Objects.requireNonNull(clock, "TechnicianGate.clock is required");
    }

    /**
     * Checks a PIN and wipes the array, whatever the result.
     */
    public synchronized PinResult submit(char[] pin) {
        try {
            Instant now = clock.instant();
            Optional<Instant> lock = lockedUntil(now);
            if (lock.isPresent()) {
                return new PinResult.Locked(lock.get());
            }
            if (PinHasher.verify(pin, pinHash)) {
                failures = 0;
                LOG.info("Technician PIN accepted; technician entry opened");
                return new PinResult.Accepted();
            }
            failures++;
            if (failures >= MAX_ATTEMPTS) {
                lockedUntil = now.plus(LOCKOUT);
                LOG.warn("Technician entry locked until {} after {} wrong PINs in a row", lockedUntil, failures);
                return new PinResult.Locked(lockedUntil);
            }
            LOG.info("Technician PIN rejected ({} of {} attempts used)", failures, MAX_ATTEMPTS);
            return new PinResult.Rejected(MAX_ATTEMPTS - failures);
        } finally {
            if (pin != null) {
                Arrays.fill(pin, '\0');
            }
        }
    }

    /** When the current lockout ends, or empty when the gate is not locked now. */
    public synchronized Optional<Instant> lockedUntil() {
        return lockedUntil(clock.instant());
    }

    /** Wrong PINs in a row so far (0 after a lockout has expired or after a correct PIN). */
    public synchronized int failures() {
        lockedUntil(clock.instant());
        return failures;
    }

    private Optional<Instant> lockedUntil(Instant now) {
        if (lockedUntil == null) {
            return Optional.empty();
        }
        if (now.isBefore(lockedUntil)) {
            return Optional.of(lockedUntil);
        }
        LOG.info("Technician entry lockout that ended at {} has expired; attempts reset", lockedUntil);
        lockedUntil = null;
        failures = 0;
        return Optional.empty();
    }
}
