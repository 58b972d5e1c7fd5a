package org.budayang.driver.qrserial;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.budayang.driver.DriverConfigurationException;
import org.budayang.driver.DriverConfigurationException.Reason;
import org.budayang.driver.DriverSettings;

/**
 * The driver's own settings beside the link keys, validated whole.
 *
 * @param terminator   what ends each code: CR (default), LF, CRLF or TAB
 * @param encoding     how codes are encoded: UTF-8 (default), GB18030 or GBK
 * @param maxLength    the longest code in bytes, terminator excluded (default 2048; 16..65536); longer lines are dropped
 * @param lineTimeout  how long a started line may go quiet before it counts as a fragment and is dropped
 *                     (default 300 ms; 20 ms..10 s)
 * @param probe        the health probe: newland (default), honeywell or none
 * @param probeTimeout how long the scanner has to answer the probe (default 1 s; 50 ms..30 s)
 */
public record QrSerialSettings(Terminator terminator, ScanEncoding encoding, int maxLength, Duration lineTimeout,
                               Probe probe, Duration probeTimeout) {
    public static final String TERMINATOR = "terminator";
    public static final String ENCODING = "encoding";
    public static final String MAX_LENGTH = "max-length";
    public static final String LINE_TIMEOUT = "line-timeout";
    public static final String PROBE = "probe";
    public static final String PROBE_TIMEOUT = "probe-timeout";
    /** The keys of this record (the link keys come from the link opener). */
    public static final Set<String> KEYS = Set.of(TERMINATOR, ENCODING, MAX_LENGTH, LINE_TIMEOUT, PROBE, PROBE_TIMEOUT);

    static final int MIN_LENGTH = 16;
    static final int MAX_MAX_LENGTH = 65_536;
    private static final Duration MIN_LINE_TIMEOUT = Duration.ofMillis(20);
    private static final Duration MAX_LINE_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration MIN_PROBE_TIMEOUT = Duration.ofMillis(50);
    private static final Duration MAX_PROBE_TIMEOUT = Duration.ofSeconds(30);

    public QrSerialSettings {
        Objects.requireNonNull(terminator, "QrSerialSettings.terminator is required");
        Objects.requireNonNull(encoding, "QrSerialSettings.encoding is required");
        Objects.requireNonNull(probe, "QrSerialSettings.probe is required");
        if (maxLength < MIN_LENGTH || maxLength > MAX_MAX_LENGTH) {
            throw new IllegalArgumentException("QrSerialSettings.maxLength must be " + MIN_LENGTH + ".." + MAX_MAX_LENGTH
                    + " bytes, got " + maxLength);
        }
        within("lineTimeout", lineTimeout, MIN_LINE_TIMEOUT, MAX_LINE_TIMEOUT);
        within("probeTimeout", probeTimeout, MIN_PROBE_TIMEOUT, MAX_PROBE_TIMEOUT);
    }

    public static QrSerialSettings defaults() {
        return new QrSerialSettings(Terminator.CR, ScanEncoding.UTF_8, 2048, Duration.ofMillis(300), Probe.NEWLAND,
                Duration.ofSeconds(1));
    }

    /** Reads the driver's keys from {@code settings}; every other key must be in {@code linkKeys}. */
    public static QrSerialSettings from(DriverSettings settings, Set<String> linkKeys) {
        Set<String> accepted = new TreeSet<>(linkKeys);
        accepted.addAll(KEYS);
        settings.requireOnly(accepted);
        QrSerialSettings d = defaults();
        Terminator terminator = named(settings, TERMINATOR, Terminator::parse, Terminator.accepted())
                .orElse(d.terminator());
        ScanEncoding encoding = named(settings, ENCODING, ScanEncoding::parse, ScanEncoding.accepted())
                .orElse(d.encoding());
        Probe probe = named(settings, PROBE, Probe::parse, Probe.accepted()).orElse(d.probe());
        int maxLength = settings.optionalInteger(MAX_LENGTH, MIN_LENGTH, MAX_MAX_LENGTH).orElse(d.maxLength());
        Duration lineTimeout = settings.optionalDuration(LINE_TIMEOUT, MIN_LINE_TIMEOUT, MAX_LINE_TIMEOUT)
                .orElse(d.lineTimeout());
        Duration probeTimeout = settings.optionalDuration(PROBE_TIMEOUT, MIN_PROBE_TIMEOUT, MAX_PROBE_TIMEOUT)
                .orElse(d.probeTimeout());
        return new QrSerialSettings(terminator, encoding, maxLength, lineTimeout, probe, probeTimeout);
    }

    private static <T> java.util.Optional<T> named(DriverSettings settings, String key, Function<String, T> parse,
                                                   String accepted) {
        return settings.optionalString(key).map(text -> {
            T value = parse.apply(text);
            if (value == null) {
                throw new DriverConfigurationException(Reason.INVALID, settings.role(), key, text, accepted);
            }
            return value;
        });
    }

    private static void within(String field, Duration value, Duration min, Duration max) {
        if (value == null || value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw new IllegalArgumentException("QrSerialSettings." + field + " must be from " + min.toMillis() + " ms to "
                    + max.toMillis() + " ms, got " + value);
        }
    }
}
