package org.budayang.provisioning.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
        assertEquals(java.util.List.copyOf(values.keySet()), java.util.List.copyOf(read.values().keySet()));
        Properties plain = new Properties();
        plain.load(new java.io.StringReader(Files.readString(file, StandardCharsets.UTF_8)));
        assertEquals(values.get("site.name"), plain.getProperty("site.name"));
        assertTrue(text.startsWith(ConfigStore.HEADER + " at 2026-11-27T08:00:00Z\n"), text);
        assertTrue(text.matches("(?s).*\\n# end sha256=[0-9a-f]{64}\\n"), text);
    }

    @Test
    void aFileCutInsideItsSealLineIsHalfWritten() throws Exception {
        Path file = dir.resolve("k.properties");
        store.write(file, Map.of("site.region", "620102"));
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(whole, whole.length - 10));

        assertEquals(ConfigFile.Integrity.HALF_WRITTEN, store.read(file).integrity());
    }
}
