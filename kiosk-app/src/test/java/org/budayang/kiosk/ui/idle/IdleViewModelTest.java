package org.budayang.kiosk.ui.idle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.budayang.kiosk.security.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IdleViewModelTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T02:00:00Z"));
    private final AtomicInteger expired = new AtomicInteger();
    private IdleViewModel idle;

    @BeforeEach
    void setUp() {
        idle = new IdleViewModel(clock, Duration.ofSeconds(60), Duration.ofSeconds(10), expired::incrementAndGet);
        idle.setArmed(true);
    }

    @Test
    void noCountdownBeforeTheTimeout() {
        clock.advance(Duration.ofSeconds(59));
        idle.tick();
        assertFalse(idle.countingProperty().get());
        assertEquals(0, expired.get());
    }

    @Test
    void countsDownTenSecondsAfterTheTimeoutThenExpiresOnce() {
        clock.advance(Duration.ofSeconds(60));
        idle.tick();
        assertTrue(idle.countingProperty().get());
        assertEquals(10, idle.secondsLeftProperty().get());
        clock.advance(Duration.ofSeconds(3));
        idle.tick();
        assertEquals(7, idle.secondsLeftProperty().get());
        clock.advance(Duration.ofMillis(6500));
        idle.tick();
        assertEquals(1, idle.secondsLeftProperty().get(), "0.5 s left still shows 1");
        assertEquals(0, expired.get());
        clock.advance(Duration.ofMillis(500));
        idle.tick();
        assertEquals(1, expired.get());
        assertFalse(idle.countingProperty().get());
        assertFalse(idle.isArmed(), "after expiry the timer waits for the next session");
        clock.advance(Duration.ofMinutes(5));
        idle.tick();
        assertEquals(1, expired.get());
    }

    @Test
    void aHoldKeepsTheSessionAndTheIdleTimeRunsFromItsEnd() {
        java.util.concurrent.atomic.AtomicBoolean paying = new java.util.concurrent.atomic.AtomicBoolean(true);
        idle.holdWhile(paying::get);
        clock.advance(Duration.ofMinutes(4)); // a QR payment waiting on the citizen's phone
        idle.tick();
        assertFalse(idle.countingProperty().get());
        assertEquals(0, expired.get());
        paying.set(false);
        clock.advance(Duration.ofSeconds(59));
        idle.tick();
        assertFalse(idle.countingProperty().get(), "the idle time starts when the hold ends");
        clock.advance(Duration.ofSeconds(11));
        idle.tick();
        assertEquals(1, expired.get(), "without a hold the session ends as before");
    }

    @Test
    void anyInputHidesTheCountdownAndStartsAgain() {
        clock.advance(Duration.ofSeconds(65));
        idle.tick();
        assertTrue(idle.countingProperty().get());
        idle.activity();
        assertFalse(idle.countingProperty().get());
        assertEquals(10, idle.secondsLeftProperty().get());
        clock.advance(Duration.ofSeconds(59));
        idle.tick();
        assertFalse(idle.countingProperty().get());
        assertEquals(0, expired.get());
    }

    @Test
    void disarmedOnAttractNeverCounts() {
        idle.setArmed(false);
        clock.advance(Duration.ofHours(1));
        idle.tick();
        assertFalse(idle.countingProperty().get());
        assertEquals(0, expired.get());
    }

    @Test
    void rejectsNonPositiveDurations() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new IdleViewModel(clock, Duration.ZERO, Duration.ofSeconds(10), () -> { }));
        assertEquals("IdleViewModel.timeout must be positive, got PT0S", e.getMessage());
    }
}
