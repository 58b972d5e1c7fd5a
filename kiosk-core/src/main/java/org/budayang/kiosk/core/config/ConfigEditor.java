package org.budayang.kiosk.core.config;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Changes one value of the kiosk's configuration file as remote ops order it (issue #9, SET_CONFIG): the line
 * {@code key=value} is replaced (or appended), the whole new file is validated exactly as the kiosk reads it at
 * start ({@link KioskConfig#load}) and only then put in place by an atomic rename of a file forced to disk, so a
 * refused value or a power cut leaves the old file whole. Comments and the other lines are kept. The kiosk reads
 * the new value at its next start. Keys that would move the kiosk's data or its lock ({@link #REFUSED}) are refused.
 */
public final class ConfigEditor {
    /** Keys not changed remotely: the data directory (journal, enrolment) and the technician PIN. */
    public static final Set<String> REFUSED = Set.of("data.dir", "technician.pin.hash");

    private final Path file;

    public ConfigEditor(Path file) {
        this.file = Objects.requireNonNull(file, "ConfigEditor.file").toAbsolutePath().normalize();
    }

    public Path file() {
        return file;
    }

    /**
     * Sets {@code key} to {@code value}.
     *
     * @return the configuration as the kiosk will read it at its next start
     * @throws ConfigException naming the key and the value when refused; the file is unchanged then
     */
    public KioskConfig set(String key, String value) {
        if (key == null || !key.matches("[A-Za-z][A-Za-z0-9._-]{0,79}")) {
            throw new ConfigException(file, String.valueOf(key), value, "a configuration key such as "
                    + "idle.timeout.seconds or device.receiptPrinter.port");
        }
        if (REFUSED.contains(key)) {
            throw ConfigException.retired(file, key, "it is not changed remotely (" + String.join(", ", REFUSED)
                    + "); a technician changes it on site");
        }
        if (value == null || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0 || value.length() > 500) {
            throw new ConfigException(file, key, value == null ? null : "(" + value.length() + " characters)",
                    "one line of at most 500 characters");
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigException(file, "cannot read the file to change " + key + " (" + e + ")", e);
        }
        List<String> changed = new ArrayList<>();
        boolean replaced = false;
        String line = key + "=" + escape(value);
        for (String existing : lines) {
            String stripped = existing.stripLeading();
            if (!stripped.startsWith("#") && !stripped.startsWith("!") && keyOf(stripped).equals(key)) {
                if (!replaced) {
                    changed.add(line);
                    replaced = true;
                }
                continue;
            }
            changed.add(existing);
        }
        if (!replaced) {
            changed.add(line);
        }
        Path temporary = file.resolveSibling("." + file.getFileName() + ".new");
        try {
            Files.write(temporary, changed, StandardCharsets.UTF_8);
            KioskConfig config;
            try {
                config = KioskConfig.load(temporary);
            } catch (ConfigException e) {
                throw new ConfigException(file, key, value, "a value the kiosk accepts at start: "
                        + e.getMessage().replace(temporary.toString(), file.toString()));
            }
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return config;
        } catch (IOException e) {
            throw new ConfigException(file, "cannot write the changed file (" + e + "); check that the kiosk's "
                    + "user may write its folder", e);
        } finally {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // the refused or failed copy is rewritten at the next change
            }
        }
    }

    private static String keyOf(String line) {
        int end = 0;
        while (end < line.length() && "=: \t".indexOf(line.charAt(end)) < 0) {
            end++;
        }
        return line.substring(0, end);
    }

    /** java.util.Properties escaping of a value: backslashes, and a leading space kept. */
    private static String escape(String value) {
        String escaped = value.replace("\\", "\\\\");
        return escaped.startsWith(" ") ? "\\" + escaped : escaped;
    }
}
