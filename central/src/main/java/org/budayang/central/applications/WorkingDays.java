package org.budayang.central.applications;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Working-day arithmetic for promised dates: Saturdays and Sundays are skipped (public holidays are not modelled). */
public final class WorkingDays {
    private WorkingDays() {
    }

    /** The day {@code days} working days after {@code from}; 0 gives {@code from} itself (即办). */
    public static LocalDate add(LocalDate from, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("working days " + days + " must not be negative");
        }
        LocalDate day = from;
        int left = days;
        while (left > 0) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return day;
    }
}
