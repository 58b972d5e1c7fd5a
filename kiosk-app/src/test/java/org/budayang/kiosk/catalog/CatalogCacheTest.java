package org.budayang.kiosk.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.budayang.kiosk.security.LogCapture;
import org.budayang.kiosk.security.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogCacheTest {
    private static final Instant NOW = Instant.parse("2026-11-26T06:30:00Z");

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(NOW);

    @Test
    void absentCacheIsEmpty() {
        assertEquals(Optional.empty(), new CatalogCache(dir.resolve("cache"), clock).load());
    }

    @Test
    void storedCatalogueLoadsBackWithItsTime() throws IOException {
        CatalogCache cache = new CatalogCache(dir.resolve("cache"), clock);
        cache.store(TestCatalogs.sample());
        assertEquals(Optional.of(new CachedCatalog(TestCatalogs.sample(), NOW)), cache.load());
        assertEquals(List.of(dir.resolve("cache/catalog.json")), files(dir.resolve("cache")),
                "no temporary file is left behind");
    }

    @Test
    void aNewStoreReplacesTheOldOne() throws IOException {
        CatalogCache cache = new CatalogCache(dir, clock);
        cache.store(TestCatalogs.sample());
        clock.set(NOW.plusSeconds(3600));
        cache.store(TestCatalogs.sample("2026.11.26-2"));
        CachedCatalog loaded = cache.load().orElseThrow();
        assertEquals("2026.11.26-2", loaded.catalog().version());
        assertEquals(NOW.plusSeconds(3600), loaded.savedAt());
        assertEquals(1, files(dir).size());
    }

    @Test
    void aCorruptFileIsLoggedOnceMovedAsideAndTreatedAsAbsent() throws IOException {
        CatalogCache cache = new CatalogCache(dir, clock);
        cache.store(TestCatalogs.sample());
        String half = Files.readString(cache.file()).substring(0, 500);
        Files.writeString(cache.file(), half, StandardCharsets.UTF_8);
        try (LogCapture log = new LogCapture(CatalogCache.class)) {
            assertEquals(Optional.empty(), cache.load());
            assertEquals(Optional.empty(), cache.load());
            List<String> warnings = log.messages(Level.WARN);
            assertEquals(1, warnings.size(), warnings.toString());
            Path aside = dir.resolve("catalog.json.corrupt-20261126T063000.000Z");
            assertTrue(warnings.get(0).contains(aside.toString()), warnings.get(0));
            assertFalse(Files.exists(cache.file()));
            assertEquals(half, Files.readString(aside), "the corrupt file is kept for a technician");
        }
    }

    @Test
    void aFileThatBreaksTheRecordRulesCountsAsCorrupt() throws IOException {
        CatalogCache cache = new CatalogCache(dir, clock);
        Files.writeString(cache.file(), "{\"savedAt\":\"2026-11-26T00:00:00Z\",\"catalog\":"
                + "{\"version\":\"\",\"publishedAt\":\"2026-11-26T00:00:00Z\",\"items\":[]}}");
        assertEquals(Optional.empty(), cache.load());
        assertEquals(1, files(dir).size());
        assertTrue(files(dir).get(0).getFileName().toString().startsWith("catalog.json.corrupt-"));
    }

    @Test
    void jsonNullCountsAsCorrupt() throws IOException {
        CatalogCache cache = new CatalogCache(dir, clock);
        Files.writeString(cache.file(), "null");
        assertEquals(Optional.empty(), cache.load());
        assertFalse(Files.exists(cache.file()));
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.sorted().toList();
        }
    }
}
