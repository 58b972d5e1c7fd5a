package org.budayang.kiosk.core.config;

import java.io.IOException;
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
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and writes the kiosk's configuration file (UTF-8 properties), for the kiosk (start, remote SET_CONFIG,
 * technician panel) and for {@code budayang provision} alike.
 *
 * <p>The written file keeps the mode, group and (for root) owner of the file it replaces; a new file is
 * {@code rw-r-----}: it holds the technician PIN's hash, which no other account has to read.
 *
 * <p>Writing is atomic: the new text goes to {@code <file>.tmp}, is forced to disk, the current file (if whole) is
 * copied to {@code <file>.bak}, and the temporary file is renamed over the file (one {@code rename(2)}), then the
 * folder is forced. A written file starts with {@value #HEADER}{@code <writer> at <time>} and ends with a seal line
 * {@code # end sha256=<hex of everything before it>}, so that a file cut short (power lost while a technician's
 * editor or an older tool wrote it) is recognised as {@link ConfigFile.Integrity#HALF_WRITTEN} instead of being read
 * as a valid shorter configuration (a seal line followed by more lines means lines were added by hand: {@link
 * ConfigFile.Integrity#EDITED}). A half-written file is never copied over the backup. The comments, the order
 * and the unchanged lines of the current file are kept ({@link ConfigText#edit}).
 */
public final class ConfigStore {
    /** The start of the first line of every file a ConfigStore wrote. */
    public static final String HEADER = "# Budayang kiosk configuration, written by ";
    /** The writer named in the header when none is given. */
    public static final String PROVISION = "budayang provision";
    static final String HINT = "# Edit with: budayang provision config set KEY=VALUE (checks every value before"
            + " writing)";
    private static final Pattern SEAL = Pattern.compile("(?m)^# end sha256=([0-9a-f]{64})\\n?\\z");
    private static final Pattern ANY_SEAL = Pattern.compile("# end sha256=[0-9a-f]{64}");
    /** A whole seal line that is not the last line: lines were added after it (a cut write never has one). */
    private static final Pattern INNER_SEAL = Pattern.compile("(?m)^# end sha256=[0-9a-f]{64}$");

    private final Clock clock;
    private final String writer;

    /** A store whose files say they were written by {@value #PROVISION}. */
    public ConfigStore(Clock clock) {
        this(clock, PROVISION);
    }

    /** A store whose files say they were written by {@code writer} (e.g. "the kiosk"). */
    public ConfigStore(Clock clock, String writer) {
        this.clock = Objects.requireNonNull(clock, "ConfigStore.clock");
        if (writer == null || writer.isBlank() || writer.contains("\n") || writer.contains("\r")) {
            throw new IllegalArgumentException("ConfigStore.writer must be a one-line name, got '" + writer + "'");
        }
        this.writer = writer;
    }

    public static Path backupOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".bak");
    }

    static Path temporaryOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".tmp");
    }

    /** Reads {@code file}; never throws for a bad file: the integrity says what is wrong. */
    public ConfigFile read(Path file) {
        return readFile(file).file();
    }

    /** The file as read, and its text (empty unless the file is usable). */
    record Snapshot(ConfigFile file, String text) {
    }

    static Snapshot readFile(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException absent) {
            return unusable(file, ConfigFile.Integrity.ABSENT, "no such file" + leftover(file));
        } catch (IOException unreadable) {
            return unusable(file, ConfigFile.Integrity.UNREADABLE, "cannot read: " + unreadable);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return unusable(file, ConfigFile.Integrity.UNREADABLE, "not valid UTF-8 (" + notUtf8 + "); save it as UTF-8");
        }
        Map<String, String> values;
        try {
            values = ConfigText.parse(text);
        } catch (IOException | IllegalArgumentException malformed) {
            return unusable(file, ConfigFile.Integrity.UNREADABLE, "not a properties file: " + malformed.getMessage());
        }
        if (!text.startsWith(HEADER)) {
            return new Snapshot(new ConfigFile(file, values, ConfigFile.Integrity.HAND_WRITTEN, "no header"
                    + leftover(file)), text);
        }
        Matcher seal = SEAL.matcher(text);
        if (!seal.find()) {
            if (INNER_SEAL.matcher(text).find()) {
                return new Snapshot(new ConfigFile(file, values, ConfigFile.Integrity.EDITED, "lines were added by"
                        + " hand after the seal " + writerOf(text) + " wrote" + leftover(file)), text);
            }
            return new Snapshot(new ConfigFile(file, values, ConfigFile.Integrity.HALF_WRITTEN, "written by "
                    + writerOf(text) + " but its last line '# end sha256=…' is missing: the write was cut after "
                    + bytes.length + " bytes" + leftover(file) + "; restore " + backupOf(file) + " or write it again"),
                    "");
        }
        String body = text.substring(0, seal.start());
        boolean matches = sha256(body.getBytes(StandardCharsets.UTF_8)).equals(seal.group(1));
        ConfigFile read = matches
                ? new ConfigFile(file, values, ConfigFile.Integrity.SEALED, "seal matches" + leftover(file))
                : new ConfigFile(file, values, ConfigFile.Integrity.EDITED, "changed by hand since " + writerOf(text)
                        + " wrote it" + leftover(file));
        return new Snapshot(read, text);
    }

    private static Snapshot unusable(Path file, ConfigFile.Integrity integrity, String detail) {
        return new Snapshot(new ConfigFile(file, Map.of(), integrity, detail), "");
    }

    private static String writerOf(String text) {
        int end = text.indexOf('\n');
        String first = text.substring(HEADER.length(), end < 0 ? text.length() : end);
        int at = first.lastIndexOf(" at ");
        return at < 0 ? first : first.substring(0, at);
    }

    private static String leftover(Path file) {
        Path tmp = temporaryOf(file);
        return Files.exists(tmp) ? "; " + tmp + " is left from an interrupted write (it was never used)" : "";
    }

    /**
     * Makes {@code file} hold exactly {@code values}, atomically, keeping a backup of the current file: the current
     * file's comments and unchanged lines stay as they are, changed values are written in place, keys not in
     * {@code values} go, new keys are added at the end in {@code values}' order.
     *
     * @return the text written
     * @throws IOException     when the folder is not writable or the disk is full; the current file is then unchanged
     * @throws ConfigException when the current file is half-written or unreadable (nothing is written: a file that
     *                         cannot be read whole is not built on)
     */
    public String write(Path file, Map<String, String> values) throws IOException {
        values.forEach((key, value) -> {
            if (key == null || key.isEmpty() || value == null) {
                throw new IllegalArgumentException("ConfigStore.write(" + file + "): every key needs a name and a value"
                        + " (may be empty), got " + key + "=" + value);
            }
        });
        Snapshot current = readFile(file);
        ConfigFile.Integrity integrity = current.file().integrity();
        if (integrity != ConfigFile.Integrity.ABSENT && !integrity.usable()) {
            throw new ConfigException(file, "the file is " + integrity + " (" + current.file().detail() + "); it is"
                    + " not rewritten: restore " + backupOf(file) + " or remove it", null);
        }
        String body = HEADER + writer + " at " + clock.instant() + "\n" + HINT + "\n"
                + ConfigText.edit(current.text(), values, ConfigStore::isOurs);
        String sealed = body + "# end sha256=" + sha256(body.getBytes(StandardCharsets.UTF_8)) + "\n";
        Path tmp = temporaryOf(file);
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            FileModes.likeOrPrivate(tmp, file);
            ByteBuffer buffer = ByteBuffer.wrap(sealed.getBytes(StandardCharsets.UTF_8));
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        } catch (IOException failed) {
            Files.deleteIfExists(tmp);
            throw failed;
        }
        if (integrity.usable()) {
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

    /** The header, hint and seal lines of an earlier write: written anew, never kept. */
    private static boolean isOurs(String commentLine) {
        String line = commentLine.strip();
        return line.startsWith(HEADER) || line.equals(HINT) || ANY_SEAL.matcher(line).matches();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
