package org.budayang.driver.cashssp.emulator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.budayang.driver.link.EmulatorOptions;

/**
 * Runs the SSP banknote acceptor emulator with a console on stdin, on a TCP port or on a serial device such as the
 * device end of a socat pty pair ({@code socat -d -d pty,raw,echo=0,link=/tmp/cash-host
 * pty,raw,echo=0,link=/tmp/cash-device}; the driver then gets {@code link=serial, port=/tmp/cash-host, baud=9600}).
 *
 * <pre>
 *   EmulatorMain (--tcp PORT | --serial PATH) [--baud N] [--no-ack]
 * </pre>
 * {@code --no-ack}: older firmware without POLL_WITH_ACK / EVENT_ACK.
 */
public final class EmulatorMain {
    private static final String USAGE = "usage: EmulatorMain (--tcp PORT | --serial PATH) [--baud N] [--no-ack]";

    private EmulatorMain() {
    }

    public static void main(String[] args) throws IOException {
        EmulatorOptions options;
        try {
            options = EmulatorOptions.parser("acceptor").flag("--no-ack").parse(args);
        } catch (EmulatorOptions.UsageException bad) {
            System.err.println("emulator: " + bad.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        boolean ack = !options.flag("--no-ack");
        AcceptorEmulator emulator = new AcceptorEmulator(ack, 8, "CNY");
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        try (EmulatorOptions.Served served = options.serve("cash acceptor emulator", emulator::serve)) {
            out.println("SSP banknote acceptor emulator " + served.where() + " (CNY 1-100 元"
                    + (ack ? ", acknowledged polling)" : ", plain polling)"));
            new EmulatorConsole(emulator, out).run(new BufferedReader(new InputStreamReader(System.in,
                    StandardCharsets.UTF_8)));
        } finally {
            emulator.close();
        }
    }
}
