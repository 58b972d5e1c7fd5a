package org.budayang.api.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TimeLimitsTest {
    @Test
    void zeroPromisedDaysMeansDoneOnTheSpot() {
        assertTrue(new TimeLimits(0, 0).immediate());
        assertTrue(new TimeLimits(20, 0).immediate());
        assertFalse(new TimeLimits(3, 1).immediate());
    }

    @Test
    void daysOutOfRangeAreNamedWithTheirValue() {
        assertEquals("TimeLimits.legalWorkingDays: -1 is out of range; expected 0..365",
                assertThrows(IllegalArgumentException.class, () -> new TimeLimits(-1, 0)).getMessage());
        assertEquals("TimeLimits.promisedWorkingDays: 366 is out of range; expected 0..365",
                assertThrows(IllegalArgumentException.class, () -> new TimeLimits(365, 366)).getMessage());
    }

    @Test
    void thePromiseMayNotExceedTheLaw() {
        assertEquals("TimeLimits: promised 5 working days exceeds the legal limit of 3",
                assertThrows(IllegalArgumentException.class, () -> new TimeLimits(3, 5)).getMessage());
        assertEquals(new TimeLimits(3, 3), new TimeLimits(3, 3));
    }
}
