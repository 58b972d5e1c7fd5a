package org.budayang.driver.qrserial.emulator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import org.budayang.driver.link.DeviceEnd;
import org.budayang.driver.link.SerialLink;
import org.budayang.driver.qrserial.Probe;
import org.budayang.driver.qrserial.ScanEncoding;
import org.budayang.driver.qrserial.Terminator;

/**
 * Runs the QR scanner emulator with a console on stdin, on a TCP port or on a serial device such as the device
 * end of a socat pty pair ({@code socat -d -d pty,raw,echo=0,link=/tmp/qr-host pty,raw,echo=0,link=/tmp/qr-device},
 * then the driver gets {@code link=serial, port=/tmp/qr-host}).
 *
 * <pre>
 *   EmulatorMain (--tcp PORT | --serial PATH) [--baud N] [--probe newland|honeywell|none]
 *                [--encoding UTF-8|GB18030|GBK] [--terminator cr|lf|crlf|tab]
 * </pre>
 */
public final class EmulatorMain {
    private static final String USAGE = "usage: EmulatorMain (--tcp PORT | --serial PATH) [--baud N]"
            + " [--probe newland|honeywell|none] [--encoding UTF-8|GB18030|GBK] [--terminator cr|lf|crlf|tab]";
    private static final Duration RETRY = Duration.ofMillis(500);

    private EmulatorMain() {
    }

    public static void main(String[] args) throws IOException {
        Integer tcpPort = null;
        String serial = null;
        int baud = 115_200;
        Probe probe = Probe.NEWLAND;
        ScanEncoding encoding = ScanEncoding.UTF_8;
        Terminator terminator = Terminator.CR;
        for (int i = 0; i < args.length; i += 2) {
            String option = args[i];
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (option) {
                case "--tcp" -> tcpPort = intArg("--tcp", value, 0, 65_535);
                case "--serial" -> serial = pathArg(value);
                case "--baud" -> baud = intArg("--baud", value, 1200, 921_600);
                case "--probe" -> probe = enumArg("--probe", value, Probe.class);
                case "--encoding" -> encoding = enumArg("--encoding", value == null ? null
                        : value.replace('-', '_'), ScanEncoding.class);
                case "--terminator" -> terminator = enumArg("--terminator", value, Terminator.class);
                default -> usage("unknown option '" + option + "'");
            }
        }
        if ((tcpPort == null) == (serial == null)) {
            usage("say where the scanner is: either --tcp PORT or --serial PATH");
        }
        ScannerEmulator emulator = new ScannerEmulator(probe, encoding, terminator);
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        ServerSocket server = null;
        DeviceEnd end;
        String settings = probe.name().toLowerCase(Locale.ROOT) + " commands, " + encoding.label() + ", terminator "
                + terminator;
        if (serial != null) {
            String path = serial;
            int lineBaud = baud;
            end = DeviceEnd.start("QR scanner emulator", emulator::serve,
                    () -> SerialLink.open(path, lineBaud), RETRY, "serial " + path);
            out.println("QR scanner emulator on serial " + path + " at " + baud + " baud (" + settings + ")");
        } else {
            server = new ServerSocket(tcpPort, 1, InetAddress.getLoopbackAddress());
            server.setSoTimeout((int) RETRY.toMillis());
            end = DeviceEnd.start("QR scanner emulator", emulator::serve,
                    DeviceEnd.accepting(server), Duration.ofMillis(1), "tcp server 127.0.0.1:"
                    + server.getLocalPort());
            out.println("QR scanner emulator listening on tcp 127.0.0.1:" + server.getLocalPort() + " (" + settings
                    + ")");
        }
        new EmulatorConsole(emulator, new DemoCodes(System.nanoTime()), out)
                .run(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)));
        end.close();
        emulator.close();
        if (server != null) {
            server.close();
        }
    }

    private static String pathArg(String value) {
        if (value == null || !value.startsWith("/")) {
            usage("--serial needs an absolute device path such as /dev/ttyUSB0 or a socat pty link, got '" + value
                    + "'");
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

    private static <E extends Enum<E>> E enumArg(String option, String value, Class<E> type) {
        for (E constant : type.getEnumConstants()) {
            if (value != null && constant.name().equalsIgnoreCase(value)) {
                return constant;
            }
        }
        usage(option + " does not accept '" + value + "'");
        return type.getEnumConstants()[0];
    }

    private static void usage(String problem) {
        System.err.println("emulator: " + problem);
        System.err.println(USAGE);
        System.exit(2);
    }
}
