package org.budayang.driver.cashssp.emulator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Random;
import org.budayang.driver.cash.Denomination;
import org.budayang.driver.link.EmulatorCommands;

/** The acceptor emulator's console for technicians and the demo: one command a line. */
public final class EmulatorConsole implements EmulatorCommands {
    public static final String HELP = String.join("\n",
            "commands:",
            "  insert Y [N]       insert N (default 1) notes of Y 元 (1, 5, 10, 20, 50, 100)",
            "  fake               insert a note the acceptor will not recognise",
            "  jam safe|unsafe    jam now (safe: at the entrance; unsafe: inside, note uncertain)",
            "  jam-next safe|unsafe  jam the next note (safe before escrow, unsafe while stacking)",
            "  clear              clear the jam",
            "  capacity N         the cash box holds N notes (full when reached)",
            "  remove | replace   take the cash box out / put it back emptied",
            "  fraud [CH]         report a fraud attempt on channel CH (default 0)",
            "  reset              power dip: the acceptor resets itself",
            "  escrow MS          give a note in escrow back after MS ms without HOLD (default 10000)",
            "  silent on|off      answer nothing",
            "  slow MS            wait MS ms before every reply (0 = off)",
            "  lose-replies N     execute the next N packets but lose their replies",
            "  lose-requests N    do not hear the next N packets",
            "  corrupt N          send the next N replies with a wrong CRC",
            "  garbage            send 64 random bytes unasked",
            "  counters           notes stacked, rejected, credited, traffic",
            "  help | quit");

    private final AcceptorEmulator emulator;
    private final PrintWriter out;
    private final Random random = new Random(8);

    public EmulatorConsole(AcceptorEmulator emulator, PrintWriter out) {
        this.emulator = emulator;
        this.out = out;
    }

    public void run(BufferedReader in) throws IOException {
        run(in, out, "cash acceptor emulator ready; type help");
    }

    @Override
    public boolean execute(String line) {
        String[] words = line.strip().split("\\s+");
        String arg = words.length > 1 ? words[1] : "";
        try {
            switch (words[0]) {
                case "" -> { }
                case "insert" -> insert(arg, words.length > 2 ? number(words[2], "insert Y N", 1, 10_000) : 1);
                case "fake" -> {
                    emulator.insertUnrecognisable();
                    out.println("an unrecognisable note is inserted");
                }
                case "jam" -> {
                    emulator.jamNow(safe(arg));
                    out.println((safe(arg) ? "safe" : "unsafe") + " jam");
                }
                case "jam-next" -> {
                    emulator.jamNextNote(safe(arg));
                    out.println("the next note will jam (" + arg + ")");
                }
                case "clear" -> {
                    emulator.clearJam();
                    out.println("jam cleared");
                }
                case "capacity" -> {
                    emulator.cashboxCapacity(number(arg, "capacity", 1, 100_000));
                    out.println("the cash box holds " + arg + " notes");
                }
                case "remove" -> {
                    emulator.removeCashbox();
                    out.println("cash box removed");
                }
                case "replace" -> {
                    emulator.replaceCashbox();
                    out.println("cash box replaced, empty");
                }
                case "fraud" -> {
                    emulator.fraud(arg.isEmpty() ? 0 : number(arg, "fraud", 0, 255));
                    out.println("fraud attempt reported");
                }
                case "reset" -> {
                    emulator.powerDip();
                    out.println("the acceptor reset itself");
                }
                case "escrow" -> {
                    emulator.escrowTimeout(Duration.ofMillis(number(arg, "escrow", 50, 600_000)));
                    out.println("escrow timeout " + arg + " ms");
                }
                case "silent" -> {
                    emulator.silent(onOff(arg));
                    out.println("silent " + arg);
                }
                case "slow" -> {
                    emulator.slow(Duration.ofMillis(number(arg, "slow", 0, 60_000)));
                    out.println("every reply waits " + arg + " ms");
                }
                case "lose-replies" -> {
                    emulator.dropReplies(number(arg, "lose-replies", 0, 1_000));
                    out.println("the next " + arg + " replies will be lost");
                }
                case "lose-requests" -> {
                    emulator.dropRequests(number(arg, "lose-requests", 0, 1_000));
                    out.println("the next " + arg + " packets will not be heard");
                }
                case "corrupt" -> {
                    emulator.corruptReplies(number(arg, "corrupt", 0, 1_000));
                    out.println("the next " + arg + " replies will carry a wrong CRC");
                }
                case "garbage" -> {
                    byte[] noise = new byte[64];
                    random.nextBytes(noise);
                    emulator.sendUnasked(noise);
                    out.println("64 random bytes sent");
                }
                case "counters" -> out.println("stacked " + emulator.stacked() + ", rejected " + emulator.rejected()
                        + ", credited " + emulator.creditedFen() / 100 + " 元 in " + emulator.credits() + " notes, "
                        + emulator.trafficSummary());
                case "help" -> out.println(HELP);
                case "quit", "exit" -> {
                    return false;
                }
                default -> out.println("unknown command '" + words[0] + "'; type help");
            }
        } catch (IllegalArgumentException refused) {
            out.println(refused.getMessage());
        }
        return true;
    }

    private void insert(String yuan, int count) {
        Denomination note = Denomination.ofYuan(number(yuan, "insert", 1, 100));
        for (int i = 0; i < count; i++) {
            emulator.insert(note);
        }
        out.println(count + " x " + note + " inserted");
    }

    private static int number(String text, String command, int min, int max) {
        try {
            int value = Integer.parseInt(text);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        throw new IllegalArgumentException(command + " needs a number from " + min + " to " + max + ", got '" + text
                + "'");
    }

    private static boolean safe(String argument) {
        return switch (argument) {
            case "safe" -> true;
            case "unsafe" -> false;
            default -> throw new IllegalArgumentException("jam needs safe or unsafe, got '" + argument + "'");
        };
    }

    private static boolean onOff(String argument) {
        return switch (argument) {
            case "on" -> true;
            case "off" -> false;
            default -> throw new IllegalArgumentException("needs on or off, got '" + argument + "'");
        };
    }
}
