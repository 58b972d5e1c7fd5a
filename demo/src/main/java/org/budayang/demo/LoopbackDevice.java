package org.budayang.demo;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.budayang.driver.link.DeviceEnd;

/**
 * An emulated device on a loopback TCP port (the "cable" of a serial or network device): the kiosk's driver connects
 * with {@code link=tcp}, and a driver that reconnects (unplugged and plugged in again) is served again.
 */
abstract class LoopbackDevice implements DemoDevice {
    private static final Duration ACCEPT_WAIT = Duration.ofMillis(500);

    private ServerSocket server;
    private DeviceEnd end;

    /** What is emulated, for logs: {@code ID card emulator}. */
    protected abstract String label();

    /** The emulator's side of one connection. */
    protected abstract DeviceEnd.Service service();

    /** The driver's name and its own settings (the link settings are added here). */
    protected abstract Map<String, String> driverSettings();

    /** Releases the emulator itself. */
    protected abstract void closeEmulator();

    @Override
    public final void start() throws IOException {
        server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        server.setSoTimeout((int) ACCEPT_WAIT.toMillis());
        end = DeviceEnd.start(label(), service(), DeviceEnd.accepting(server), Duration.ofMillis(1),
                "tcp server 127.0.0.1:" + server.getLocalPort());
    }

    @Override
    public final Map<String, String> kioskSettings() {
        Map<String, String> settings = new LinkedHashMap<>();
        Map<String, String> own = driverSettings();
        settings.put("driver", own.get("driver"));
        settings.put("link", "tcp");
        settings.put("host", "127.0.0.1");
        settings.put("tcpPort", Integer.toString(port()));
        own.forEach((key, value) -> settings.putIfAbsent(key, value));
        return settings;
    }

    /** Where it listens, for the console's banner. */
    protected final String where() {
        return server == null ? "not started" : "on tcp 127.0.0.1:" + server.getLocalPort();
    }

    final int port() {
        if (server == null) {
            throw new IllegalStateException("the " + label() + " is not started");
        }
        return server.getLocalPort();
    }

    @Override
    public final void close() {
        if (end != null) {
            end.close();
        }
        closeEmulator();
        if (server != null) {
            try {
                server.close();
            } catch (IOException ignored) {
                // a listening socket that is already gone: nothing left to release
            }
        }
    }
}
