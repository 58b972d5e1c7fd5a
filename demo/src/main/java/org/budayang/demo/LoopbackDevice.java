package org.budayang.demo;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import org.budayang.driver.link.DeviceEnd;
import org.budayang.driver.link.EmulatedDevice;

/**
 * An emulated device on a loopback TCP port (the "cable" of a serial or network device): the kiosk's driver connects
 * with {@code link=tcp}, and a driver that reconnects (unplugged and plugged in again) is served again. What the
 * device is comes from its {@link Spec}; {@link LoopbackDevices} has the demo's.
 */
final class LoopbackDevice implements DemoDevice {
    private static final Duration ACCEPT_WAIT = Duration.ofMillis(500);

    /**
     * One emulated device.
     *
     * @param word           the console word ({@code card})
     * @param role           the kiosk role ({@code idCardReader})
     * @param description    what it is, for the console's banner
     * @param help           its console commands
     * @param driverSettings the driver's name ({@code driver}) and settings; the link settings are added here
     * @param emulator       the emulator serving each connection, closed with the device
     * @param console        runs one console command against the emulator, writing to the writer
     * @param closing        what else to release when the device closes (e.g. the receipt files' writer)
     */
    record Spec(String word, String role, String description, String help, Map<String, String> driverSettings,
                EmulatedDevice emulator, BiConsumer<String, PrintWriter> console, Runnable closing) {
        Spec {
            Objects.requireNonNull(word, "Spec.word");
            Objects.requireNonNull(role, "Spec.role");
            Objects.requireNonNull(description, "Spec.description");
            Objects.requireNonNull(help, "Spec.help");
            driverSettings = Map.copyOf(driverSettings);
            if (!driverSettings.containsKey("driver")) {
                throw new IllegalArgumentException("Spec.driverSettings of " + role + " must name the driver");
            }
            Objects.requireNonNull(emulator, "Spec.emulator");
            Objects.requireNonNull(console, "Spec.console");
            Objects.requireNonNull(closing, "Spec.closing");
        }
    }

    private final Spec spec;
    private ServerSocket server;
    private DeviceEnd end;

    LoopbackDevice(Spec spec) {
        this.spec = Objects.requireNonNull(spec, "spec");
    }

    @Override
    public String word() {
        return spec.word();
    }

    @Override
    public String role() {
        return spec.role();
    }

    @Override
    public String summary() {
        return spec.description() + " " + (server == null ? "not started" : "on tcp 127.0.0.1:" + port());
    }

    @Override
    public String help() {
        return spec.help();
    }

    @Override
    public void execute(String command, PrintWriter out) {
        spec.console().accept(command, out);
    }

    @Override
    public void start() throws IOException {
        server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        server.setSoTimeout((int) ACCEPT_WAIT.toMillis());
        end = DeviceEnd.start(spec.description(), spec.emulator(), DeviceEnd.accepting(server), Duration.ofMillis(1),
                "tcp server 127.0.0.1:" + server.getLocalPort());
    }

    @Override
    public Map<String, String> kioskSettings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("driver", spec.driverSettings().get("driver"));
        settings.put("link", "tcp");
        settings.put("host", "127.0.0.1");
        settings.put("tcpPort", Integer.toString(port()));
        spec.driverSettings().forEach(settings::putIfAbsent);
        return settings;
    }

    int port() {
        if (server == null) {
            throw new IllegalStateException("the " + spec.description() + " is not started");
        }
        return server.getLocalPort();
    }

    @Override
    public void close() {
        if (end != null) {
            end.close();
        }
        spec.emulator().close();
        spec.closing().run();
        if (server != null) {
            try {
                server.close();
            } catch (IOException ignored) {
                // a listening socket that is already gone: nothing left to release
            }
        }
    }
}
