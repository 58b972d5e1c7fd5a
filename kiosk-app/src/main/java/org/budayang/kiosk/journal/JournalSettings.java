package org.budayang.kiosk.journal;

import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Objects;

/**
 * Where the journal lives and how long ended transactions keep their personal data.
 *
 * @param dir       {@code <data.dir>/journal}: {@code journal.db} and the key store
 * @param retention {@code journal.retention}, an ISO-8601 duration, default {@code P7D}
 */
public record JournalSettings(Path dir, Duration retention) {
    public static final String RETENTION_KEY = "journal.retention";
    public static final Duration DEFAULT_RETENTION = Duration.ofDays(7);

    public JournalSettings {
        Objects.requireNonNull(dir, "JournalSettings.dir is required");
        requireRetention(retention);
    }

    /** Settings under {@code dataDir/journal} (the kiosk's {@code data.dir}). */
    public static JournalSettings under(Path dataDir, Duration retention) {
        return new JournalSettings(dataDir.resolve("journal"), retention);
    }

    /** Settings under {@code dataDir/journal} with {@code journal.retention} read from {@code properties}. */
    public static JournalSettings of(Path dataDir, Map<String, String> properties) {
        String text = properties.get(RETENTION_KEY);
        Duration retention = DEFAULT_RETENTION;
        if (text != null && !text.isBlank()) {
            try {
                retention = Duration.parse(text.strip());
            } catch (DateTimeParseException e) {
                throw new JournalException(JournalException.INVALID, RETENTION_KEY + ": '" + text
                        + "' is not accepted; expected an ISO-8601 duration such as P7D or PT12H", e);
            }
        }
        return new JournalSettings(dataDir.resolve("journal"), retention);
    }

    /** The SQLite file. */
    public Path file() {
        return dir.resolve("journal.db");
    }

    static void requireRetention(Duration retention) {
        if (retention == null || retention.isNegative() || retention.compareTo(Duration.ofDays(366)) > 0) {
            throw new JournalException(JournalException.INVALID, RETENTION_KEY + ": '" + retention
                    + "' is not accepted; expected a duration from PT0S to P366D");
        }
    }
}
