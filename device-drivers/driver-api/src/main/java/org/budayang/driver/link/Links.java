package org.budayang.driver.link;

import java.time.Duration;
import java.util.Set;
import org.budayang.driver.DriverConfigurationException;
import org.budayang.driver.DriverConfigurationException.Reason;
import org.budayang.driver.DriverSettings;

/**
 * Builds a {@link LinkOpener} from a role's link settings, so that every driver reads them the same way:
 * <pre>
 *   link=serial  port=/dev/ttyUSB0  baud=115200 (default; 1200..921600)
 *   link=tcp     host=10.0.0.5      tcpPort=9100 (1..65535)  connectTimeout=3s (default; 100ms..60s)
 *   link=file    port=/dev/usb/lp0  (a device file that speaks raw bytes, e.g. a USB printer-class device)
 * </pre>
 * The settings are checked when the opener is built (a configuration error is found at start-up, not at
 * the first reconnect); a key of the other link kind is refused rather than silently ignored. Drivers
 * add {@link #SETTING_KEYS} to their own {@code settingKeys()}.
 */
public final class Links {

    /** The link settings every link-based driver accepts. */
    public static final Set<String> SETTING_KEYS = Set.of("link", "port", "baud", "host", "tcpPort", "connectTimeout");

    static final int DEFAULT_BAUD = 115200;
    static final int MIN_BAUD = 1200;
    static final int MAX_BAUD = 921600;
    static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(3);

    private static final Set<String> SERIAL_KEYS = Set.of("link", "port", "baud");
    private static final Set<String> TCP_KEYS = Set.of("link", "host", "tcpPort", "connectTimeout");
    private static final Set<String> FILE_KEYS = Set.of("link", "port");
    private static final Set<String> NOT_FILE_KEYS = Set.of("baud", "host", "tcpPort", "connectTimeout");

    private Links() {
    }

    /**
     * An opener that opens a fresh link on each call, as {@code settings} say.
     *
     * @throws DriverConfigurationException naming the role, the key, the value and what is accepted when a
     *                                      link setting is missing or bad
     */
    public static LinkOpener opener(DriverSettings settings) {
        String kind = settings.string("link");
        switch (kind) {
            case "serial":
                return serial(settings);
            case "tcp":
                return tcp(settings);
            case "file":
                return file(settings);
            default:
                throw new DriverConfigurationException(Reason.INVALID, settings.role(), "link", kind,
                        "serial (needs port, optional baud) or tcp (needs host and tcpPort, optional connectTimeout)"
                                + " or file (needs port: a device file such as /dev/usb/lp0)");
        }
    }

    private static LinkOpener serial(DriverSettings settings) {
        refuseOtherKind(settings, SERIAL_KEYS, TCP_KEYS, "serial", "link, port, baud");
        String port = settings.string("port");
        if (!port.startsWith("/")) {
            throw new DriverConfigurationException(Reason.INVALID, settings.role(), "port", port,
                    "an absolute device path such as /dev/ttyUSB0 or /dev/serial/by-id/...");
        }
        int baud = settings.optionalInteger("baud", MIN_BAUD, MAX_BAUD).orElse(DEFAULT_BAUD);
        return () -> SerialLink.open(port, baud);
    }

    private static LinkOpener file(DriverSettings settings) {
        refuseOtherKind(settings, FILE_KEYS, NOT_FILE_KEYS, "file", "link, port");
        String port = settings.string("port");
        if (!port.startsWith("/")) {
            throw new DriverConfigurationException(Reason.INVALID, settings.role(), "port", port,
                    "an absolute device file path such as /dev/usb/lp0");
        }
        return () -> FileLink.open(port);
    }

    private static LinkOpener tcp(DriverSettings settings) {
        refuseOtherKind(settings, TCP_KEYS, SERIAL_KEYS, "tcp", "link, host, tcpPort, connectTimeout");
        String host = settings.string("host");
        int tcpPort = settings.integer("tcpPort", 1, 65535);
        Duration connectTimeout = settings.optionalDuration("connectTimeout", Duration.ofMillis(100),
                Duration.ofSeconds(60)).orElse(DEFAULT_CONNECT_TIMEOUT);
        return () -> TcpLink.connect(host, tcpPort, connectTimeout);
    }

    private static void refuseOtherKind(DriverSettings settings, Set<String> own, Set<String> other, String kind,
                                        String accepted) {
        for (String key : settings.keys()) {
            if (other.contains(key) && !own.contains(key)) {
                throw new DriverConfigurationException(Reason.UNKNOWN_KEY, settings.role(), key,
                        settings.asMap().get(key), "with link=" + kind + " the link keys " + accepted);
            }
        }
    }
}
