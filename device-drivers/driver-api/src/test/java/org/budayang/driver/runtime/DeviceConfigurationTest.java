package org.budayang.driver.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.budayang.driver.Device;
import org.budayang.driver.DriverConfigurationException;
import org.budayang.driver.LifecycleState;
import org.junit.jupiter.api.Test;

class DeviceConfigurationTest {
    private final DriverRegistry registry = DriverRegistry.builder().withoutServiceLoader()
            .provider(new TestProviders.Good()).provider(new TestProviders.Other()).build();

    private DriverConfigurationException refused(Map<String, String> properties) {
        return assertThrows(DriverConfigurationException.class, () -> DeviceConfiguration.parse(properties, registry));
    }

    @Test
    void rolesMapToDriversAndSettingsAndOtherKeysAreLeftAlone() {
        DeviceConfiguration configuration = DeviceConfiguration.parse(Map.of(
                "device.idCardReader.driver", "good-one",
                "device.idCardReader.port", "/dev/ttyUSB0",
                "device.idCardReader.baud", "9600",
                "device.documentPrinter.driver", "other",
                "device.documentPrinter.queue", "A4",
                "central.url", "https://central.example"), registry);
        assertEquals(List.of("idCardReader", "documentPrinter"), List.copyOf(configuration.roles().keySet()));
        DeviceConfiguration.RoleConfiguration reader = configuration.roles().get("idCardReader");
        assertEquals("good-one", reader.provider().name());
        assertEquals(Map.of("port", "/dev/ttyUSB0", "baud", "9600"), reader.settings().asMap());
        assertEquals(List.of("socialCardReader", "receiptPrinter", "cashAcceptor", "camera", "qrScanner"),
                configuration.unconfiguredRoles());

        Clock clock = Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC);
        Map<String, Device> devices = configuration.createDevices(clock);
        assertEquals("good-one", devices.get("idCardReader").driverName());
        assertEquals("documentPrinter", devices.get("documentPrinter").role());
        assertEquals(LifecycleState.CLOSED, devices.get("idCardReader").state());
        assertEquals(clock, ((TestProviders.InertDevice) devices.get("idCardReader")).context.clock());
    }

    @Test
    void anUnknownRoleNamesTheKeyAndTheRoles() {
        DriverConfigurationException e = refused(Map.of("device.idcardreader.driver", "good-one"));
        assertEquals("device.idcardreader.driver", e.key());
        assertEquals("[DRV-CFG-UNKNOWN-KEY] idcardreader: setting 'device.idcardreader.driver' (value 'good-one') is"
                + " not known to this driver; accepted: the roles idCardReader, socialCardReader, receiptPrinter,"
                + " documentPrinter, cashAcceptor, camera, qrScanner (keys device.<role>.driver and"
                + " device.<role>.<setting>)", e.getMessage());
        assertEquals("device.camera", refused(Map.of("device.camera", "x")).key());
    }

    @Test
    void anUnknownDriverListsTheAvailableOnes() {
        DriverConfigurationException e = refused(Map.of("device.receiptPrinter.driver", "escpos"));
        assertEquals("[DRV-CFG-INVALID] receiptPrinter: setting 'device.receiptPrinter.driver' has value 'escpos',"
                + " which is not accepted; accepted: a driver name: good-one, other", e.getMessage());
    }

    @Test
    void settingsWithoutADriverAreRefused() {
        DriverConfigurationException e = refused(Map.of("device.cashAcceptor.port", "/dev/ttyS1"));
        assertEquals(DriverConfigurationException.Reason.MISSING, e.reason());
        assertEquals("device.cashAcceptor.driver", e.key());
    }

    @Test
    void aSettingTheDriverDoesNotKnowIsRefusedWithTheKnownOnes() {
        DriverConfigurationException e = refused(Map.of("device.idCardReader.driver", "good-one",
                "device.idCardReader.bad", "9600"));
        assertEquals("device.idCardReader.bad", e.key());
        assertEquals("9600", e.value().orElseThrow());
        assertTrue(e.getMessage().endsWith("accepted: for driver good-one the settings baud, link, port"),
                e.getMessage());
    }
}
