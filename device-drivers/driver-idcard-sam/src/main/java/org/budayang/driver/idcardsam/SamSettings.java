package org.budayang.driver.idcardsam;

import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import org.budayang.driver.DriverConfigurationException;
import org.budayang.driver.DriverSettings;

/**
 * The driver's own settings beside the link keys, validated whole.
 *
 * @param pollInterval   how often the enabled driver looks for a card (default 1 s)
 * @param commandTimeout how long the reader has to start answering a command; no answer means OFFLINE (default 5 s);
 *                       once it answers, a long answer may take as long as the line needs
 * @param readAttempts   how many times a read is tried when the reader reports a retryable failure (default 3)
 * @param fingerprint    whether reads ask for the fingerprint too (command 30 10; default false)
 */
public record SamSettings(Duration pollInterval, Duration commandTimeout, int readAttempts, boolean fingerprint) {
    public static final String POLL_INTERVAL = "pollInterval";
    public static final String COMMAND_TIMEOUT = "commandTimeout";
    public static final String READ_ATTEMPTS = "readAttempts";
    public static final String FINGERPRINT = "fingerprint";
    /** The keys of this record (the link keys come from the link opener). */
    public static final Set<String> KEYS = Set.of(POLL_INTERVAL, COMMAND_TIMEOUT, READ_ATTEMPTS, FINGERPRINT);

    public SamSettings {
        if (pollInterval == null || pollInterval.compareTo(Duration.ofMillis(50)) < 0) {
            throw new IllegalArgumentException("SamSettings.pollInterval must be at least 50 ms, got " + pollInterval);
        }
        if (commandTimeout == null || commandTimeout.compareTo(Duration.ofMillis(50)) < 0) {
            throw new IllegalArgumentException("SamSettings.commandTimeout must be at least 50 ms, got "
                    + commandTimeout);
        }
        if (readAttempts < 1 || readAttempts > 10) {
            throw new IllegalArgumentException("SamSettings.readAttempts must be 1..10, got " + readAttempts);
        }
    }

    public static SamSettings defaults() {
        return new SamSettings(Duration.ofSeconds(1), Duration.ofSeconds(5), 3, false);
    }

    /** Reads the driver's keys from {@code settings}; every other key must be in {@code linkKeys}. */
    public static SamSettings from(DriverSettings settings, Set<String> linkKeys) {
        Set<String> accepted = new TreeSet<>(linkKeys);
        accepted.addAll(KEYS);
        settings.requireOnly(accepted);
        SamSettings d = defaults();
        Duration poll = settings.optionalDuration(POLL_INTERVAL, Duration.ofMillis(100), Duration.ofMinutes(1))
                .orElse(d.pollInterval());
        Duration timeout = settings.optionalDuration(COMMAND_TIMEOUT, Duration.ofMillis(100), Duration.ofMinutes(1))
                .orElse(d.commandTimeout());
        int attempts = settings.optionalInteger(READ_ATTEMPTS, 1, 10).orElse(d.readAttempts());
        boolean fingerprint = settings.optionalString(FINGERPRINT).map(text -> switch (text.toLowerCase()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new DriverConfigurationException(DriverConfigurationException.Reason.INVALID,
                    settings.role(), FINGERPRINT, text, "true or false");
        }).orElse(d.fingerprint());
        return new SamSettings(poll, timeout, attempts, fingerprint);
    }

    /**
     * The limit for a short answer (status, find, select) in all: the command timeout for its first byte
     * and as long again for the rest. Card reads get the caller's deadline instead, since 1295 bytes take
     * 1.35 s at 9600 baud.
     */
    Duration answerLimit() {
        return commandTimeout.multipliedBy(2);
    }

    /** How long the line may go quiet in the middle of an answer before the answer counts as cut. */
    Duration quietGap() {
        Duration gap = Duration.ofMillis(500);
        return commandTimeout.compareTo(gap) < 0 ? commandTimeout : gap;
    }
}
