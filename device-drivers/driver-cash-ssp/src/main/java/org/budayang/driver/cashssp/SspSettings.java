package org.budayang.driver.cashssp;

import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import org.budayang.driver.DriverConfigurationException;
import org.budayang.driver.DriverSettings;

/**
 * The driver's own settings beside the link keys, validated whole.
 *
 * @param pollInterval    pause between polls while enabled (default 200 ms)
 * @param replyTimeout    how long the acceptor has to reply to one packet before it is sent again (default 1 s)
 * @param resends         how many times an unanswered packet is sent again before the acceptor is OFFLINE (default 20)
 * @param address         the SSP address (default 0, the banknote validator)
 * @param protocolVersion the host protocol version asked for (default 6; 6..8)
 * @param currency        the currency the acceptor's channels must be in (default CNY)
 */
public record SspSettings(Duration pollInterval, Duration replyTimeout, int resends, int address, int protocolVersion,
                          String currency) {
    public static final String POLL_INTERVAL = "pollInterval";
    public static final String REPLY_TIMEOUT = "replyTimeout";
    public static final String RESENDS = "resends";
    public static final String ADDRESS = "sspAddress";
    public static final String PROTOCOL_VERSION = "protocolVersion";
    public static final String CURRENCY = "currency";
    public static final Set<String> KEYS = Set.of(POLL_INTERVAL, REPLY_TIMEOUT, RESENDS, ADDRESS, PROTOCOL_VERSION,
            CURRENCY);

    public SspSettings {
        if (pollInterval == null || pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException("SspSettings.pollInterval must be positive, got " + pollInterval);
        }
        if (replyTimeout == null || replyTimeout.compareTo(Duration.ofMillis(20)) < 0) {
            throw new IllegalArgumentException("SspSettings.replyTimeout must be at least 20 ms, got " + replyTimeout);
        }
        if (resends < 0 || resends > 50) {
            throw new IllegalArgumentException("SspSettings.resends must be 0..50, got " + resends);
        }
        if (address < 0 || address > 127) {
            throw new IllegalArgumentException("SspSettings.address must be 0..127, got " + address);
        }
        if (protocolVersion < 6 || protocolVersion > 8) {
            throw new IllegalArgumentException("SspSettings.protocolVersion must be 6..8, got " + protocolVersion);
        }
        if (currency == null || !currency.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("SspSettings.currency must be 3 capital letters like CNY, got '"
                    + currency + "'");
        }
    }

    public static SspSettings defaults() {
        return new SspSettings(Duration.ofMillis(200), Duration.ofSeconds(1), 20, 0, 6, "CNY");
    }

    /** Reads the driver's keys from {@code settings}; every other key must be in {@code linkKeys}. */
    public static SspSettings from(DriverSettings settings, Set<String> linkKeys) {
        Set<String> accepted = new TreeSet<>(linkKeys);
        accepted.addAll(KEYS);
        settings.requireOnly(accepted);
        SspSettings d = defaults();
        Duration poll = settings.optionalDuration(POLL_INTERVAL, Duration.ofMillis(1), Duration.ofSeconds(5))
                .orElse(d.pollInterval());
        Duration reply = settings.optionalDuration(REPLY_TIMEOUT, Duration.ofMillis(50), Duration.ofSeconds(10))
                .orElse(d.replyTimeout());
        int resends = settings.optionalInteger(RESENDS, 0, 50).orElse(d.resends());
        int address = settings.optionalInteger(ADDRESS, 0, 127).orElse(d.address());
        int version = settings.optionalInteger(PROTOCOL_VERSION, 6, 8).orElse(d.protocolVersion());
        String currency = settings.optionalString(CURRENCY).orElse(d.currency());
        if (!currency.matches("[A-Z]{3}")) {
            throw new DriverConfigurationException(DriverConfigurationException.Reason.INVALID, settings.role(),
                    CURRENCY, currency, "an ISO 4217 code in capitals, e.g. CNY");
        }
        return new SspSettings(poll, reply, resends, address, version, currency);
    }

    /** How long the poller gives one poll cycle: every packet of it may use all its sends. */
    Duration cycleBudget() {
        return replyTimeout.multipliedBy((resends + 1L) * 4);
    }
}
