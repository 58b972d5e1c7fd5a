package org.budayang.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes the demo kiosk's configuration: the kiosk's own demo file (the template) with every {@code device.<role>.*}
 * line of an emulated role replaced by the lines that point at the emulator, and {@code data.dir} set. The file
 * is written to a temporary name and moved into place, so a reader waiting for it never sees half of it.
 */
final class KioskConfigWriter {
    private KioskConfigWriter() {
    }

    static List<String> render(List<String> template, List<DemoDevice> devices, Path dataDir) {
        List<String> lines = new ArrayList<>();
        for (String line : template) {
            String key = keyOf(line);
            if (key != null && key.equals("data.dir")) {
                lines.add("data.dir=" + dataDir.toAbsolutePath());
            } else if (key == null || devices.stream().noneMatch(device -> key.startsWith(prefix(device)))) {
                lines.add(line);
            }
        }
        lines.add("");
        lines.add("# Written by ./budayang demo: the emulated devices on this machine's loopback ports");
        for (DemoDevice device : devices) {
            for (Map.Entry<String, String> setting : device.kioskSettings().entrySet()) {
                lines.add(prefix(device) + setting.getKey() + "=" + setting.getValue());
            }
        }
        return lines;
    }

    static void write(Path template, Path target, List<DemoDevice> devices, Path dataDir) throws IOException {
        List<String> lines = render(Files.readAllLines(template, StandardCharsets.UTF_8), devices, dataDir);
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temporary = Files.createTempFile(parent, target.getFileName().toString(), ".tmp");
        Files.write(temporary, lines, StandardCharsets.UTF_8);
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String prefix(DemoDevice device) {
        return "device." + device.role() + ".";
    }

    /** The key of a {@code key=value} line, or null for a comment or blank line. */
    private static String keyOf(String line) {
        String stripped = line.strip();
        if (stripped.isEmpty() || stripped.startsWith("#") || stripped.startsWith("!")) {
            return null;
        }
        int equals = stripped.indexOf('=');
        return (equals < 0 ? stripped : stripped.substring(0, equals)).strip();
    }
}
