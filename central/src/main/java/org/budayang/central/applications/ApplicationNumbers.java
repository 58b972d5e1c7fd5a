package org.budayang.central.applications;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import javax.sql.DataSource;
import org.budayang.central.db.Sequences;

/**
 * Allocates 办件编号 (application numbers): region code + yyyyMMdd + 6-digit sequence from app_number_sequence,
 * unique across central nodes. The one place that draws them, for applications and for paid services alike.
 */
public final class ApplicationNumbers {
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final Sequences sequences;

    public ApplicationNumbers(DataSource dataSource) {
        this.sequences = new Sequences(dataSource, "app_number_sequence");
    }

    /** The next 办件编号 of the region (6-digit 行政区划代码) and day. */
    public String next(String regionCode, LocalDate day) {
        String key = regionCode + DAY.format(day);
        long value = sequences.next(key);
        if (value > 999_999) {
            throw new IllegalStateException("More than 999999 办件编号 in region " + regionCode + " on " + day);
        }
        return key + String.format("%06d", value);
    }
}
