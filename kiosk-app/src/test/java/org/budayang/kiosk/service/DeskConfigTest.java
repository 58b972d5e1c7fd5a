package org.budayang.kiosk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.budayang.kiosk.config.ConfigException;
import org.budayang.kiosk.config.KioskConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The desk's configuration keys: kiosk.id + kiosk.secretFile, journal.retention, site.phone. */
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
    void theKeysAreReadWithTheSecretFileRelativeToTheConfigurationsFolder() throws IOException {
        KioskConfig config = KioskConfig.load(write("kiosk.id=KSK-620102-0001\nkiosk.secretFile=secret/kiosk.txt\n"
                + "journal.retention=PT12H\nsite.phone=0931-8888888\n"));
        assertEquals(new KioskConfig.Credentials("KSK-620102-0001", dir.resolve("secret/kiosk.txt")),
                config.credentials().orElseThrow());
        assertEquals(Duration.ofHours(12), config.journalRetention());
        assertEquals("0931-8888888", config.sitePhone());
        assertEquals(config.dataDir().resolve("journal"), config.journalDir());
    }

    @Test
    void withoutTheKeysTheDefaultsApplyAndNoCredentials() throws IOException {
        KioskConfig config = KioskConfig.load(write(""));
        assertTrue(config.credentials().isEmpty());
        assertEquals(Duration.ofDays(7), config.journalRetention());
        assertEquals("12345", config.sitePhone());
    }

    @Test
    void badValuesAreRefusedNamingTheKeyTheValueAndWhatIsAccepted() throws IOException {
        assertMessage("kiosk.id=KSK-620102-0001\n", "key 'kiosk.secretFile' is missing", "(kiosk.id is set)");
        assertMessage("kiosk.secretFile=s.txt\n", "key 'kiosk.id' is missing", "KSK-");
        assertMessage("kiosk.id=kiosk-1\nkiosk.secretFile=s.txt\n", "'kiosk.id' has the value 'kiosk-1'",
                "KSK-620102-0001");
        assertMessage("journal.retention=7 days\n", "'journal.retention' has the value '7 days'", "ISO-8601");
        assertMessage("journal.retention=P400D\n", "'journal.retention' has the value 'P400D'", "P366D");
        assertMessage("site.phone=call us\n", "'site.phone' has the value 'call us'", "digits");
    }

    private void assertMessage(String extra, String... parts) throws IOException {
        ConfigException e = assertThrows(ConfigException.class, () -> KioskConfig.load(write(extra)));
        for (String part : parts) {
            assertTrue(e.getMessage().contains(part), e.getMessage() + " should contain " + part);
        }
    }
}
