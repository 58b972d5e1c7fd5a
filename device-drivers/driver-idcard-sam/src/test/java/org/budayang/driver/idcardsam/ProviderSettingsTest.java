package org.budayang.driver.idcardsam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.budayang.driver.DriverConfigurationException;
import org.budayang.driver.DriverContext;
import org.budayang.driver.DriverSettings;
import org.budayang.driver.idcard.IdCardReader;
import org.junit.jupiter.api.Test;

/** The provider ServiceLoader finds (links through Links.opener) checks every setting when it creates the driver. */
class ProviderSettingsTest {
    private final SamIdCardReaderProvider provider = new SamIdCardReaderProvider();

    @Test
    void theProviderNamesItselfAndItsKeys() {
        assertEquals("idcard-sam", provider.name());
        assertEquals(IdCardReader.class, provider.deviceType());
        assertEquals(Set.of("link", "port", "baud", "host", "tcpPort", "connectTimeout", "pollInterval",
                "commandTimeout", "readAttempts", "fingerprint"), provider.settingKeys());
    }

    @Test
    void theProviderRefusesBadSettingsNamingKeyAndValue() {
        DriverConfigurationException unknown = assertThrows(DriverConfigurationException.class,
                () -> create(Map.of("link", "tcp", "host", "h", "tcpPort", "1", "polInterval", "1s")));
        assertEquals("DRV-CFG-UNKNOWN-KEY", unknown.code());
        assertEquals("polInterval", unknown.key());
        DriverConfigurationException attempts = assertThrows(DriverConfigurationException.class,
                () -> create(Map.of("link", "tcp", "host", "h", "tcpPort", "1", "readAttempts", "0")));
        assertEquals("[DRV-CFG-INVALID] idCardReader: setting 'readAttempts' has value '0', which is not accepted;"
                + " accepted: an integer from 1 to 10", attempts.getMessage());
        DriverConfigurationException fingerprint = assertThrows(DriverConfigurationException.class,
                () -> create(Map.of("link", "tcp", "host", "h", "tcpPort", "1", "fingerprint", "yes")));
        assertEquals("[DRV-CFG-INVALID] idCardReader: setting 'fingerprint' has value 'yes', which is not accepted;"
                + " accepted: true or false", fingerprint.getMessage());
        DriverConfigurationException relative = assertThrows(DriverConfigurationException.class,
                () -> create(Map.of("link", "serial", "port", "ttyUSB0")));
        assertEquals("port", relative.key());
        DriverConfigurationException mixed = assertThrows(DriverConfigurationException.class,
                () -> create(Map.of("link", "serial", "port", "/dev/ttyUSB0", "tcpPort", "9100")));
        assertEquals("tcpPort", mixed.key());
    }

    @Test
    void goodSettingsGiveTheDriverItsSettingsWithoutOpeningAnything() {
        SamIdCardReader reader = assertInstanceOf(SamIdCardReader.class, create(Map.of("link", "serial",
                "port", "/dev/ttyUSB9", "baud", "9600", "commandTimeout", "2s", "fingerprint", "true")));
        assertEquals(new SamSettings(Duration.ofSeconds(1), Duration.ofSeconds(2), 3, true), reader.settings());
        assertEquals("idCardReader", reader.role());
    }

    private Object create(Map<String, String> values) {
        return provider.create(new DriverContext("idCardReader", DriverSettings.of("idCardReader", values),
                Clock.systemUTC()));
    }
}
