package org.budayang.driver.idcardsam.emulator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.budayang.driver.idcard.IdCard;
import org.budayang.driver.link.EmulatorOptions;

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

    private EmulatorMain() {
    }

    public static void main(String[] args) throws IOException {
        EmulatorOptions options;
        int generated;
        try {
            options = EmulatorOptions.parser("reader").flag("--paced").option("--generated").parse(args);
            generated = options.intOption("--generated", 20, 0, 10_000);
        } catch (EmulatorOptions.UsageException bad) {
            System.err.println("emulator: " + bad.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        boolean paced = options.flag("--paced");
        List<IdCard> cards = new ArrayList<>(DemoCards.all());
        cards.addAll(GeneratedCards.generate(generated, 2026, LocalDate.now()));
        ReaderEmulator emulator = new ReaderEmulator(cards, options.baud());
        emulator.pace(paced);
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        try (EmulatorOptions.Served served = options.serve("ID card emulator", emulator::serve)) {
            String pacing = !paced ? "" : served.isTcp() ? ", paced at " + options.baud() + " baud" : ", paced";
            out.println("ID card reader emulator " + served.where() + pacing + " (" + cards.size() + " cards)");
            new EmulatorConsole(emulator, out).run(new BufferedReader(new InputStreamReader(System.in,
                    StandardCharsets.UTF_8)));
        } finally {
            emulator.close();
        }
    }
}
