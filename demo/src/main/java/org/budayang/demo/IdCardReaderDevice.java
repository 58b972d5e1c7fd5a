package org.budayang.demo;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.budayang.driver.idcardsam.emulator.DeviceEnd;
import org.budayang.driver.idcardsam.emulator.EmulatorConsole;
import org.budayang.driver.idcardsam.emulator.ReaderEmulator;

/** The resident ID card reader: the idcard-sam emulator with its demo cards, on a loopback TCP port. */
final class IdCardReaderDevice implements DemoDevice {
    private static final Duration ACCEPT_WAIT = Duration.ofMillis(500);

    private final ReaderEmulator emulator = ReaderEmulator.withDemoCards(20);
    private ServerSocket server;
    private DeviceEnd end;

    @Override
    public String word() {
        return "card";
    }

    @Override
    public String role() {
        return "idCardReader";
    }

    @Override
    public void start() throws IOException {
        server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        server.setSoTimeout((int) ACCEPT_WAIT.toMillis());
        end = DeviceEnd.start(emulator, DeviceEnd.accepting(server), Duration.ofMillis(1),
                "tcp server 127.0.0.1:" + server.getLocalPort());
    }

    @Override
    public String summary() {
        return "ID card reader (idcard-sam emulator, " + emulator.cards().size() + " cards) "
                + (server == null ? "not started" : "on tcp 127.0.0.1:" + port());
    }

    @Override
    public String help() {
        return EmulatorConsole.HELP;
    }

    @Override
    public Map<String, String> kioskSettings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("driver", "idcard-sam");
        settings.put("link", "tcp");
        settings.put("host", "127.0.0.1");
        settings.put("tcpPort", Integer.toString(port()));
        settings.put("pollInterval", "300ms");
        return settings;
    }

    @Override
    public void execute(String command, PrintWriter out) {
        new EmulatorConsole(emulator, out).execute(command);
    }

    int port() {
        if (server == null) {
            throw new IllegalStateException("the ID card reader emulator is not started");
        }
        return server.getLocalPort();
    }

    ReaderEmulator emulator() {
        return emulator;
    }

    @Override
    public void close() {
        if (end != null) {
            end.close();
        }
        emulator.close();
        if (server != null) {
            try {
                server.close();
            } catch (IOException ignored) {
                // closing a listening socket that is already gone: nothing left to release
            }
        }
    }
}
