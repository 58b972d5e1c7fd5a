package org.budayang.driver.testkit;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.budayang.driver.DriverContext;
import org.budayang.driver.DriverSettings;
import org.budayang.driver.link.DeviceEnd;

/**
 * A real cable between a driver and the emulator of its device: a socat pty pair opened by path at a baud rate
 * ({@link #pty}, SerialLink on both ends; {@link #ptyAsFile}: the driver opens its end as a device file) or a
 * loopback TCP connection ({@link #tcp}, TcpLink on both ends). The
 * emulator serves its end through a {@link DeviceEnd}, so after {@link #unplug()} and {@link #replug()} it serves
 * the new cable by itself; the driver opens its end from {@link #hostSettings()}.
 *
 * <p>{@link #pty} and {@link #replug()} return once the emulator can hear the driver (a pty end opened later may
 * lose what was written before); a TCP cable listens from the start and buffers the first bytes until the accept.
 */
public final class EmulatorCable implements AutoCloseable {
    /** How long {@link #pty} and {@link #replug()} wait for the emulator to open its end. */
    public static final Duration READY = Duration.ofSeconds(3);
    private static final Duration REOPEN = Duration.ofMillis(10);
    private static final Duration ACCEPT = Duration.ofMillis(200);

    private final SocatPty pty;
    private final LoopbackSockets sockets;
    private final int baud;
    private final boolean asFile;
    private final DeviceEnd deviceEnd;
    /** The emulator's served-link count a replug must see reached: the link served at unplug has ended. */
    private volatile int servedBeforeNextLink;

    private EmulatorCable(SocatPty pty, LoopbackSockets sockets, int baud, boolean asFile, String label,
                          DeviceEnd.Service emulator) {
        this.pty = pty;
        this.sockets = sockets;
        this.baud = baud;
        this.asFile = asFile;
        this.deviceEnd = pty != null
                ? DeviceEnd.start(label, emulator, pty.deviceOpener(baud), REOPEN, "serial " + pty.devicePath())
                : DeviceEnd.start(label, emulator, () -> sockets.accept(ACCEPT), REOPEN, tcpName(sockets));
    }

    /**
     * A socat pty pair at {@code baud}, served by {@code emulator}; returns when the emulator's end is open.
     *
     * @param label what is emulated, for logs, e.g. {@code ID card emulator}
     */
    public static EmulatorCable pty(String label, DeviceEnd.Service emulator, int baud) {
        return startPty(label, emulator, baud, false);
    }

    /**
     * As {@link #pty}, but the driver opens its end as a device file ({@code link=file, port=PATH}), as a printer
     * on {@code /dev/usb/lp0} is opened; the emulator's end is a serial link at {@code baud}.
     */
    public static EmulatorCable ptyAsFile(String label, DeviceEnd.Service emulator, int baud) {
        return startPty(label, emulator, baud, true);
    }

    private static EmulatorCable startPty(String label, DeviceEnd.Service emulator, int baud, boolean asFile) {
        if (baud <= 0) {
            throw new IllegalArgumentException("EmulatorCable.baud must be positive, got " + baud);
        }
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(emulator, "emulator");
        SocatPty pty = SocatPty.start();
        EmulatorCable cable = new EmulatorCable(pty, null, baud, asFile, label, emulator);
        try {
            cable.awaitDeviceReady(READY);
        } catch (AssertionError notReady) {
            cable.close();
            throw notReady;
        }
        return cable;
    }

    /** A loopback TCP connection on a free port, served by {@code emulator} (listening on return). */
    public static EmulatorCable tcp(String label, DeviceEnd.Service emulator) {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(emulator, "emulator");
        return new EmulatorCable(null, LoopbackSockets.open(), 0, false, label, emulator);
    }

    /** Whether this is a pty pair (true) or loopback TCP (false). */
    public boolean isPty() {
        return pty != null;
    }

    /**
     * The driver's link settings, a fresh mutable map: {@code link=serial, port, baud}, {@code link=file, port}
     * or {@code link=tcp, host, tcpPort}.
     */
    public Map<String, String> hostSettings() {
        if (asFile) {
            Map<String, String> settings = new HashMap<>();
            settings.put("link", "file");
            settings.put("port", pty.hostPath());
            return settings;
        }
        return pty != null ? pty.hostSettings(baud) : sockets.hostSettings();
    }

