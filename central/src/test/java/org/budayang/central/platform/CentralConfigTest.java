package org.budayang.central.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.budayang.central.config.CentralConfig;
import org.budayang.central.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CentralConfigTest {
    private static final String HASH = "pbkdf2-sha256:600000:AAAAAAAAAAAAAAAAAAAAAA==:"
            + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";
    private static final String ENROL_INSTEAD = "was removed: kiosk secrets (#4) no longer exist, kiosks authenticate "
            + "with the client certificate from enrolment only (decision 0014). Delete the kiosk.* lines and enrol "
            + "each kiosk instead: central ops create an enrolment code (POST /api/v1/ops/enrolment-codes)";

    @TempDir
    Path dir;

    @Test
    void withoutAFileEveryDefaultApplies() {
        CentralConfig config = CentralConfig.load(Optional.empty(), dir);
        assertEquals("jdbc:h2:file:" + dir.toAbsolutePath().resolve("central")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", config.database().jdbcUrl());
        assertEquals(1024 * 1024, config.maxBodyBytes());
        assertEquals(Duration.ofDays(7), config.idempotencyRetention());
        assertEquals(Map.of(), config.section("connectors"));
    }

    @Test
    void aFullFileIsReadAsUtf8AndFeatureSectionsArePassedThrough() throws IOException {
        Path file = dir.resolve("central.properties");
        Files.writeString(file, String.join("\n",
                "db.url=jdbc:postgresql://db.example:5432/central",
                "db.user=central",
                "db.password=s3cret",
                "db.poolSize=20",
                "http.maxBodyBytes=2097152",
                "idempotency.retention=P30D",
                "connectors.tax.mode=sandbox",
                "sandbox.agency=兰州市城关区税务局",
                "identity.face.threshold=0.62",
                "documents.seal=var/seal.png"), StandardCharsets.UTF_8);
        CentralConfig config = CentralConfig.load(Optional.of(file), dir);
        assertEquals("jdbc:postgresql://db.example:5432/central", config.database().jdbcUrl());
        assertEquals("central", config.database().user());
        assertEquals(20, config.database().poolSize());
        assertEquals(2097152, config.maxBodyBytes());
        assertEquals(Duration.ofDays(30), config.idempotencyRetention());
        assertEquals(Map.of("tax.mode", "sandbox"), config.section("connectors"));
        assertEquals("兰州市城关区税务局", config.section("sandbox").get("agency"));
        assertEquals("0.62", config.section("identity").get("face.threshold"));
        assertTrue(!config.toString().contains("s3cret"), config.toString());
    }

    @Test
    void badKeysAndValuesStopTheStartNamingKeyValueAndWhatIsAccepted() {
        assertRefused("dbx.url", "x", "'dbx.url' is unknown; accepted keys: db.url");
        assertRefused("db.poolsize", "5", "'db.poolsize' is unknown");
        assertRefused("db.poolSize", "500", "'db.poolSize' has the value '500'; expected a whole number of "
                + "connections, 1..200");
        assertRefused("http.maxBodyBytes", "1MB", "'http.maxBodyBytes' has the value '1MB'");
        assertRefused("idempotency.retention", "7 days", "e.g. P7D");
        assertRefused("db.url", "jdbc:mysql://x/y", "jdbc:postgresql://");
        assertRefused("kiosk.KSK-620102-0001.secretHash", HASH, "'kiosk.KSK-620102-0001.secretHash' "
                + ENROL_INSTEAD);
        assertRefused("kiosk.KSK-1.secret", "plain", "'kiosk.KSK-1.secret' " + ENROL_INSTEAD);
        assertRefused("loglevel", "DEBUG", "'loglevel' is unknown");
    }

    @Test
    void aMissingOrNonUtf8FileIsNamed() throws IOException {
        Path missing = dir.resolve("nope.properties");
        ConfigException e = assertThrows(ConfigException.class, () -> CentralConfig.load(Optional.of(missing), dir));
        assertTrue(e.getMessage().contains(missing.toString()) && e.getMessage().contains("does not exist"),
                e.getMessage());
        Path gbk = dir.resolve("gbk.properties");
        Files.write(gbk, "sandbox.agency=兰州".getBytes("GBK"));
        ConfigException notUtf8 = assertThrows(ConfigException.class, () -> CentralConfig.load(Optional.of(gbk), dir));
        assertTrue(notUtf8.getMessage().contains("not UTF-8"), notUtf8.getMessage());
    }

    private void assertRefused(String key, String value, String expected) {
        Properties properties = new Properties();
        properties.setProperty(key, value);
        ConfigException e = assertThrows(ConfigException.class, () -> CentralConfig.of(properties, dir), key);
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
