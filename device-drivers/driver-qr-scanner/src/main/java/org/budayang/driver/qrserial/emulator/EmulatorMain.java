package org.budayang.driver.qrserial.emulator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.budayang.driver.link.EmulatorOptions;
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

    private EmulatorMain() {
    }

    public static void main(String[] args) throws IOException {
        EmulatorOptions options;
        Probe probe;
        ScanEncoding encoding;
        Terminator terminator;
        try {
            options = EmulatorOptions.parser("scanner").option("--probe").option("--encoding").option("--terminator")
                    .parse(args);
            probe = options.enumOption("--probe", Probe.NEWLAND, Probe.class);
            encoding = options.enumOption("--encoding", ScanEncoding.UTF_8, ScanEncoding.class);
            terminator = options.enumOption("--terminator", Terminator.CR, Terminator.class);
        } catch (EmulatorOptions.UsageException bad) {
            System.err.println("emulator: " + bad.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        ScannerEmulator emulator = new ScannerEmulator(probe, encoding, terminator);
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        try (EmulatorOptions.Served served = options.serve("QR scanner emulator", emulator::serve)) {
            out.println("QR scanner emulator " + served.where() + " (" + probe.name().toLowerCase(Locale.ROOT)
                    + " commands, " + encoding.label() + ", terminator " + terminator + ")");
            new EmulatorConsole(emulator, new DemoCodes(System.nanoTime()), out)
                    .run(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)));
        } finally {
            emulator.close();
        }
    }
}
