package org.budayang.driver.escpos.emulator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.budayang.driver.link.EmulatorCommands;

/**
 * The printer emulator's console: one command per line, for the demo and for technicians trying the driver.
 * Writes to the given writer only (never to System.out), so that it can be tested.
 */
public final class EmulatorConsole implements EmulatorCommands {
    public static final String HELP = String.join("\n",
            "commands:",
            "  paper low|out|ok        paper near its end, out, or a new roll",
            "  cover open|closed       open or close the cover",
            "  cutter error|ok         autocutter error, or repaired",
            "  silent on|off           answer nothing and print nothing (powered off), or back",
            "  slow MS                 answer every status MS milliseconds late (0: at once)",
            "  garbage on|off          answer status requests with bytes that are not status replies",
            "  run-out N               the paper runs out after N bytes of the next job",
            "  list                    the receipts printed so far",
            "  status                  the emulated printer's state",
            "  help                    this text",
            "  quit                    stop the emulator");

    private final PrinterEmulator emulator;
    private final PrintWriter out;

    public EmulatorConsole(PrinterEmulator emulator, PrintWriter out) {
        this.emulator = emulator;
        this.out = out;
    }

    /** Reads commands until end of input or {@code quit}. */
    public void run(BufferedReader in) throws IOException {
        run(in, out, "type 'help' for the commands");
    }

    /** Runs one command line; false after {@code quit}. */
    @Override
    public boolean execute(String line) {
        String[] words = line.strip().toLowerCase(Locale.ROOT).split("\\s+");
        String command = words[0];
        String argument = words.length > 1 ? words[1] : "";
        switch (command) {
            case "" -> {
                return true;
            }
            case "quit", "exit" -> {
                out.println("bye");
                return false;
            }
            case "help" -> out.println(HELP);
            case "paper" -> {
                switch (argument) {
                    case "low" -> emulator.paper(PrinterEmulator.PaperLevel.LOW);
                    case "out" -> emulator.paper(PrinterEmulator.PaperLevel.OUT);
                    case "ok" -> emulator.paper(PrinterEmulator.PaperLevel.OK);
                    default -> {
                        return refuse(line, "paper low|out|ok");
                    }
                }
                out.println(emulator.describe());
            }
            case "cover" -> {
                if (!argument.equals("open") && !argument.equals("closed")) {
                    return refuse(line, "cover open|closed");
                }
                emulator.coverOpen(argument.equals("open"));
                out.println(emulator.describe());
            }
            case "cutter" -> {
                if (!argument.equals("error") && !argument.equals("ok")) {
                    return refuse(line, "cutter error|ok");
                }
                emulator.cutterError(argument.equals("error"));
                out.println(emulator.describe());
            }
            case "silent", "garbage" -> {
                if (!argument.equals("on") && !argument.equals("off")) {
                    return refuse(line, command + " on|off");
                }
                if (command.equals("silent")) {
                    emulator.silent(argument.equals("on"));
                } else {
                    emulator.garbageAnswers(argument.equals("on"));
                }
                out.println(emulator.describe());
            }
            case "slow", "run-out" -> {
                long value;
                try {
                    value = Long.parseLong(argument);
                } catch (NumberFormatException notANumber) {
                    return refuse(line, command + " followed by a whole number >= 0");
                }
                if (value < 0 || value > 60_000_000) {
                    return refuse(line, command + " followed by a whole number from 0 to 60000000");
                }
                if (command.equals("slow")) {
                    emulator.slow(Duration.ofMillis(value));
                } else {
                    emulator.paperOutAfter(value);
                }
                out.println(emulator.describe());
            }
            case "list" -> {
                List<PrintedReceipt> receipts = emulator.receipts();
                if (receipts.isEmpty()) {
                    out.println("no receipts yet");
                }
                for (PrintedReceipt receipt : receipts) {
                    String first = receipt.lines().stream().map(Printed.Line::text).filter(t -> !t.isBlank())
                            .findFirst().orElse("");
                    out.println("#" + receipt.number() + " " + receipt.cut() + " " + receipt.lines().size() + " lines, "
                            + receipt.qrCodes().size() + " QR: " + first);
                }
            }
            case "status" -> out.println(emulator.describe());
            default -> {
                return refuse(line, "one of the commands in 'help'");
            }
        }
        out.flush();
        return true;
    }

    private boolean refuse(String line, String expected) {
        out.println("not understood: '" + line.strip() + "'; expected " + expected);
        out.flush();
        return true;
    }
}
