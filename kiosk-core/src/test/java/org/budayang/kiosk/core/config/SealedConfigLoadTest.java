package org.budayang.kiosk.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kiosk reads the files provision writes: the header and seal are comments, a cut file is refused. */
class SealedConfigLoadTest {
    @TempDir
    Path dir;

    private Path writtenByProvision() throws Exception {
        Map<String, String> values = ConfigRulesTest.complete();
        values.put("site.name", "临夏市政务服务中心");
        values.put("idle.timeout.seconds", "90");
        values.put("device.receiptPrinter.driver", "escpos");
        values.put("device.receiptPrinter.link", "tcp");
        values.put("device.receiptPrinter.host", "10.0.0.5");
        values.put("device.receiptPrinter.tcpPort", "9100");
        Path file = dir.resolve("kiosk.properties");
        new ConfigStore(Clock.systemUTC()).write(file, values);
        return file;
    }

    @Test
    void aSealedFileLoadsWithEveryValue() throws Exception {
        Path file = writtenByProvision();
        assertTrue(Files.readString(file).startsWith(ConfigStore.HEADER + "budayang provision at "));

        KioskConfig config = KioskConfig.load(file);

        assertEquals("临夏市政务服务中心", config.siteName());
        assertEquals(Duration.ofSeconds(90), config.idleTimeout());
        assertEquals("10.0.0.5", config.deviceSettings().get("device.receiptPrinter.host"));
    }

    @Test
    void aFileEditedByHandAfterwardsStillLoads() throws Exception {
        Path file = writtenByProvision();
        Files.writeString(file, Files.readString(file).replace("idle.timeout.seconds=90", "idle.timeout.seconds=120"));

        assertEquals(Duration.ofSeconds(120), KioskConfig.load(file).idleTimeout());
    }

    @Test
    void aFileCutShortIsRefusedNamingTheBackupInsteadOfStartingWithoutItsLastLines() throws Exception {
        Path file = writtenByProvision();
        byte[] whole = Files.readAllBytes(file);
        String text = Files.readString(file);
        int cut = text.indexOf("device.receiptPrinter.host");
        Files.write(file, Arrays.copyOf(whole, text.substring(0, cut).getBytes(java.nio.charset.StandardCharsets.UTF_8)
                .length));
        assertEquals(java.util.List.of(), ConfigRules.check(new ConfigStore(Clock.systemUTC()).read(file).values()),
                "the shorter file alone would pass: only the missing seal tells it was cut");

        ConfigException e = assertThrows(ConfigException.class, () -> KioskConfig.load(file));

        assertTrue(e.getMessage().contains("the file is half-written: written by budayang provision but its last line"
                + " '# end sha256=…' is missing"), e.getMessage());
        assertTrue(e.getMessage().contains("restore " + ConfigStore.backupOf(file.toAbsolutePath())), e.getMessage());
        assertNull(e.key());
    }
}
