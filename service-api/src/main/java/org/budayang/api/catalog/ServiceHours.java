package org.budayang.api.catalog;

import java.time.LocalTime;

/**
 * When an item can be done at a kiosk: all day, or a daily window [opens, closes) on the same day
 * (the departments' back-end systems of some items are not available at night).
 */
public record ServiceHours(boolean allDay, LocalTime opens, LocalTime closes) {
    public static final ServiceHours ALL_DAY = new ServiceHours(true, null, null);

    public ServiceHours {
        if (allDay) {
            if (opens != null || closes != null) {
                throw new IllegalArgumentException("ServiceHours: an all-day item has no opening window, got "
                        + opens + "-" + closes);
            }
        } else {
            Checks.present("ServiceHours.opens", opens);
            Checks.present("ServiceHours.closes", closes);
            if (!opens.isBefore(closes)) {
                throw new IllegalArgumentException("ServiceHours: opens " + opens + " must be before closes " + closes);
            }
        }
    }

    public static ServiceHours daily(LocalTime opens, LocalTime closes) {
        return new ServiceHours(false, opens, closes);
    }

    public boolean isOpenAt(LocalTime time) {
        return allDay || (!time.isBefore(opens) && time.isBefore(closes));
    }
}
