package org.budayang.driver.pcscsscard;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.Random;

/**
 * The console of a virtual 社保卡 in a running pcscd's vpcd reader, for {@link VirtualCardMain} and the demo: one
 * command a line ({@link #HELP}). Card holders are never shown: the console may be on a shared screen.
 */
public final class VirtualCardConsole implements AutoCloseable {
    public static final String HELP = String.join("\n",
            "commands:",
            "  card lanzhou|linxia   put another made-up citizen's card in the reader",
            "  card locked|psam      a locked card / a third-generation card that needs a PSAM",
            "  card foreign          a smart card that is not a 社保卡",
            "  remove | insert       take the card out / put it back",
            "  pull N                the card is pulled after N more APDUs (in the middle of a read)",
            "  slow MS               answer every APDU MS milliseconds late (0 = off)",
            "  silent on|off         stop answering (a dead card)",
            "  garbage | malformed   answer the next READ RECORD with noise / a reply without status word",
            "  help                  this text");

    private final int port;
    private VirtualCard card;

    private VirtualCardConsole(int port, VirtualCard card) {
        this.port = port;
        this.card = card;
    }

    /** Connects a card (the lanzhou citizen) to vpcd on {@code port} (35963: {@code Virtual PCD 00 00}). */
    public static VirtualCardConsole connect(int port) {
        return new VirtualCardConsole(port, new VirtualCard(SimCard.of(CardImage.lanzhou()), port));
    }

    /**
     * For tests outside this module: makes sure a pcscd with the virtual reader runs (started by the tests when none
     * answers; skipped naming the packages when they are missing, failed when CI=true).
     */
    public static void ensurePcscd() {
        Pcscd.ensure();
    }

    /** The vpcd port of the first virtual reader. */
    public static int defaultPort() {
        return VirtualCard.VPCD_PORT;
    }

    /** Runs one command line and writes what happened. */
    public void execute(String line, PrintWriter out) {
        String[] words = line.strip().toLowerCase(Locale.ROOT).split("\\s+");
        try {
            switch (words[0]) {
                case "card" -> {
                    SimCard next = simCard(words[1]);
                    card.close();
                    card = new VirtualCard(next, port);
                    out.println("a '" + words[1] + "' card is in the reader");
                }
                case "remove" -> {
                    card.remove();
                    out.println("card removed");
                }
                case "insert" -> {
                    card.insert();
                    out.println("card inserted");
                }
                case "pull" -> {
                    card.removeAfter(Integer.parseInt(words[1]));
                    out.println("the card will be pulled after " + words[1] + " more APDUs");
                }
                case "slow" -> {
                    card.slow(Duration.ofMillis(Long.parseLong(words[1])));
                    out.println("every answer waits " + words[1] + " ms");
                }
                case "silent" -> {
                    card.silent(words[1].equals("on"));
                    out.println("silent " + words[1]);
                }
                case "garbage" -> {
                    byte[] bytes = new byte[32];
                    new Random().nextBytes(bytes);
                    card.garbage(bytes);
                    out.println("the next READ RECORD is answered with 32 random bytes");
                }
                case "malformed" -> {
                    card.malformed();
                    out.println("the next answer has no status word");
                }
                case "", "help" -> out.println(HELP);
                default -> out.println("unknown command '" + words[0] + "'; type help");
            }
        } catch (ArrayIndexOutOfBoundsException | IllegalArgumentException e) {
            out.println("bad command '" + line.strip() + "' (" + e.getMessage() + "); type help");
        }
    }

    private static SimCard simCard(String name) {
        return switch (name) {
            case "lanzhou" -> SimCard.of(CardImage.lanzhou());
            case "linxia" -> SimCard.of(CardImage.linxia());
            case "locked" -> SimCard.of(CardImage.lanzhou()).lock();
            case "psam" -> SimCard.of(CardImage.lanzhou()).thirdGeneration();
            case "foreign" -> SimCard.foreign();
            default -> throw new IllegalArgumentException("no card '" + name + "': lanzhou, linxia, locked, psam,"
                    + " foreign");
        };
    }

    @Override
    public void close() {
        card.close();
    }
}
