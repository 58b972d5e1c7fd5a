package org.budayang.driver.idcardsam.emulator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import org.budayang.driver.idcard.IdCard;
import org.budayang.driver.link.EmulatorCommands;

/**
 * The emulator's console for technicians and the demo: one command a line. Card holders are shown
 * masked (张*三 620102********0034) even here: the console may be on a shared screen.
 */
public final class EmulatorConsole implements EmulatorCommands {
    public static final String HELP = String.join("\n",
            "commands:",
            "  cards            list the cards (masked)",
            "  place N          put card N on the reader",
            "  remove           take the card away",
            "  cut              take the card away in the middle of the next read answer",
            "  silent on|off    answer nothing (a hung or unpowered reader)",
            "  garbage          send 64 random bytes before the next answer",
            "  badsum           send the next answer with a wrong checksum",
            "  unknown          answer the next command with SW3 0x21 (command error)",
            "  slow MS          wait MS milliseconds before every answer (0 = off)",
            "  pace on|off      send answers at the line's baud rate (1295 bytes = 112 ms at 115200)",
            "  help             this text",
            "  quit             stop the emulator");

    private final ReaderEmulator emulator;
    private final PrintWriter out;

    public EmulatorConsole(ReaderEmulator emulator, PrintWriter out) {
        this.emulator = emulator;
        this.out = out;
    }

    /** Reads commands until end of input or {@code quit}. */
    public void run(BufferedReader in) throws IOException {
        run(in, out, "ID card reader emulator ready; type help");
    }

    /** Runs one command line; false for {@code quit}. */
    @Override
    public boolean execute(String line) {
        String[] words = line.strip().split("\\s+");
        String command = words[0];
        String argument = words.length > 1 ? words[1] : "";
        try {
            switch (command) {
                case "" -> { }
                case "cards" -> listCards();
                case "place" -> place(argument);
                case "remove" -> {
                    emulator.remove();
                    out.println("card removed");
                }
                case "cut" -> {
                    emulator.removeMidNextRead();
                    out.println("the next read answer will be cut in the middle and the card removed");
                }
                case "silent" -> {
                    emulator.silent(onOff(argument, "silent"));
                    out.println("silent " + argument);
                }
                case "garbage" -> {
                    emulator.garbageBeforeNextAnswer(64);
                    out.println("64 random bytes will precede the next answer");
                }
                case "badsum" -> {
                    emulator.badChecksumOnNextAnswer();
                    out.println("the next answer will carry a wrong checksum");
                }
                case "unknown" -> {
                    emulator.unknownCommandOnNextAnswer();
                    out.println("the next command will be answered SW3 0x21");
                }
                case "slow" -> slow(argument);
                case "pace" -> {
                    emulator.pace(onOff(argument, "pace"));
                    out.println("pace " + argument);
                }
                case "help" -> out.println(HELP);
                case "quit", "exit" -> {
                    return false;
                }
                default -> out.println("unknown command '" + command + "'; type help");
            }
        } catch (IllegalArgumentException refused) {
            out.println(refused.getMessage());
        }
        return true;
    }

    private void listCards() {
        List<IdCard> cards = emulator.cards();
        for (int i = 0; i < cards.size(); i++) {
            IdCard card = cards.get(i);
            out.printf("%3d  %s  %s  %s%s%n", i + 1, card.maskedName(), card.maskedIdNumber(),
                    card.validTo().map(to -> "valid to " + to).orElse("长期"),
                    card.isExpiredOn(java.time.LocalDate.now()) ? "  (expired)" : "");
        }
    }

    private void place(String argument) {
        int number;
        try {
            number = Integer.parseInt(argument);
        } catch (NumberFormatException notANumber) {
            throw new IllegalArgumentException("place needs a card number from 1 to " + emulator.cards().size()
                    + ", got '" + argument + "'");
        }
        emulator.place(number);
        IdCard card = emulator.cards().get(number - 1);
        out.println("card " + number + " placed: " + card.maskedName() + " " + card.maskedIdNumber());
    }

    private void slow(String argument) {
        long millis;
        try {
            millis = Long.parseLong(argument);
        } catch (NumberFormatException notANumber) {
            throw new IllegalArgumentException("slow needs milliseconds (0 to 60000), got '" + argument + "'");
        }
        if (millis < 0 || millis > 60_000) {
            throw new IllegalArgumentException("slow needs milliseconds (0 to 60000), got '" + argument + "'");
        }
        emulator.slow(Duration.ofMillis(millis));
        out.println(millis == 0 ? "answers at full speed" : "every answer waits " + millis + " ms");
    }

    private static boolean onOff(String argument, String command) {
        return switch (argument) {
            case "on" -> true;
            case "off" -> false;
            default -> throw new IllegalArgumentException(command + " needs on or off, got '" + argument + "'");
        };
    }
}
