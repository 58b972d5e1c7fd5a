package org.budayang.kiosk.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Remote SET_CONFIG: one line replaced or added, the whole file validated as at start, replaced atomically. */
class ConfigEditorTest {
    private static final String FILE = "# the kiosk of 城关区\nsite.name=兰州市城关区政务服务中心\nsite.region=620102\n"
            + "central.url=http://127.0.0.1:8080\ndata.dir=data\ntechnician.pin.hash=" + KioskConfig.DEMO_PIN_HASH
            + "\nidle.timeout.seconds=60\n";

    @TempDir
    Path dir;

    private Path file() throws Exception {
        Path file = dir.resolve("kiosk.properties");
        Files.writeString(file, FILE, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void aValueIsReplacedInPlaceOrAddedAndTheRestIsKept() throws Exception {
        Path file = file();
        ConfigEditor editor = new ConfigEditor(file);
        KioskConfig changed = editor.set("idle.timeout.seconds", "90");
        assertEquals(Duration.ofSeconds(90), changed.idleTimeout());
        assertEquals(FILE.replace("idle.timeout.seconds=60", "idle.timeout.seconds=90"), Files.readString(file));

        editor.set("fleet.heartbeatInterval", "PT1M");
        assertEquals(Duration.ofMinutes(1), KioskConfig.load(file).heartbeatInterval());
        assertTrue(Files.readString(file).startsWith("# the kiosk of 城关区\n"), "comments are kept");
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file is left");
        }
    }

    @Test
    void aRefusedValueLeavesTheFileAsItWasAndSaysWhy() throws Exception {
        Path file = file();
        ConfigEditor editor = new ConfigEditor(file);
        ConfigException bad = assertThrows(ConfigException.class, () -> editor.set("idle.timeout.seconds", "5"));
        assertTrue(bad.getMessage().contains("'idle.timeout.seconds' has the value '5'"), bad.getMessage());
        assertTrue(bad.getMessage().contains(file.toString()) && !bad.getMessage().contains(".new"), bad.getMessage());
        ConfigException unknown = assertThrows(ConfigException.class, () -> editor.set("idle.timeout", "90"));
        assertTrue(unknown.getMessage().contains("no such key"), unknown.getMessage());
        ConfigException refused = assertThrows(ConfigException.class, () -> editor.set("data.dir", "/tmp/x"));
        assertTrue(refused.getMessage().contains("not changed remotely"), refused.getMessage());
        ConfigException twoLines = assertThrows(ConfigException.class,
                () -> editor.set("site.phone", "12345\ndata.dir=/tmp"));
        assertTrue(twoLines.getMessage().contains("one line"), twoLines.getMessage());
        assertEquals(FILE, Files.readString(file), "unchanged");
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file is left");
        }
    }
}
