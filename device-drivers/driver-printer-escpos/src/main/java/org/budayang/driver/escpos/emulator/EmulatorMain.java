package org.budayang.driver.escpos.emulator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.budayang.driver.escpos.TextEncoding;
import org.budayang.driver.link.EmulatorOptions;

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

    private EmulatorMain() {
    }

    public static void main(String[] args) throws IOException {
        EmulatorOptions options;
        Path outDir;
        int columns;
        TextEncoding encoding;
        try {
            options = EmulatorOptions.parser("printer").option("--out").option("--columns").option("--encoding")
                    .parse(args);
            outDir = Path.of(options.option("--out", Path.of("target", "escpos-receipts").toString()));
            columns = options.intOption("--columns", 48, 32, 48);
            if (columns != 32 && columns != 48) {
                throw new EmulatorOptions.UsageException("--columns must be 32 or 48, got " + columns);
            }
            String encodingName = options.option("--encoding", TextEncoding.GB18030.settingName());
            encoding = TextEncoding.parse(encodingName);
            if (encoding == null) {
                throw new EmulatorOptions.UsageException("--encoding must be GB18030, GBK or UTF-8, got '"
                        + encodingName + "'");
            }
        } catch (EmulatorOptions.UsageException bad) {
            System.err.println("escpos emulator: " + bad.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        PrinterEmulator emulator = new PrinterEmulator(encoding, columns);
        ReceiptFiles files = new ReceiptFiles(outDir, new ReceiptRenderer());
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        emulator.onReceipt(files);
        emulator.onReceipt(receipt -> out.println("receipt " + receipt.number() + " (" + receipt.cut() + ") -> "
                + files.png(receipt.number())));
        try (EmulatorOptions.Served served = options.serve("ESC/POS printer emulator", emulator::serve)) {
            out.println("ESC/POS printer emulator " + served.where() + ", " + columns + " columns, "
                    + encoding.settingName() + "; receipts into " + outDir.toAbsolutePath());
            new EmulatorConsole(emulator, out).run(new BufferedReader(new InputStreamReader(System.in,
                    StandardCharsets.UTF_8)));
        } finally {
            emulator.close();
            files.close();
        }
    }
}
