package org.budayang.driver.pcscsscard;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Random;

/**
 * A 社保卡 in a running pcscd's vpcd reader, driven from the console (for the demo and for technicians trying a
 * kiosk without a card): {@code card lanzhou|linxia|locked|psam|foreign}, {@code remove}, {@code insert},
 * {@code pull N} (pulled after N more APDUs), {@code slow MS}, {@code silent on|off}, {@code garbage},
 * {@code malformed}, {@code help}, {@code quit}. Needs pcscd running with vsmartcard-vpcd; port 35963 by
 * default ({@code --port 35964} for {@code Virtual PCD 00 01}).
 */
public final class VirtualCardMain {
    private static final String HELP = "commands: card lanzhou|linxia|locked|psam|foreign, remove, insert, pull N,"
            + " slow MS, silent on|off, garbage, malformed, help, quit";

    private VirtualCardMain() {
    }

    public static void main(String[] args) throws Exception {
        int port = args.length == 2 && args[0].equals("--port") ? Integer.parseInt(args[1]) : VirtualCard.VPCD_PORT;
        VirtualCard card = new VirtualCard(SimCard.of(CardImage.lanzhou()), port);
        System.out.println("virtual 社保卡 (lanzhou) on vpcd port " + port + "; " + HELP);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String[] words = line.strip().toLowerCase(Locale.ROOT).split("\\s+");
            try {
                switch (words[0]) {
                    case "card" -> {
                        card.close();
                        card = new VirtualCard(simCard(words[1]), port);
                    }
                    case "remove" -> card.remove();
                    case "insert" -> card.insert();
                    case "pull" -> card.removeAfter(Integer.parseInt(words[1]));
                    case "slow" -> card.slow(Duration.ofMillis(Long.parseLong(words[1])));
                    case "silent" -> card.silent(words[1].equals("on"));
                    case "garbage" -> {
                        byte[] bytes = new byte[32];
                        new Random().nextBytes(bytes);
                        card.garbage(bytes);
                    }
                    case "malformed" -> card.malformed();
                    case "quit" -> {
                        card.close();
                        return;
                    }
                    case "", "help" -> System.out.println(HELP);
                    default -> System.out.println("unknown command '" + words[0] + "'; " + HELP);
                }
                System.out.println("ok");
            } catch (ArrayIndexOutOfBoundsException | IllegalArgumentException e) {
                System.out.println("bad command '" + line + "' (" + e.getMessage() + "); " + HELP);
            }
        }
        card.close();
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
}
