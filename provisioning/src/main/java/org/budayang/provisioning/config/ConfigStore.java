package org.budayang.provisioning.config;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and writes the kiosk's configuration file (UTF-8 properties, the kiosk's format).
 *
 * <p>Writing is atomic: the new text goes to {@code <file>.tmp}, is forced to disk, the current file (if whole) is
 * copied to {@code <file>.bak}, and the temporary file is renamed over the file (one {@code rename(2)}), then the
 * folder is forced. A written file starts with {@value #HEADER} and ends with a seal line
 * {@code # end sha256=<hex of everything before it>}, so that a file cut short (power lost while a technician's
 * editor or an older tool wrote it) is recognised as {@link ConfigFile.Integrity#HALF_WRITTEN} instead of being read
 * as a valid shorter configuration. A half-written file is never copied over the backup.
 */
public final class ConfigStore {
    static final String HEADER = "# Budayang kiosk configuration, written by budayang provision";
    private static final Pattern SEAL = Pattern.compile("(?m)^# end sha256=([0-9a-f]{64})\\n?\\z");

    private final Clock clock;

    public ConfigStore(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public static Path backupOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".bak");
    }

    static Path temporaryOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".tmp");
    }

    /** Reads {@code file}; never throws for a bad file: the integrity says what is wrong. */
    public ConfigFile read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException absent) {
            return new ConfigFile(file, Map.of(), ConfigFile.Integrity.ABSENT, "no such file" + leftover(file));
        } catch (IOException unreadable) {
            return new ConfigFile(file, Map.of(), ConfigFile.Integrity.UNREADABLE, "cannot read: " + unreadable);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new ConfigFile(file, Map.of(), ConfigFile.Integrity.UNREADABLE,
                    "not valid UTF-8 (" + notUtf8 + "); save it as UTF-8");
        }
        Map<String, String> values;
        try {
            values = parse(text);
        } catch (IOException | IllegalArgumentException malformed) {
            return new ConfigFile(file, Map.of(), ConfigFile.Integrity.UNREADABLE,
                    "not a properties file: " + malformed.getMessage());
        }
        if (!text.startsWith(HEADER)) {
            return new ConfigFile(file, values, ConfigFile.Integrity.HAND_WRITTEN, "no provision header" + leftover(file));
        }
        Matcher seal = SEAL.matcher(text);
        if (!seal.find()) {
            return new ConfigFile(file, values, ConfigFile.Integrity.HALF_WRITTEN, "written by provision but its last"
                    + " line '# end sha256=…' is missing: the write was cut after " + bytes.length + " bytes"
                    + leftover(file) + "; restore " + backupOf(file) + " or write it again");
        }
        String body = text.substring(0, seal.start());
        boolean matches = sha256(body.getBytes(StandardCharsets.UTF_8)).equals(seal.group(1));
        return matches
                ? new ConfigFile(file, values, ConfigFile.Integrity.SEALED, "seal matches" + leftover(file))
                : new ConfigFile(file, values, ConfigFile.Integrity.EDITED, "changed by hand since provision wrote it"
                + leftover(file));
    }

    private static String leftover(Path file) {
        Path tmp = temporaryOf(file);
        return Files.exists(tmp) ? "; " + tmp + " is left from an interrupted write (it was never used)" : "";
    }

    /**
     * Writes {@code values} (in their order) atomically, keeping a backup of the current file when it is whole.
     *
     * @return the text written
     * @throws IOException when the folder is not writable or the disk is full; the current file is then unchanged
     */
    public String write(Path file, Map<String, String> values) throws IOException {
        StringBuilder text = new StringBuilder(HEADER).append(" at ").append(clock.instant()).append('\n');
        text.append("# Edit with: budayang provision config set KEY=VALUE (checks every value before writing)\n");
        values.forEach((key, value) -> text.append(escape(key, true)).append('=').append(escape(value, false))
                .append('\n'));
        String body = text.toString();
        String sealed = body + "# end sha256=" + sha256(body.getBytes(StandardCharsets.UTF_8)) + "\n";
        Path tmp = temporaryOf(file);
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buffer = ByteBuffer.wrap(sealed.getBytes(StandardCharsets.UTF_8));
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        } catch (IOException failed) {
            Files.deleteIfExists(tmp);
            throw failed;
        }
        if (Files.exists(file) && read(file).integrity().usable()) {
            Files.copy(file, backupOf(file), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
        }
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException notSupported) {
            // some file systems cannot force a directory; the rename itself is still atomic
        }
        return sealed;
    }

    static Map<String, String> parse(String text) throws IOException {
        Map<String, String> ordered = new LinkedHashMap<>();
        Properties properties = new Properties() {
            private static final long serialVersionUID = 1L;

            @Override
            public synchronized Object put(Object key, Object value) {
                ordered.put((String) key, (String) value);
                return super.put(key, value);
            }
        };
        properties.load(new StringReader(text));
        return ordered;
    }

    static String escape(String text, boolean key) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\f' -> out.append("\\f");
                case '=', ':', '#', '!' -> out.append(key ? "\\" + c : String.valueOf(c));
                case ' ' -> out.append(key || i == 0 ? "\\ " : " ");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
