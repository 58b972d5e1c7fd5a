package org.budayang.driver.escpos;

import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import org.budayang.driver.DriverConfigurationException;
import org.budayang.driver.DriverSettings;
import org.budayang.driver.printer.JobBook;

/**
 * The {@code escpos} driver's own settings beside the link keys, validated whole.
 *
 * @param columns       paper width in columns of the normal font: 48 (80 mm paper, default) or 32 (58 mm)
 * @param encoding      how Chinese text is sent: GB18030 (default), GBK or UTF-8
 * @param statusTimeout how long the printer has to answer a real-time status request; no answer means OFFLINE
 *                      (default 1 s; {@code DLE EOT} is answered at once even while printing)
 * @param printPoll     while a job prints, how often the driver asks the real-time status to notice paper running
 *                      out in the middle (default 500 ms)
 * @param jobMemory     how many job ids the driver remembers, so that a retried id is never printed twice (default 200)
 */
public record EscPosSettings(int columns, TextEncoding encoding, Duration statusTimeout, Duration printPoll,
                             int jobMemory) {
    public static final String COLUMNS = "columns";
    public static final String ENCODING = "encoding";
    public static final String STATUS_TIMEOUT = "statusTimeout";
    public static final String PRINT_POLL = "printPoll";
    public static final String JOB_MEMORY = "jobMemory";
    /** The keys of this record (the link keys come from the link opener). */
    public static final Set<String> KEYS = Set.of(COLUMNS, ENCODING, STATUS_TIMEOUT, PRINT_POLL, JOB_MEMORY);

    public EscPosSettings {
        if (columns != 32 && columns != 48) {
            throw new IllegalArgumentException("EscPosSettings.columns must be 32 or 48, got " + columns);
        }
        if (encoding == null) {
            throw new IllegalArgumentException("EscPosSettings.encoding is required");
        }
        if (statusTimeout == null || statusTimeout.compareTo(Duration.ofMillis(50)) < 0) {
            throw new IllegalArgumentException("EscPosSettings.statusTimeout must be at least 50 ms, got "
                    + statusTimeout);
        }
        if (printPoll == null || printPoll.compareTo(Duration.ofMillis(20)) < 0) {
            throw new IllegalArgumentException("EscPosSettings.printPoll must be at least 20 ms, got " + printPoll);
        }
        if (jobMemory < 10 || jobMemory > 100_000) {
            throw new IllegalArgumentException("EscPosSettings.jobMemory must be 10..100000, got " + jobMemory);
        }
    }

    public static EscPosSettings defaults() {
        return new EscPosSettings(48, TextEncoding.GB18030, Duration.ofSeconds(1), Duration.ofMillis(500),
                JobBook.DEFAULT_CAPACITY);
    }

    /** Reads the driver's keys from {@code settings}; every other key must be in {@code linkKeys}. */
    public static EscPosSettings from(DriverSettings settings, Set<String> linkKeys) {
        Set<String> accepted = new TreeSet<>(linkKeys);
        accepted.addAll(KEYS);
        settings.requireOnly(accepted);
        EscPosSettings d = defaults();
        int columns = settings.optionalString(COLUMNS).map(text -> switch (text) {
            case "32" -> 32;
            case "48" -> 48;
            default -> throw new DriverConfigurationException(DriverConfigurationException.Reason.INVALID,
                    settings.role(), COLUMNS, text, "32 (58 mm paper) or 48 (80 mm paper)");
        }).orElse(d.columns());
        TextEncoding encoding = settings.optionalString(ENCODING).map(text -> {
            TextEncoding parsed = TextEncoding.parse(text);
            if (parsed == null) {
                throw new DriverConfigurationException(DriverConfigurationException.Reason.INVALID, settings.role(),
                        ENCODING, text, "GB18030, GBK or UTF-8");
            }
            return parsed;
        }).orElse(d.encoding());
        Duration timeout = settings.optionalDuration(STATUS_TIMEOUT, Duration.ofMillis(100), Duration.ofSeconds(30))
                .orElse(d.statusTimeout());
        Duration poll = settings.optionalDuration(PRINT_POLL, Duration.ofMillis(50), Duration.ofSeconds(10))
                .orElse(d.printPoll());
        int memory = settings.optionalInteger(JOB_MEMORY, 10, 100_000).orElse(d.jobMemory());
        return new EscPosSettings(columns, encoding, timeout, poll, memory);
    }
}
