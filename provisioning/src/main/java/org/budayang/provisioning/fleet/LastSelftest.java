package org.budayang.provisioning.fleet;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import java.util.Optional;
import org.budayang.api.fleet.SelftestUpload;

/**
 * The last self-test report kept on the kiosk ({@code <data.dir>/provisioning/selftest-last.json}) until central has
 * it, and after: {@code selftest} replaces it whole (a temporary file forced to disk, then one rename), {@code enrol},
 * {@code selftest} and {@code status --send-selftest} send it. A report that could not be sent is never lost.
 */
public final class LastSelftest {
    private final Path file;

    public LastSelftest(Path file) {
        this.file = Objects.requireNonNull(file, "LastSelftest.file is required");
    }

    public Path file() {
        return file;
    }

    /** Replaces the kept report by {@code json} atomically. */
    public void save(String json) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buffer = ByteBuffer.wrap(json.getBytes(StandardCharsets.UTF_8));
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        } catch (IOException failed) {
            Files.deleteIfExists(tmp);
            throw failed;
        }
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * The kept report as an upload; empty when no self-test was run yet.
     *
     * @throws IllegalArgumentException naming the file and what is wrong when it cannot be read or is not a report
     */
    public Optional<SelftestUpload> read() {
        String json;
        try {
            json = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException absent) {
            return Optional.empty();
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e);
        }
        try {
            return Optional.of(SelftestUploads.fromReport(json));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + " is not a self-test report (" + e.getMessage()
                    + "); run selftest again");
        }
    }
}
