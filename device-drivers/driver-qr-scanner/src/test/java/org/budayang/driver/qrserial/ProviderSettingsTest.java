package org.budayang.driver.qrserial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.budayang.driver.DriverConfigurationException;
import org.budayang.driver.DriverContext;
import org.budayang.driver.DriverProvider;
import org.budayang.driver.DriverSettings;
import org.budayang.driver.LifecycleState;
import org.budayang.driver.link.Links;
import org.budayang.driver.scanner.CodeScanner;
import org.junit.jupiter.api.Test;

class ProviderSettingsTest {
    private static final String ROLE = "qrScanner";

    private static Map<String, String> serial(String... more) {
        Map<String, String> values = new HashMap<>(Map.of("link", "serial", "port", "/dev/ttyUSB0"));
        for (int i = 0; i < more.length; i += 2) {
            values.put(more[i], more[i + 1]);
        }
        return values;
    }

    private static QrSerialSettings read(Map<String, String> values) {
        return QrSerialSettings.from(DriverSettings.of(ROLE, values), Links.SETTING_KEYS);
    }

    @Test
    void theDriverIsFoundByNameThroughServiceLoader() {
        List<DriverProvider> found = ServiceLoader.load(DriverProvider.class).stream()
                .map(ServiceLoader.Provider::get).filter(provider -> provider.name().equals("qr-serial")).toList();
        assertEquals(1, found.size(), "exactly one qr-serial provider on the class path");
        assertEquals(CodeScanner.class, found.get(0).deviceType());
        assertTrue(found.get(0).settingKeys().containsAll(List.of("link", "port", "baud", "host", "tcpPort",
                "terminator", "encoding", "max-length", "line-timeout", "probe", "probe-timeout")),
                found.get(0).settingKeys().toString());
    }

    @Test
    void defaultsAreCrUtf8And2048BytesAnd300msAndNewland() {
        QrSerialSettings settings = read(serial());
        assertEquals(QrSerialSettings.defaults(), settings);
        assertEquals(Terminator.CR, settings.terminator());
        assertEquals(ScanEncoding.UTF_8, settings.encoding());
        assertEquals(2048, settings.maxLength());
        assertEquals(Duration.ofMillis(300), settings.lineTimeout());
        assertEquals(Probe.NEWLAND, settings.probe());
    }

    @Test
    void everySettingIsReadInAnyCase() {
        QrSerialSettings settings = read(serial("terminator", "CrLf", "encoding", "gb18030", "max-length", "512",
                "line-timeout", "150ms", "probe", "None", "probe-timeout", "2s"));
        assertEquals(new QrSerialSettings(Terminator.CRLF, ScanEncoding.GB18030, 512, Duration.ofMillis(150),
                Probe.NONE, Duration.ofSeconds(2)), settings);
        assertEquals(ScanEncoding.UTF_8, read(serial("encoding", "utf8")).encoding());
        assertEquals(ScanEncoding.GBK, read(serial("encoding", "GBK")).encoding());
        assertEquals(Terminator.TAB, read(serial("terminator", "tab")).terminator());
    }

    @Test
    void badValuesNameTheRoleKeyValueAndWhatIsAccepted() {
        DriverConfigurationException encoding = assertThrows(DriverConfigurationException.class,
                () -> read(serial("encoding", "Big5")));
        assertEquals("[DRV-CFG-INVALID] qrScanner: setting 'encoding' has value 'Big5', which is not accepted;"
                + " accepted: UTF-8, GB18030 or GBK (any case)", encoding.getMessage());
        DriverConfigurationException terminator = assertThrows(DriverConfigurationException.class,
                () -> read(serial("terminator", "ETX")));
        assertTrue(terminator.getMessage().contains("'terminator' has value 'ETX'")
                && terminator.getMessage().contains("cr, lf, crlf or tab"), terminator.getMessage());
        DriverConfigurationException probe = assertThrows(DriverConfigurationException.class,
                () -> read(serial("probe", "zebra")));
        assertTrue(probe.getMessage().contains("newland, honeywell or none"), probe.getMessage());
        DriverConfigurationException length = assertThrows(DriverConfigurationException.class,
                () -> read(serial("max-length", "8")));
        assertTrue(length.getMessage().contains("an integer from 16 to 65536"), length.getMessage());
        DriverConfigurationException timeout = assertThrows(DriverConfigurationException.class,
                () -> read(serial("line-timeout", "5ms")));
        assertEquals("line-timeout", timeout.key());
    }

    @Test
    void aMisspeltKeyIsRefusedNotIgnored() {
        DriverConfigurationException unknown = assertThrows(DriverConfigurationException.class,
                () -> read(serial("maxLength", "100")));
        assertEquals(DriverConfigurationException.Reason.UNKNOWN_KEY, unknown.reason());
        assertTrue(unknown.getMessage().contains("max-length"), "the message lists the accepted keys: "
                + unknown.getMessage());
    }

    @Test
    void theProviderBuildsAClosedScannerAndChecksTheLinkKeysAtOnce() {
        QrSerialScannerProvider provider = new QrSerialScannerProvider();
        CodeScanner scanner = (CodeScanner) provider.create(new DriverContext(ROLE, DriverSettings.of(ROLE,
                serial("probe", "honeywell")), Clock.systemUTC()));
        assertEquals(LifecycleState.CLOSED, scanner.state());
        assertEquals("qr-serial", scanner.driverName());
        assertEquals(ROLE, scanner.role());
        DriverConfigurationException noPort = assertThrows(DriverConfigurationException.class,
                () -> provider.create(new DriverContext(ROLE, DriverSettings.of(ROLE, Map.of("link", "serial")),
                        Clock.systemUTC())));
        assertEquals("port", noPort.key());
    }

    @Test
    void recordRefusesValuesOutOfRangeNamingTheField() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new QrSerialSettings(Terminator.CR, ScanEncoding.UTF_8, 10, Duration.ofMillis(300), Probe.NONE,
                        Duration.ofSeconds(1)));
        assertTrue(refused.getMessage().contains("maxLength") && refused.getMessage().contains("10"),
                refused.getMessage());
    }
}
