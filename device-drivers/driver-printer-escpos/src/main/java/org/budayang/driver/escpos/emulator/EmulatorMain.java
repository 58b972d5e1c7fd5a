package org.budayang.driver.escpos.emulator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.budayang.driver.escpos.TextEncoding;
import org.budayang.driver.link.DeviceEnd;
import org.budayang.driver.link.SerialLink;

/**
 * Runs the ESC/POS printer emulator with a console on stdin, on a TCP port (like a network printer's 9100) or on a
 * serial device such as the device end of a socat pty pair ({@code socat -d -d pty,raw,echo=0,link=/tmp/printer-host
 * pty,raw,echo=0,link=/tmp/printer-device}; the driver then gets {@code link=serial, port=/tmp/printer-host}).
 * Each receipt is written to the output directory as PNG and decoded text.
 *
 * <pre>
 *   EmulatorMain (--tcp PORT | --serial PATH) [--out DIR] [--baud N] [--columns 32|48] [--encoding GB18030|GBK|UTF-8]
 * </pre>
 */
public final class EmulatorMain {
    private static final String USAGE = "usage: EmulatorMain (--tcp PORT | --serial PATH) [--out DIR] [--baud N]"
            + " [--columns 32|48] [--encoding GB18030|GBK|UTF-8]";
    private static final Duration RETRY = Duration.ofMillis(500);

    private EmulatorMain() {
    }

    public static void main(String[] args) throws IOException {
        Integer tcpPort = null;
        String serial = null;
        Path outDir = Path.of("target", "escpos-receipts");
        int baud = 115_200;
        int columns = 48;
        TextEncoding encoding = TextEncoding.GB18030;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            String value = ++i < args.length ? args[i] : null;
            switch (option) {
                case "--tcp" -> tcpPort = intArg("--tcp", value, 0, 65_535);
                case "--serial" -> serial = pathArg(value);
                case "--out" -> outDir = Path.of(value == null ? usage("--out needs a directory") : value);
                case "--baud" -> baud = intArg("--baud", value, 1200, 921_600);
                case "--columns" -> {
                    columns = intArg("--columns", value, 32, 48);
                    if (columns != 32 && columns != 48) {
                        usage("--columns must be 32 or 48, got " + columns);
                    }
                }
                case "--encoding" -> {
                    encoding = value == null ? null : TextEncoding.parse(value);
                    if (encoding == null) {
                        usage("--encoding must be GB18030, GBK or UTF-8, got '" + value + "'");
                    }
                }
                default -> usage("unknown option '" + option + "'");
            }
        }
        if ((tcpPort == null) == (serial == null)) {
            usage("say where the printer is: either --tcp PORT or --serial PATH");
        }
        PrinterEmulator emulator = new PrinterEmulator(encoding, columns);
        ReceiptFiles files = new ReceiptFiles(outDir, new ReceiptRenderer());
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        emulator.onReceipt(files);
        emulator.onReceipt(receipt -> out.println("receipt " + receipt.number() + " (" + receipt.cut() + ") -> "
                + files.png(receipt.number())));
        ServerSocket server = null;
        DeviceEnd port;
        if (serial != null) {
            String path = serial;
            int lineBaud = baud;
            port = DeviceEnd.start("ESC/POS printer emulator", emulator::serve,
                    () -> SerialLink.open(path, lineBaud), RETRY, "serial " + path);
            out.println("ESC/POS printer emulator on serial " + path + " at " + baud + " baud, " + columns
                    + " columns, " + encoding.settingName() + "; receipts into " + outDir.toAbsolutePath());
        } else {
            server = new ServerSocket(tcpPort, 1, InetAddress.getLoopbackAddress());
            server.setSoTimeout((int) RETRY.toMillis());
            port = DeviceEnd.start("ESC/POS printer emulator", emulator::serve,
                    DeviceEnd.accepting(server), Duration.ofMillis(1), "tcp server "
                    + server.getLocalSocketAddress());
            out.println("ESC/POS printer emulator listening on tcp 127.0.0.1:" + server.getLocalPort() + ", "
                    + columns + " columns, " + encoding.settingName() + "; receipts into " + outDir.toAbsolutePath());
        }
        new EmulatorConsole(emulator, out).run(new BufferedReader(new InputStreamReader(System.in,
                StandardCharsets.UTF_8)));
        port.close();
        emulator.close();
        files.close();
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
            int parsed = Integer.parseInt(String.valueOf(value));
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException notANumber) {
            // reported below with the accepted range
        }
        usage(option + " needs an integer from " + min + " to " + max + ", got '" + value + "'");
        return min;
    }

    private static String usage(String problem) {
        System.err.println("escpos emulator: " + problem);
        System.err.println(USAGE);
        System.exit(2);
        return problem;
    }
}
