package org.budayang.kiosk.ui.fleet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budayang.api.identity.IdNumber;
import org.budayang.kiosk.fleet.commands.ShellCommandException;

/**
 * The tail of the kiosk's current log ({@code <log dir>/kiosk.log}) for central ops' COLLECT_LOGS: at most
 * {@link #MAX_BYTES}, cut at a line start, UTF-8. The log is written without personal data; as a second guard every
 * run of 15-18 ID-number characters is masked again ({@link IdNumber#mask}: first 6 and last 4 kept).
 */
public final class LogCollector {
    /** The most sent (the command result's attachment limit is 512 KiB). */
    public static final int MAX_BYTES = 500 * 1024;
    private static final Pattern ID_LIKE = Pattern.compile("(?<![0-9A-Za-z])[0-9]{14,17}[0-9Xx](?![0-9A-Za-z])");

    private final Path logFile;

    public LogCollector(Path logDir) {
        this.logFile = Objects.requireNonNull(logDir, "LogCollector.logDir").resolve("kiosk.log");
    }

    public byte[] collect() {
        if (!Files.isRegularFile(logFile)) {
            throw new ShellCommandException("LOG_MISSING", "no log file at " + logFile
                    + "; check the kiosk's logback configuration (KIOSK_LOG_DIR)");
        }
        byte[] tail;
        try (RandomAccessFile in = new RandomAccessFile(logFile.toFile(), "r")) {
            long length = in.length();
            long from = Math.max(0, length - MAX_BYTES);
            in.seek(from);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int read;
            while ((read = in.read(buffer)) > 0 && out.size() < MAX_BYTES) {
                out.write(buffer, 0, Math.min(read, MAX_BYTES - out.size()));
            }
            tail = out.toByteArray();
            if (from > 0) {
                int newline = indexOf(tail, (byte) '\n');
                tail = newline < 0 ? tail : java.util.Arrays.copyOfRange(tail, newline + 1, tail.length);
            }
        } catch (IOException e) {
            throw new ShellCommandException("LOG_UNREADABLE", "cannot read " + logFile + ": " + e);
        }
        return mask(new String(tail, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
    }

    /** Masks every ID-number-like run of characters. */
    static String mask(String text) {
        Matcher matcher = ID_LIKE.matcher(text);
        StringBuilder masked = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(masked, Matcher.quoteReplacement(IdNumber.mask(matcher.group())));
        }
        matcher.appendTail(masked);
        return masked.toString();
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
