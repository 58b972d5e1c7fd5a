package org.budayang.kiosk.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one reader/writer of the configuration file: atomic, backed up, sealed, comments kept. */
class ConfigStoreTest {
    private final ConfigStore store = new ConfigStore(Clock.fixed(Instant.parse("2026-11-27T08:00:00Z"),
            ZoneOffset.UTC));

    @TempDir
    Path dir;

    @Test
    void valuesSurviveTheRoundTripInOrderAndJavaPropertiesReadTheSameFile() throws Exception {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("site.name", " 兰州 = 城关:24h #1 ! \\ end");
        values.put("weird key=x", "multi\nline\ttab");
        values.put("device.receiptPrinter.port", "/dev/serial/by-id/usb-Printer_Co-if00");
        Path file = dir.resolve("k.properties");

        String text = store.write(file, values);

        ConfigFile read = store.read(file);
        assertEquals(ConfigFile.Integrity.SEALED, read.integrity(), read.detail());
        assertEquals(values, read.values());
        assertEquals(List.copyOf(values.keySet()), List.copyOf(read.values().keySet()));
        Properties plain = new Properties();
        plain.load(new java.io.StringReader(Files.readString(file, StandardCharsets.UTF_8)));
        assertEquals(values.get("site.name"), plain.getProperty("site.name"));
        assertTrue(text.startsWith(ConfigStore.HEADER + "budayang provision at 2026-11-27T08:00:00Z\n"
                + ConfigStore.HINT + "\n"), text);
        assertTrue(text.matches("(?s).*\\n# end sha256=[0-9a-f]{64}\\n"), text);
    }

    @Test
    void aFileCutInsideItsSealLineIsHalfWritten() throws Exception {
        Path file = dir.resolve("k.properties");
        store.write(file, Map.of("site.region", "620102"));
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(whole, whole.length - 10));

        ConfigFile cut = store.read(file);
        assertEquals(ConfigFile.Integrity.HALF_WRITTEN, cut.integrity());
        assertTrue(cut.detail().contains("written by budayang provision but its last line '# end sha256=…' is"
                + " missing: the write was cut after " + (whole.length - 10) + " bytes"), cut.detail());
        ConfigException refused = assertThrows(ConfigException.class,
                () -> store.write(file, Map.of("site.region", "620103")));
        assertTrue(refused.getMessage().contains("it is not rewritten: restore " + ConfigStore.backupOf(file)),
                refused.getMessage());
        assertEquals(whole.length - 10, Files.size(file));
    }

    @Test
    void aHandWrittenFileKeepsItsCommentsOrderAndUnchangedLinesAndBecomesSealed() throws Exception {
        Path file = dir.resolve("kiosk.properties");
        String hand = "# 城关区 kiosk\n\nsite.name = 兰州市城关区政务服务中心\n! old style comment\n"
                + "site.region:620102\n  central.url=http://127.0.0.1:8080\n"
                + "device.receiptPrinter.host=10.0.0.5\\\n    5\ndevice.receiptPrinter.driver=escpos\n"
                + "site.region=620199\n";
        Files.writeString(file, hand);
        assertEquals(ConfigFile.Integrity.HAND_WRITTEN, store.read(file).integrity());
        Map<String, String> values = new LinkedHashMap<>(store.read(file).values());
        assertEquals("10.0.0.55", values.get("device.receiptPrinter.host"), "a continued line is one value");
        assertEquals("620199", values.get("site.region"), "the last of a repeated key counts, as in Properties");
        values.put("site.region", "620102");
        values.remove("device.receiptPrinter.driver");
        values.put("site.phone", "0931-8888888");

        String text = store.write(file, values);

        List<String> lines = text.lines().toList();
        assertEquals(List.of("# 城关区 kiosk", "", "site.name = 兰州市城关区政务服务中心", "! old style comment",
                "site.region:620102", "  central.url=http://127.0.0.1:8080", "device.receiptPrinter.host=10.0.0.5\\",
                "    5", "site.phone=0931-8888888"), lines.subList(2, lines.size() - 1));
        assertEquals(ConfigFile.Integrity.SEALED, store.read(file).integrity());
        assertEquals(values, store.read(file).values());
        assertEquals(hand, Files.readString(ConfigStore.backupOf(file)));
    }

    @Test
    void aRewriteReplacesTheHeaderAndTheSealInsteadOfPilingThemUp() throws Exception {
        Path file = dir.resolve("kiosk.properties");
        store.write(file, Map.of("site.region", "620102"));
        Files.writeString(file, Files.readString(file) + "site.phone=12345\n");
        ConfigFile appended = store.read(file);
        assertEquals(ConfigFile.Integrity.EDITED, appended.integrity(), "a line added after the seal");
        assertTrue(appended.detail().startsWith("lines were added by hand after the seal budayang provision wrote"),
                appended.detail());

        String text = new ConfigStore(Clock.fixed(Instant.parse("2026-11-27T09:30:00Z"), ZoneOffset.UTC), "the kiosk")
                .write(file, Map.of("site.region", "620102", "site.phone", "12345"));

        assertEquals(1, text.lines().filter(line -> line.startsWith(ConfigStore.HEADER)).count(), text);
        assertEquals(1, text.lines().filter(line -> line.equals(ConfigStore.HINT)).count(), text);
        assertEquals(1, text.lines().filter(line -> line.startsWith("# end sha256=")).count(), text);
        assertTrue(text.startsWith(ConfigStore.HEADER + "the kiosk at 2026-11-27T09:30:00Z\n"), text);
        assertEquals(ConfigFile.Integrity.SEALED, store.read(file).integrity());
        ConfigFile sealed = store.read(file);
        Files.writeString(file, Files.readString(file).replace("620102", "620103"));
        assertTrue(store.read(file).detail().contains("changed by hand since the kiosk wrote it"),
                store.read(file).detail());
        assertEquals(Map.of("site.region", "620102", "site.phone", "12345"), sealed.values());
    }

    @Test
    void unreadableAbsentAndLeftoverFilesAreNamed() throws Exception {
        Path latin = dir.resolve("latin1.properties");
        Files.write(latin, "site.name=caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        ConfigFile notUtf8 = store.read(latin);
        assertEquals(ConfigFile.Integrity.UNREADABLE, notUtf8.integrity());
        assertTrue(notUtf8.detail().contains("not valid UTF-8"), notUtf8.detail());

        Path absent = dir.resolve("kiosk.properties");
        Files.writeString(dir.resolve("kiosk.properties.tmp"), "site.na");
        ConfigFile none = store.read(absent);
        assertEquals(ConfigFile.Integrity.ABSENT, none.integrity());
        assertTrue(none.detail().contains("kiosk.properties.tmp is left from an interrupted write"), none.detail());
        assertFalse(none.integrity().usable());

        store.write(absent, Map.of("site.region", "620102"));
        assertFalse(Files.exists(dir.resolve("kiosk.properties.tmp")), "the leftover is overwritten and renamed");
        assertFalse(Files.exists(ConfigStore.backupOf(absent)), "nothing to back up");
    }
}