    /**
     * A kiosk's device properties for a driver on this cable, as {@code DeviceConfiguration.parse} reads them:
     * {@code device.ROLE.driver=DRIVER}, the link settings, then the driver's own {@code settings} (key, value, …),
     * each under {@code device.ROLE.}; a fresh mutable map.
     */
    public Map<String, String> deviceProperties(String role, String driver, String... settings) {
        String prefix = "device." + role + ".";
        Map<String, String> properties = new HashMap<>();
        properties.put(prefix + "driver", driver);
        withHostSettings("deviceProperties", settings).forEach((key, value) -> properties.put(prefix + key, value));
        return properties;
    }

    /**
     * A driver context for {@code role} on the system clock with the link settings, then the driver's own
     * {@code settings} (key, value, …), as a driver's provider gets it from the kiosk.
     */
    public DriverContext driverContext(String role, String... settings) {
        return new DriverContext(role, DriverSettings.of(role, withHostSettings("driverContext", settings)),
                Clock.systemUTC());
    }

    private Map<String, String> withHostSettings(String method, String... settings) {
        if (settings.length % 2 != 0) {
            throw new IllegalArgumentException("EmulatorCable." + method + " needs key, value pairs, got "
                    + settings.length + " strings");
        }
        Map<String, String> all = hostSettings();
        for (int i = 0; i < settings.length; i += 2) {
            all.put(settings[i], settings[i + 1]);
        }
        return all;
    }

    /** The path of the driver's end of a pty pair, e.g. {@code /tmp/budayang-pty-1/host}. */
    public String hostPath() {
        if (pty == null) {
            throw new IllegalStateException(this + ": a TCP cable has no host path; use hostSettings()");
        }
        return pty.hostPath();
    }

    /** How the driver's link names itself, e.g. {@code serial /tmp/budayang-pty-1/host 9600 8N1}. */
    public String hostDescription() {
        if (asFile) {
            return "file " + pty.hostPath();
        }
        return pty != null ? "serial " + pty.hostPath() + " " + baud + " 8N1" : tcpName(sockets);
    }

    /** How many links the emulator has finished serving (a lost link counts). */
    public int deviceLinksServed() {
        return deviceEnd.linksServed();
    }

    /** Waits until the emulator can hear the driver: its pty end is open (a TCP cable is always ready). */
    public void awaitDeviceReady(Duration timeout) {
        if (pty != null) {
            Await.until("the emulator's end of " + pty, deviceEnd::isServing, timeout);
        }
    }

    /** Pulls the cable: socat killed, or the server socket and its connections closed. */
    public void unplug() {
        if (pty != null) {
            int served = deviceEnd.linksServed(); // first: a link ending now counts here or as not serving below
            servedBeforeNextLink = served + (deviceEnd.isServing() ? 1 : 0);
            pty.unplug();
        } else {
            sockets.unplug();
        }
    }

    /**
     * Plugs it in again on the same path or port; returns once the emulator can hear the driver: on a pty, once
     * the link served at {@link #unplug()} has ended and a new one is served (right after an unplug the emulator
     * may still be serving the old link, which would lose the driver's first bytes).
     */
    public void replug() {
        if (pty != null) {
            pty.replug();
            int before = servedBeforeNextLink;
            Await.until("the emulator's end of " + pty + " on a new link (links served: " + before + " before)",
                    () -> deviceEnd.linksServed() >= before && deviceEnd.isServing(), READY);
        } else {
            sockets.replug();
        }
    }

    /** Stops the emulator's end and removes the cable (the emulator itself stays the caller's). */
    @Override
    public void close() {
        try {
            deviceEnd.close();
        } finally {
            if (pty != null) {
                pty.close();
            } else {
                sockets.close();
            }
        }
    }

    private static String tcpName(LoopbackSockets sockets) {
        return "tcp " + sockets.host() + ":" + sockets.port();
    }

    @Override
    public String toString() {
        return "EmulatorCable[" + (pty != null ? pty.toString() : sockets.toString()) + "]";
    }
}
