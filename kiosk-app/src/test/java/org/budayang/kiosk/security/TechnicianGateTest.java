package org.budayang.kiosk.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.budayang.kiosk.core.config.KioskConfig;
import org.junit.jupiter.api.Test;

class TechnicianGateTest {
    private static final String HASH = KioskConfig.DEMO_PIN_HASH; // PIN 246810
    private static final Instant START = Instant.parse("2026-11-26T14:00:00Z");

    private final MutableClock clock = new MutableClock(START);
    private final TechnicianGate gate = new TechnicianGate(HASH, clock);

    private PinResult submit(String pin) {
        return gate.submit(pin.toCharArray());
    }

    @Test
    void correctPinIsAccepted() {
        assertEquals(new PinResult.Accepted(), submit("246810"));
        assertEquals(Optional.empty(), gate.lockedUntil());
    }

    @Test
    void fiveWrongPinsLockForFifteenMinutesFromTheFifthFailure() {
        assertEquals(new PinResult.Rejected(4), submit("111111"));
        clock.advance(Duration.ofSeconds(20));
        assertEquals(new PinResult.Rejected(3), submit("222222"));
        assertEquals(new PinResult.Rejected(2), submit("333333"));
        assertEquals(new PinResult.Rejected(1), submit("444444"));
        clock.advance(Duration.ofMinutes(3));
        Instant fifth = clock.instant();
        PinResult result = submit("555555");
        assertEquals(new PinResult.Locked(fifth.plus(Duration.ofMinutes(15))), result);
        assertEquals(Optional.of(fifth.plus(TechnicianGate.LOCKOUT)), gate.lockedUntil());
    }

    @Test
    void whileLockedEvenTheCorrectPinIsRefused() {
        lockOut();
        Instant until = gate.lockedUntil().orElseThrow();
        clock.advance(Duration.ofMinutes(14).plusSeconds(59));
        assertEquals(new PinResult.Locked(until), submit("246810"));
        assertEquals(new PinResult.Locked(until), submit("000000"));
        // refused submissions while locked do not extend the lock
        assertEquals(Optional.of(until), gate.lockedUntil());
    }

    @Test
    void afterTheLockExpiresTheCounterStartsAgain() {
        lockOut();
        clock.advance(TechnicianGate.LOCKOUT);
        assertEquals(Optional.empty(), gate.lockedUntil());
        assertEquals(0, gate.failures());
        assertEquals(new PinResult.Rejected(4), submit("111111"));
        assertEquals(new PinResult.Accepted(), submit("246810"));
    }

    @Test
    void expiredLockThenFiveMoreWrongPinsLocksAgain() {
        lockOut();
        clock.advance(Duration.ofMinutes(16));
        for (int left = 4; left >= 1; left--) {
            assertEquals(new PinResult.Rejected(left), submit("999999"));
        }
        assertEquals(new PinResult.Locked(clock.instant().plus(TechnicianGate.LOCKOUT)), submit("999999"));
    }

    @Test
    void correctPinResetsTheCounter() {
        for (int i = 0; i < 4; i++) {
            submit("111111");
        }
        assertEquals(new PinResult.Accepted(), submit("246810"));
        assertEquals(0, gate.failures());
        for (int left = 4; left >= 1; left--) {
            assertEquals(new PinResult.Rejected(left), submit("111111"));
        }
    }

    @Test
    void theSubmittedPinIsWipedWhateverTheResult() {
        char[] right = "246810".toCharArray();
        gate.submit(right);
        assertArrayEquals(new char[6], right);
        char[] wrong = "123456".toCharArray();
        gate.submit(wrong);
        assertArrayEquals(new char[6], wrong);
        lockOut();
        char[] whileLocked = "246810".toCharArray();
        gate.submit(whileLocked);
        assertArrayEquals(new char[6], whileLocked);
    }

    @Test
    void lockoutIsLoggedOnceAtWarnWithoutThePin() {
        try (LogCapture log = new LogCapture(TechnicianGate.class)) {
            lockOut();
            submit("246810");
            List<String> warnings = log.messages(Level.WARN);
            assertEquals(1, warnings.size(), warnings.toString());
            assertTrue(warnings.get(0).contains("locked until " + START.plus(TechnicianGate.LOCKOUT)), warnings.get(0));
            assertTrue(log.events().stream().noneMatch(e -> e.getFormattedMessage().contains("999999")
                    || e.getFormattedMessage().contains("246810")));
        }
    }

    @Test
    void malformedHashIsRefusedAtConstruction() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new TechnicianGate("246810", clock));
        assertTrue(e.getMessage().contains("Malformed technician PIN hash"), e.getMessage());
    }

    private void lockOut() {
        PinResult last = null;
        for (int i = 0; i < TechnicianGate.MAX_ATTEMPTS; i++) {
            last = submit("999999");
        }
        assertTrue(last instanceof PinResult.Locked, String.valueOf(last));
    }
}
