package org.budayang.kiosk.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;
import org.budayang.api.catalog.Catalog;
import org.budayang.api.json.ApiJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The catalogue saved on disk ({@code <dir>/catalog.json}) so that the kiosk starts when central is
 * unreachable.
 *
 * <p>{@link #store} is crash-safe: it writes a temporary file in the same folder, forces it to disk,
 * atomically renames it over the old file and forces the folder, so a power cut leaves either the old
 * or the new catalogue, never half a file. A file that cannot be parsed is logged once, moved aside to
 * {@code catalog.json.corrupt-<UTC time>} for a technician to inspect, and treated as absent.
 * I/O errors other than corruption (permissions, full disk) are thrown as {@link UncheckedIOException}
 * with the path in the message.
 */
public final class CatalogCache {
    /** The cache file's name inside the cache folder. */
    public static final String FILE_NAME = "catalog.json";

    private static final Logger LOG = LoggerFactory.getLogger(CatalogCache.class);
    private static final DateTimeFormatter CORRUPT_SUFFIX =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final Path dir;
    private final Path file;
    private final Clock clock;
    private final ObjectMapper json = ApiJson.mapper();

    /** A cache in {@code dir} (created on the first store) that stamps entries with the system clock. */
    public CatalogCache(Path dir) {
        this(dir, Clock.systemUTC());
    }

    public CatalogCache(Path dir, Clock clock) {
        this.dir = Objects.requireNonNull(dir, "CatalogCache.dir is required").toAbsolutePath().normalize();
        this.file = this.dir.resolve(FILE_NAME);
        this.clock = Objects.requireNonNull(clock, "CatalogCache.clock is required");
    }

    /** The cache file. */
    public Path file() {
        return file;
    }

    /** Saves {@code catalog}, replacing the previous one atomically. */
    public void store(Catalog catalog) {
        Objects.requireNonNull(catalog, "catalog");
        Path temp = null;
        try {
            Files.createDirectories(dir);
            byte[] bytes = json.writerWithDefaultPrettyPrinter()
                    .writeValueAsBytes(new CachedCatalog(catalog, clock.instant()));
            temp = Files.createTempFile(dir, FILE_NAME + ".", ".tmp");
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            moveAtomically(temp, file);
            temp = null;
            forceDirectory();
            LOG.info("Catalogue {} with {} items saved to {}", catalog.version(), catalog.items().size(), file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save the catalogue cache " + file + ": " + e
                    + "; check that the data directory is writable and the disk is not full", e);
        } finally {
            deleteQuietly(temp);
        }
    }

    /** The saved catalogue, or empty when there is none or the file was corrupt (then moved aside). */
    public Optional<CachedCatalog> load() {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the catalogue cache " + file + ": " + e, e);
        }
        try {
            CachedCatalog cached = json.readValue(bytes, CachedCatalog.class);
            if (cached == null) {
                throw new IllegalArgumentException("the file holds JSON null");
            }
            return Optional.of(cached);
        } catch (JsonProcessingException e) {
            return corrupt(JsonProblems.describe(e));
        } catch (IllegalArgumentException e) {
            return corrupt(e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the catalogue cache " + file + ": " + e, e);
        }
    }

    private Optional<CachedCatalog> corrupt(String problem) {
        Path aside = dir.resolve(FILE_NAME + ".corrupt-" + CORRUPT_SUFFIX.format(clock.instant()));
        moveAside(aside);
        LOG.warn("Catalogue cache {} is corrupt and was moved to {}; starting without it: {}", file, aside, problem);
        return Optional.empty();
    }

    private void moveAside(Path aside) {
        try {
            Files.move(file, aside, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Catalogue cache " + file + " is corrupt and cannot be moved to " + aside
                    + ": " + e + "; remove it by hand", e);
        }
    }

    private static void moveAtomically(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("the file system of " + to.getParent() + " does not support atomic rename", e);
        }
    }

    private void forceDirectory() {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Some platforms cannot open a directory for fsync; the rename itself is still atomic.
            LOG.debug("Cannot fsync the folder {} after saving the catalogue: {}", dir, e.toString());
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            LOG.debug("Cannot delete the temporary file {}: {}", temp, e.toString());
        }
    }
}
