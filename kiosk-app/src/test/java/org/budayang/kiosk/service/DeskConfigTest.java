package org.budayang.kiosk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.budayang.kiosk.core.config.ConfigException;
import org.budayang.kiosk.core.config.KioskConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The desk's and the fleet's configuration keys: fleet.heartbeatInterval, journal.retention, site.phone; the kiosk
 * secret's keys of #4 (kiosk.id, kiosk.secretFile) are refused with the way to enrol instead.
 */
class DeskConfigTest {
    @TempDir
    Path dir;

    private Path write(String extra) throws IOException {
        Path file = dir.resolve("kiosk.properties");
        Files.writeString(file, "site.name=兰州市城关区政务服务中心\nsite.region=620102\ncentral.url=http://127.0.0.1:8080\n"
                + "data.dir=data\ntechnician.pin.hash=" + KioskConfig.DEMO_PIN_HASH + "\n" + extra,
                StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void theKeysAreRead() throws IOException {
        KioskConfig config = KioskConfig.load(write("fleet.heartbeatInterval=PT45S\n"
                + "journal.retention=PT12H\nsite.phone=0931-8888888\n"));
        assertEquals(Duration.ofSeconds(45), config.heartbeatInterval());
        assertEquals(Duration.ofHours(12), config.journalRetention());
        assertEquals("0931-8888888", config.sitePhone());
        assertEquals(config.dataDir().resolve("journal"), config.journalDir());
    }

    @Test
    void withoutTheKeysTheDefaultsApply() throws IOException {
        KioskConfig config = KioskConfig.load(write(""));
        assertEquals(Duration.ofSeconds(30), config.heartbeatInterval());
        assertEquals(Duration.ofDays(7), config.journalRetention());
        assertEquals("12345", config.sitePhone());
    }

    @Test
    void badValuesAreRefusedNamingTheKeyTheValueAndWhatIsAccepted() throws IOException {
        assertMessage("fleet.heartbeatInterval=PT2S\n", "'fleet.heartbeatInterval' has the value 'PT2S'", "PT5S");
        assertMessage("journal.retention=7 days\n", "'journal.retention' has the value '7 days'", "ISO-8601");
        assertMessage("journal.retention=P400D\n", "'journal.retention' has the value 'P400D'", "P366D");
        assertMessage("site.phone=call us\n", "'site.phone' has the value 'call us'", "digits");
    }

    @Test
    void aConfigurationWithTheKioskSecretIsRefusedSayingHowToEnrol() throws IOException {
        for (String line : new String[] {"kiosk.secretFile=secret/kiosk.txt\n", "kiosk.id=KSK-620102-0001\n"}) {
            String key = line.substring(0, line.indexOf('='));
            ConfigException e = assertThrows(ConfigException.class, () -> KioskConfig.load(write(line)));
            assertEquals(key, e.key());
            assertTrue(e.getMessage().contains("key '" + key + "' is no longer read"), e.getMessage());
            assertTrue(e.getMessage().contains("enrol the kiosk: technician panel or `provisioning enrol --code`"),
                    e.getMessage());
            assertFalse(e.getMessage().contains("secret/kiosk.txt"), "the value is not repeated: " + e.getMessage());
        }
    }

    private void assertMessage(String extra, String... parts) throws IOException {
        ConfigException e = assertThrows(ConfigException.class, () -> KioskConfig.load(write(extra)));
        for (String part : parts) {
            assertTrue(e.getMessage().contains(part), e.getMessage() + " should contain " + part);
        }
    }
}
