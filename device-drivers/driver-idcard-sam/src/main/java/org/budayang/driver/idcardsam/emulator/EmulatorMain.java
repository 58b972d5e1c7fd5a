package org.budayang.driver.idcardsam.emulator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.budayang.driver.idcard.IdCard;
import org.budayang.driver.link.DeviceEnd;
import org.budayang.driver.link.SerialLink;

/**
 * Runs the ID card reader emulator with a console on stdin, on a TCP port or on a serial device such as
 * the device end of a socat pty pair ({@code socat -d -d pty,raw,echo=0,link=/tmp/idcard-host
 * pty,raw,echo=0,link=/tmp/idcard-device}, then the driver gets {@code link=serial, port=/tmp/idcard-host}).
 * A serial device that goes away (socat killed, adapter pulled) is opened again when it comes back; a TCP
 * client that disconnects is followed by the next one.
 *
 * <pre>
 *   EmulatorMain (--tcp PORT | --serial PATH) [--baud N] [--generated N] [--paced]
 * </pre>
 */
public final class EmulatorMain {
    private static final String USAGE = "usage: EmulatorMain (--tcp PORT | --serial PATH) [--baud N] [--generated N]"
            + " [--paced]";
    private static final Duration RETRY = Duration.ofMillis(500);

    private EmulatorMain() {
    }

    public static void main(String[] args) throws IOException {
        Integer tcpPort = null;
        String serial = null;
        int baud = 115_200;
        int generated = 20;
        boolean paced = false;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (option.equals("--paced")) {
                paced = true;
                continue;
            }
            i++;
            String value = i < args.length ? args[i] : null;
            switch (option) {
                case "--tcp" -> tcpPort = intArg("--tcp", value, 0, 65_535);
                case "--serial" -> serial = pathArg(value);
                case "--baud" -> baud = intArg("--baud", value, 1200, 921_600);
                case "--generated" -> generated = intArg("--generated", value, 0, 10_000);
                default -> usage("unknown option '" + option + "'");
            }
        }
        if ((tcpPort == null) == (serial == null)) {
            usage("say where the reader is: either --tcp PORT or --serial PATH");
        }
        List<IdCard> cards = new ArrayList<>(DemoCards.all());
        cards.addAll(GeneratedCards.generate(generated, 2026, LocalDate.now()));
        ReaderEmulator emulator = new ReaderEmulator(cards, baud);
        emulator.pace(paced);
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        ServerSocket server = null;
        DeviceEnd end;
        if (serial != null) {
            String path = serial;
            int lineBaud = baud;
            end = DeviceEnd.start("ID card emulator", emulator::serve,
                    () -> SerialLink.open(path, lineBaud), RETRY, "serial " + path);
            out.println("ID card reader emulator on serial " + path + " at " + baud + " baud" + (paced ? ", paced" : "")
                    + " (" + cards.size() + " cards)");
        } else {
            server = new ServerSocket(tcpPort, 1, InetAddress.getLoopbackAddress());
            server.setSoTimeout((int) RETRY.toMillis());
            end = DeviceEnd.start("ID card emulator", emulator::serve,
                    DeviceEnd.accepting(server), Duration.ofMillis(1), "tcp server " + server
                    .getLocalSocketAddress());
            out.println("ID card reader emulator listening on tcp 127.0.0.1:" + server.getLocalPort()
                    + (paced ? ", paced at " + baud + " baud" : "") + " (" + cards.size() + " cards)");
        }
        new EmulatorConsole(emulator, out).run(new BufferedReader(new InputStreamReader(System.in,
                StandardCharsets.UTF_8)));
        end.close();
        emulator.close();
        if (server != null) {
            server.close();
        }
    }

    private static String pathArg(String value) {
        if (value == null || !value.startsWith("/")) {
            usage("--serial needs an absolute device path such as /dev/ttyUSB0 or a socat pty link, got '"
                    + value + "'");
        }
        return value;
    }

    private static int intArg(String option, String value, int min, int max) {
        try {
            int parsed = Integer.parseInt(value);
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException notANumber) {
            // reported below with the accepted range
        }
        usage(option + " needs an integer from " + min + " to " + max + ", got '" + value + "'");
        return min;
    }

    private static void usage(String problem) {
        System.err.println("emulator: " + problem);
        System.err.println(USAGE);
        System.exit(2);
    }
}
