package org.budayang.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.budayang.driver.link.EmulatorCommands;

/**
 * The demo's one console: a line that begins with a device's word goes to that device ({@code card place 1},
 * {@code printer paper out}); the ID card reader's most used commands also work alone ({@code place 1},
 * {@code remove}, {@code cards}), as the README shows them.
 */
final class DemoConsole implements EmulatorCommands {
    private static final Set<String> CARD_SHORTCUTS = Set.of("place", "remove", "cards", "cut");

    private final List<DemoDevice> devices;
    private final PrintWriter out;

    DemoConsole(List<DemoDevice> devices, PrintWriter out) {
        this.devices = List.copyOf(devices);
        this.out = out;
    }

    /** Reads commands until end of input or {@code quit}. */
    void run(BufferedReader in) throws IOException {
        run(in, out, "demo console ready; type help");
    }

    /** Runs one line; false for {@code quit}. */
    @Override
    public boolean execute(String line) {
        String stripped = line.strip();
        if (stripped.isEmpty()) {
            return true;
        }
        int space = stripped.indexOf(' ');
        String first = (space < 0 ? stripped : stripped.substring(0, space)).toLowerCase(Locale.ROOT);
        String rest = space < 0 ? "" : stripped.substring(space + 1).strip();
        switch (first) {
            case "quit", "exit" -> {
                return false;
            }
            case "help", "?" -> help(rest);
            case "devices" -> devices.forEach(device -> out.println("  " + device.word() + ": " + device.summary()));
            default -> route(first, rest, stripped);
        }
        return true;
    }

    private void route(String first, String rest, String whole) {
        for (DemoDevice device : devices) {
            if (device.word().equals(first)) {
                if (rest.isEmpty()) {
                    out.println(device.word() + " needs a command; " + device.word() + " commands:");
                    out.println(indent(device.help()));
                } else {
                    device.execute(rest, out);
                }
                return;
            }
        }
        if (CARD_SHORTCUTS.contains(first)) {
            for (DemoDevice device : devices) {
                if (device.word().equals("card")) {
                    device.execute(whole, out);
                    return;
                }
            }
        }
        out.println("unknown command '" + first + "'; a line starts with a device ("
                + String.join(", ", devices.stream().map(DemoDevice::word).toList()) + ") or help, devices, quit");
    }

    private void help(String topic) {
        for (DemoDevice device : devices) {
            if (topic.isEmpty() || device.word().equals(topic)) {
                out.println(device.word() + " … — " + device.summary());
                out.println(indent(device.help()));
            }
        }
        if (topic.isEmpty()) {
            out.println("place N, remove, cards, cut   short for card place N, card remove…");
            out.println("devices                       where each emulated device listens");
            out.println("quit                          stop the demo (the emulators, the kiosk and central)");
        }
    }

    private static String indent(String text) {
        return ("    " + text.replace("\n", "\n    ")).replace("    commands:\n", "");
    }
}
