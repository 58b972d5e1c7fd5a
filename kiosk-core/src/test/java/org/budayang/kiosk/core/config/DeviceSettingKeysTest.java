package org.budayang.kiosk.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Driver settings are camelCase (idcard-sam) or hyphenated (qr-serial: probe-timeout, max-length). */
class DeviceSettingKeysTest {

    @ParameterizedTest
    @CsvSource({
        "device.idCardReader.pollInterval, true",
        "device.qrScanner.probe-timeout, true",
        "device.qrScanner.max-length, true",
        "device.qrScanner.line-timeout, true",
        "device.qrScanner.-probe, false",
        "device.qrScanner.probe-, false",
        "device.qrScanner.probe--timeout, false",
        "device.qrScanner.probe_timeout, false",
        "device.fingerprintReader.driver, false"
    })
    void acceptsCamelCaseAndHyphenatedSettingNames(String key, boolean accepted) {
        assertEquals(accepted, ConfigRules.deviceKey(key));
    }
}
