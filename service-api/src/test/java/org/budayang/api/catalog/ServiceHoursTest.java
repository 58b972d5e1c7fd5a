package org.budayang.api.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class ServiceHoursTest {
    private final ServiceHours window = ServiceHours.daily(LocalTime.of(8, 0), LocalTime.of(20, 0));

    @Test
    void allDayIsAlwaysOpen() {
        for (LocalTime time : new LocalTime[] {LocalTime.MIDNIGHT, LocalTime.of(3, 17), LocalTime.NOON, LocalTime.MAX}) {
            assertTrue(ServiceHours.ALL_DAY.isOpenAt(time), time.toString());
        }
    }

    @Test
    void aDailyWindowIncludesItsOpeningAndExcludesItsClosing() {
        assertFalse(window.isOpenAt(LocalTime.of(7, 59, 59)));
        assertTrue(window.isOpenAt(LocalTime.of(8, 0)));
        assertTrue(window.isOpenAt(LocalTime.of(19, 59, 59)));
        assertFalse(window.isOpenAt(LocalTime.of(20, 0)));
        assertFalse(window.isOpenAt(LocalTime.of(2, 0)));
    }

    @Test
    void anAllDayItemHasNoWindow() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ServiceHours(true, LocalTime.of(8, 0), null));
        assertEquals("ServiceHours: an all-day item has no opening window, got 08:00-null", e.getMessage());
    }

    @Test
    void aWindowNeedsBothEndsInOrder() {
        assertEquals("ServiceHours.opens is required",
                assertThrows(IllegalArgumentException.class,
                        () -> new ServiceHours(false, null, LocalTime.of(20, 0))).getMessage());
        assertEquals("ServiceHours.closes is required",
                assertThrows(IllegalArgumentException.class,
                        () -> new ServiceHours(false, LocalTime.of(8, 0), null)).getMessage());
        assertEquals("ServiceHours: opens 20:00 must be before closes 08:00",
                assertThrows(IllegalArgumentException.class,
                        () -> ServiceHours.daily(LocalTime.of(20, 0), LocalTime.of(8, 0))).getMessage());
        assertThrows(IllegalArgumentException.class, () -> ServiceHours.daily(LocalTime.NOON, LocalTime.NOON));
    }
}
