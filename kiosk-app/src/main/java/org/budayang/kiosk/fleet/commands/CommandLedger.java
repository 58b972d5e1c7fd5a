package org.budayang.kiosk.fleet.commands;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.budayang.api.fleet.CommandResult;
import org.budayang.api.fleet.CommandType;
import org.budayang.api.json.ApiJson;

/**
 * What the kiosk did with each command id, in an append-only file forced to disk at every line, so that a command
 * is executed at most once even across a crash or a RESTART: {@code BEGIN <id> <type>} before executing,
 * {@code RESULT <id> <base64 json>} after, {@code REPORTED <id>} once central has it. The newest 1,000 ids are kept
 * (rewritten at open). Results wait here until reported, so none is lost offline. Thread-safe.
 */
public final class CommandLedger {
    private static final int KEEP = 1000;

    /** One command's entry. */
    public record Entry(String commandId, CommandType type, CommandResult result, boolean reported) {
    }

    private final Path file;
    private final ObjectMapper json = ApiJson.mapper();
    private final Map<String, Entry> entries = new LinkedHashMap<>();

    private CommandLedger(Path file) {
        this.file = file;
    }

    /** Opens (or creates) the ledger file, e.g. {@code <data.dir>/fleet/commands.ledger}. */
    public static CommandLedger open(Path file) {
        CommandLedger ledger = new CommandLedger(file);
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            if (Files.exists(file)) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    ledger.replay(line);
                }
            }
            ledger.rewrite();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the command ledger " + file.toAbsolutePath()
                    + "; check that the kiosk's data directory is writable", e);
        }
        return ledger;
    }

    private void replay(String line) {
        String[] parts = line.split(" ", 3);
        if (parts.length < 2) {
            return; // a line torn by a power cut: the command it began is executed at most once anyway
        }
        Entry known = entries.get(parts[1]);
        switch (parts[0]) {
            case "BEGIN" -> {
                if (parts.length == 3) {
                    entries.put(parts[1], new Entry(parts[1], CommandType.valueOf(parts[2]), null, false));
                }
            }
            case "RESULT" -> {
                if (known != null && parts.length == 3) {
                    entries.put(parts[1], new Entry(parts[1], known.type(), decode(parts[2]), false));
                }
            }
            case "REPORTED" -> {
                if (known != null) {
                    entries.put(parts[1], new Entry(parts[1], known.type(), known.result(), true));
                }
            }
            default -> {
                // an unknown line from a newer release is skipped
            }
        }
    }

    /** Records that the command starts now; false when it was begun before (never execute it again). */
    public synchronized boolean begin(String commandId, CommandType type) {
        if (entries.containsKey(commandId)) {
            return false;
        }
        entries.put(commandId, new Entry(commandId, type, null, false));
        append("BEGIN " + commandId + " " + type);
        return true;
    }

    public synchronized Optional<Entry> entry(String commandId) {
        return Optional.ofNullable(entries.get(commandId));
    }

    public synchronized void finish(String commandId, CommandResult result) {
        Entry known = entries.get(commandId);
        if (known == null) {
            throw new IllegalStateException("Command " + commandId + " was never begun; cannot record its result");
        }
        entries.put(commandId, new Entry(commandId, known.type(), result, false));
        append("RESULT " + commandId + " " + encode(result));
    }

    public synchronized void reported(String commandId) {
        Entry known = entries.get(commandId);
        if (known != null && !known.reported()) {
            entries.put(commandId, new Entry(commandId, known.type(), known.result(), true));
            append("REPORTED " + commandId);
        }
    }

    /** Results central has not confirmed yet, oldest first. */
    public synchronized List<Entry> unreported() {
        return entries.values().stream().filter(e -> e.result() != null && !e.reported()).toList();
    }

    /** Commands begun but without a result: the kiosk stopped while executing them. */
    public synchronized List<Entry> interrupted() {
        return entries.values().stream().filter(e -> e.result() == null).toList();
    }

    private void append(String line) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            channel.write(ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8)));
            channel.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write to the command ledger " + file.toAbsolutePath(), e);
        }
    }

    private void rewrite() throws IOException {
        List<Entry> kept = new ArrayList<>(entries.values());
        if (kept.size() > KEEP) {
            kept = kept.subList(kept.size() - KEEP, kept.size());
        }
        entries.clear();
        StringBuilder text = new StringBuilder();
        for (Entry entry : kept) {
            entries.put(entry.commandId(), entry);
            text.append("BEGIN ").append(entry.commandId()).append(' ').append(entry.type()).append('\n');
            if (entry.result() != null) {
                text.append("RESULT ").append(entry.commandId()).append(' ').append(encode(entry.result())).append('\n');
            }
            if (entry.reported()) {
                text.append("REPORTED ").append(entry.commandId()).append('\n');
            }
        }
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(temporary, text, StandardCharsets.UTF_8);
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private String encode(CommandResult result) {
        try {
            return Base64.getEncoder().encodeToString(json.writeValueAsBytes(result));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a command result as JSON", e);
        }
    }

    private CommandResult decode(String text) {
        try {
            return json.readValue(Base64.getDecoder().decode(text.strip()), CommandResult.class);
        } catch (IOException | IllegalArgumentException e) {
            return null; // a torn line: the command counts as interrupted
        }
    }
}
