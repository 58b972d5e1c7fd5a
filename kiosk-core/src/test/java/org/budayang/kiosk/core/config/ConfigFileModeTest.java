package org.budayang.kiosk.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rewrite never widens who can read the file (it holds the technician PIN's hash). */
class ConfigFileModeTest {
    private final ConfigStore store = new ConfigStore(Clock.fixed(Instant.parse("2026-11-27T08:00:00Z"),
            ZoneOffset.UTC));

    @TempDir
    Path dir;

    @Test
    void aNewFileIsReadableByOwnerAndGroupOnly() throws Exception {
        Path file = dir.resolve("kiosk.properties");

        store.write(file, Map.of("site.region", "620102"));

        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void aRewriteKeepsTheModeAndGroupOfTheFileItReplaces() throws Exception {
        Path file = dir.resolve("kiosk.properties");
        Files.writeString(file, "site.region=620102\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        GroupPrincipal group = view.readAttributes().group();

        store.write(file, Map.of("site.region", "620103"));

        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals(group, Files.getFileAttributeView(file, PosixFileAttributeView.class).readAttributes().group());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(
                ConfigStore.backupOf(file))), "the backup keeps the old file's mode too");

        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw----"));
        store.write(file, Map.of("site.region", "620104"));
        assertEquals("rw-rw----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }
}
