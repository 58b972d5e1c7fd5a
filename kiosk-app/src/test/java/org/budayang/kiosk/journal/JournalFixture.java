package org.budayang.kiosk.journal;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/** Opens journals on a real SQLite file in a test's temporary folder, with the key store beside it. */
final class JournalFixture {
    static final String ID_NUMBER = "11010519491231002X";
    static final String NAME = "张三丰";
    static final String PERSONAL = "{\"idNumber\":\"" + ID_NUMBER + "\",\"name\":\"" + NAME + "\"}";

    private JournalFixture() {
    }

    static Journal open(Path dir) {
        return open(dir, Clock.systemUTC());
    }

    static Journal open(Path dir, Clock clock) {
        return Journal.open(new JournalSettings(dir, Duration.ofDays(7)), clock);
    }
}
