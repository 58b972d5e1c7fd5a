package org.budayang.kiosk.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.budayang.api.catalog.DeviceRole;
import org.budayang.driver.Health;
import org.budayang.driver.runtime.DriverRegistry;
import org.budayang.kiosk.core.config.ConfigException;
import org.budayang.kiosk.core.config.KioskConfig;
import org.budayang.kiosk.identity.ReaderRig;
import org.junit.jupiter.api.Test;

/** The device configuration refused loudly at start: the file, the key, the value, the role, the installed drivers. */
class KioskDevicesTest {
    private static final Path FILE = Path.of("/etc/budayang/kiosk.properties");
    private final DeviceBoard board = new DeviceBoard(Clock.systemUTC(), Runnable::run);
    private final DriverRegistry registry = DriverRegistry.builder().build();

    private KioskConfig withDevice(DeviceRole role, String driver, Map<String, String> settings) {
        return KioskConfig.builder(Path.of("/tmp/budayang-test")).device(role, driver, settings).build();
    }

    @Test
    void aDriverThatIsNotInstalledNamesFileRoleDriverAndTheInstalledOnes() {
        KioskConfig config = withDevice(DeviceRole.CASH_ACCEPTOR, "cash-ccnet",
                Map.of("link", "tcp", "host", "10.0.0.5", "tcpPort", "9100"));
        ConfigException e = assertThrows(ConfigException.class, () -> KioskDevices.create(config, FILE, registry,
                board, Clock.systemUTC()));
        assertTrue(e.getMessage().startsWith("Kiosk configuration /etc/budayang/kiosk.properties: key"
                + " 'device.cashAcceptor.driver' has the value 'cash-ccnet', which is not accepted"), e.getMessage());
        assertTrue(e.getMessage().contains("role cashAcceptor; installed drivers: "), e.getMessage());
        assertTrue(e.getMessage().contains("escpos") && e.getMessage().contains("idcard-sam"), e.getMessage());
        assertTrue(e.getMessage().contains("cash-ssp"), "the cash driver the kiosk ships is listed: "
                + e.getMessage());
    }

    @Test
    void aSettingTheDriverRefusesNamesTheFullKey() {
        KioskConfig config = withDevice(DeviceRole.ID_CARD_READER, "idcard-sam",
                Map.of("link", "tcp", "host", "127.0.0.1", "tcpPort", "99999"));
        ConfigException e = assertThrows(ConfigException.class, () -> KioskDevices.create(config, FILE, registry,
                board, Clock.systemUTC()));
        assertTrue(e.getMessage().startsWith("Kiosk configuration /etc/budayang/kiosk.properties: key"
                + " 'device.idCardReader.tcpPort' has the value '99999'"), e.getMessage());
        assertTrue(e.getMessage().contains("role idCardReader"), e.getMessage());
    }

    @Test
    void unconfiguredRolesAreNotConfiguredAndAnUnreachableReaderIsOffline() {
        KioskConfig config = withDevice(DeviceRole.ID_CARD_READER, "idcard-sam",
                Map.of("link", "tcp", "host", "127.0.0.1", "tcpPort", "1", "connectTimeout", "200ms"));
        try (KioskDevices devices = KioskDevices.create(config, FILE, registry, board, Clock.systemUTC())) {
            assertTrue(devices.idCardReader().isPresent());
            assertEquals(Health.NOT_CONFIGURED, board.status(DeviceRole.CASH_ACCEPTOR).health());
            devices.start();
            ReaderRig.await("the reader OFFLINE", () -> board.status(DeviceRole.ID_CARD_READER).health()
                    == Health.OFFLINE && board.status(DeviceRole.ID_CARD_READER).detail().contains("127.0.0.1:1"),
                    Duration.ofSeconds(3));
            assertEquals(Health.NOT_CONFIGURED, board.status(DeviceRole.CASH_ACCEPTOR).health());
        }
    }
}
