package org.budayang.kiosk.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Remote SET_CONFIG and the panel's changes: lines replaced or added, the whole file validated as at start, replaced
 * atomically with a backup and a seal.
 */
class ConfigEditorTest {
    private static final String FILE = "# the kiosk of 城关区\nsite.name=兰州市城关区政务服务中心\nsite.region=620102\n"
            + "central.url=http://127.0.0.1:8080\ndata.dir=data\ntechnician.pin.hash=" + KioskConfig.DEMO_PIN_HASH
            + "\nidle.timeout.seconds=60\n";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private Path file() throws Exception {
        Path file = dir.resolve("kiosk.properties");
        Files.writeString(file, FILE, StandardCharsets.UTF_8);
        return file;
    }

    /** The file without the header's two lines and the seal line. */
    private static String body(Path file) throws Exception {
        List<String> lines = Files.readAllLines(file);
        assertEquals(ConfigStore.HEADER + "the kiosk at 2026-11-27T09:00:00Z", lines.get(0));
        assertTrue(lines.get(lines.size() - 1).matches("# end sha256=[0-9a-f]{64}"), lines.toString());
        return String.join("\n", lines.subList(2, lines.size() - 1)) + "\n";
    }

    private List<String> filesInDir() throws Exception {
        try (var files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aValueIsReplacedInPlaceOrAddedAndTheRestIsKept() throws Exception {
        Path file = file();
        ConfigEditor editor = new ConfigEditor(file, CLOCK);
        KioskConfig changed = editor.set("idle.timeout.seconds", "90");
        assertEquals(Duration.ofSeconds(90), changed.idleTimeout());
        assertEquals(FILE.replace("idle.timeout.seconds=60", "idle.timeout.seconds=90"), body(file));
        assertEquals(FILE, Files.readString(ConfigStore.backupOf(file)), "the former file is the backup");
        assertEquals(ConfigFile.Integrity.SEALED, new ConfigStore(CLOCK).read(file).integrity());

        editor.set("fleet.heartbeatInterval", "PT1M");
        assertEquals(Duration.ofMinutes(1), KioskConfig.load(file).heartbeatInterval());
        assertTrue(body(file).startsWith("# the kiosk of 城关区\n"), "comments are kept");
        assertTrue(body(file).endsWith("idle.timeout.seconds=90\nfleet.heartbeatInterval=PT1M\n"), body(file));
        assertEquals(List.of("kiosk.properties", "kiosk.properties.bak"), filesInDir(), "no temporary file is left");
    }

    @Test
    void aRefusedValueLeavesTheFileAsItWasAndSaysWhy() throws Exception {
        Path file = file();
        ConfigEditor editor = new ConfigEditor(file, CLOCK);
        ConfigException bad = assertThrows(ConfigException.class, () -> editor.set("idle.timeout.seconds", "5"));
        assertTrue(bad.getMessage().contains("'idle.timeout.seconds' has the value '5'"), bad.getMessage());
        assertTrue(bad.getMessage().contains("whole seconds from 15 to 600"), bad.getMessage());
        assertTrue(bad.getMessage().contains(file.toString()) && !bad.getMessage().contains(".tmp"), bad.getMessage());
        ConfigException unknown = assertThrows(ConfigException.class, () -> editor.set("idle.timeout", "90"));
        assertTrue(unknown.getMessage().contains("no such key"), unknown.getMessage());
        ConfigException refused = assertThrows(ConfigException.class, () -> editor.set("data.dir", "/tmp/x"));
        assertTrue(refused.getMessage().contains("not changed remotely"), refused.getMessage());
        ConfigException twoLines = assertThrows(ConfigException.class,
                () -> editor.set("site.phone", "12345\ndata.dir=/tmp"));
        assertTrue(twoLines.getMessage().contains("one line"), twoLines.getMessage());
        assertEquals(FILE, Files.readString(file), "unchanged");
        assertEquals(List.of("kiosk.properties"), filesInDir(), "no temporary file or backup is left");
    }

    @Test
    void theChangedKeysProblemComesFirstEvenWhenTheFileHasOthers() throws Exception {
        Path file = file();
        Files.writeString(file, FILE + "site.phone=call us\n");
        ConfigException bad = assertThrows(ConfigException.class,
                () -> new ConfigEditor(file, CLOCK).set("locale", "chinese"));
        assertEquals("locale", bad.key());
        assertEquals(List.of("locale", "site.phone"), bad.problems().stream().map(ConfigProblem::key).toList());
        assertTrue(bad.getMessage().contains("and 1 more: key 'site.phone' has the value 'call us'"),
                bad.getMessage());
    }

    @Test
    void thePanelChangesSeveralKeysAtOnceAndRemovesOthers() throws Exception {
        Path file = file();
        KioskConfig changed = new ConfigEditor(file, CLOCK).apply(Map.of("device.receiptPrinter.driver", "escpos",
                "device.receiptPrinter.port", "/dev/ttyUSB0"), Set.of("idle.timeout.seconds"));
        assertEquals(Map.of("device.receiptPrinter.driver", "escpos", "device.receiptPrinter.port", "/dev/ttyUSB0"),
                changed.deviceSettings());
        assertEquals(KioskConfig.DEFAULT_IDLE_TIMEOUT, KioskConfig.load(file).idleTimeout());
        assertTrue(!body(file).contains("idle.timeout.seconds"), body(file));
    }

    @Test
    void aHalfWrittenFileIsNotChanged() throws Exception {
        Path file = file();
        new ConfigEditor(file, CLOCK).set("idle.timeout.seconds", "90");
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(whole, whole.length - 20));
        ConfigException cut = assertThrows(ConfigException.class,
                () -> new ConfigEditor(file, CLOCK).set("site.phone", "0931-12345"));
        assertTrue(cut.getMessage().contains("the file is HALF_WRITTEN"), cut.getMessage());
        assertTrue(cut.getMessage().contains("restore " + ConfigStore.backupOf(file)), cut.getMessage());
        assertEquals(whole.length - 20, Files.size(file));
        assertEquals(FILE, Files.readString(ConfigStore.backupOf(file)), "the backup is not replaced");
    }
}
