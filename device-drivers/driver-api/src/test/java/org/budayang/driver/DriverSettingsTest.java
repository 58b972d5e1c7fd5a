package org.budayang.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class DriverSettingsTest {
    enum Parity { NONE, EVEN, ODD }

    private static final DriverSettings PRINTER = DriverSettings.of("receiptPrinter", Map.of(
            "port", " /dev/ttyUSB0 ",
            "baud", "115200",
            "parity", "even",
            "timeout", "1500ms",
            "idle", "PT2M",
            "queue", ""));

    @Test
    void readsTypedValuesWithWhitespaceStripped() {
        assertEquals("receiptPrinter", PRINTER.role());
        assertEquals("/dev/ttyUSB0", PRINTER.string("port"));
        assertEquals(115200, PRINTER.integer("baud", 1200, 921600));
        assertEquals(Parity.EVEN, PRINTER.enumValue("parity", Parity.class));
        assertEquals(Duration.ofMillis(1500), PRINTER.duration("timeout", Duration.ZERO, Duration.ofSeconds(10)));
        assertEquals(Duration.ofMinutes(2), PRINTER.duration("idle", Duration.ofMinutes(1), Duration.ofHours(1)));
    }

    @Test
    void optionalGettersAreEmptyOnlyForAbsentKeys() {
        assertEquals(Optional.empty(), PRINTER.optionalString("host"));
        assertEquals(OptionalInt.empty(), PRINTER.optionalInteger("stopBits", 1, 2));
        assertEquals(Optional.empty(), PRINTER.optionalEnum("flow", Parity.class));
        assertEquals(Optional.empty(), PRINTER.optionalDuration("retry", Duration.ZERO, Duration.ofSeconds(1)));
        assertEquals(OptionalInt.of(115200), PRINTER.optionalInteger("baud", 1200, 921600));

        DriverConfigurationException empty = assertThrows(DriverConfigurationException.class,
                () -> PRINTER.optionalString("queue"));
        assertEquals("[DRV-CFG-INVALID] receiptPrinter: setting 'queue' has value '', which is not accepted;"
                + " accepted: any non-empty text", empty.getMessage());
    }

    @Test
    void aMissingRequiredSettingNamesRoleKeyAndWhatIsAccepted() {
        DriverConfigurationException error = assertRefused(() -> PRINTER.string("host"));
        assertEquals("[DRV-CFG-MISSING] receiptPrinter: setting 'host' is missing; accepted: any non-empty text",
                error.getMessage());
        assertEquals(DriverConfigurationException.Reason.MISSING, error.reason());
        assertEquals("DRV-CFG-MISSING", error.code());
        assertEquals("receiptPrinter", error.role());
        assertEquals("host", error.key());
        assertEquals(Optional.empty(), error.value());

        assertEquals("[DRV-CFG-MISSING] receiptPrinter: setting 'stopBits' is missing; accepted: an integer from 1"
                + " to 2", assertRefused(() -> PRINTER.integer("stopBits", 1, 2)).getMessage());
        assertEquals("[DRV-CFG-MISSING] receiptPrinter: setting 'flow' is missing; accepted: one of none, even, odd"
                + " (any case)", assertRefused(() -> PRINTER.enumValue("flow", Parity.class)).getMessage());
        assertEquals("[DRV-CFG-MISSING] receiptPrinter: setting 'retry' is missing; accepted: a duration such as"
                        + " 500ms, 5s, 2m, 1h or ISO-8601 PT1.5S, from 100ms to 30s",
                assertRefused(() -> PRINTER.duration("retry", Duration.ofMillis(100), Duration.ofSeconds(30)))
                        .getMessage());
    }

    @Test
    void aBadIntegerNamesTheValueAndTheRange() {
        DriverSettings settings = DriverSettings.of("cashAcceptor",
                Map.of("baud", "96000x", "address", "17", "big", "99999999999"));

        DriverConfigurationException notNumber = assertRefused(() -> settings.integer("baud", 1200, 921600));
        assertEquals("[DRV-CFG-INVALID] cashAcceptor: setting 'baud' has value '96000x', which is not accepted;"
                + " accepted: an integer from 1200 to 921600", notNumber.getMessage());
        assertEquals(Optional.of("96000x"), notNumber.value());
        assertEquals("an integer from 1200 to 921600", notNumber.accepted());

        assertEquals("[DRV-CFG-INVALID] cashAcceptor: setting 'address' has value '17', which is not accepted;"
                + " accepted: an integer from 0 to 16", assertRefused(() -> settings.integer("address", 0, 16))
                .getMessage());
        assertRefused(() -> settings.optionalInteger("big", Integer.MIN_VALUE, Integer.MAX_VALUE));
    }

    @Test
    void integerBoundsAreInclusive() {
        DriverSettings settings = DriverSettings.of("cashAcceptor", Map.of("low", "0", "high", "16"));
        assertEquals(0, settings.integer("low", 0, 16));
        assertEquals(16, settings.integer("high", 0, 16));
    }

    @Test
    void aBadEnumListsTheConstants() {
        DriverSettings settings = DriverSettings.of("receiptPrinter", Map.of("parity", "uneven", "p2", "OdD"));

        assertEquals("[DRV-CFG-INVALID] receiptPrinter: setting 'parity' has value 'uneven', which is not accepted;"
                + " accepted: one of none, even, odd (any case)",
                assertRefused(() -> settings.enumValue("parity", Parity.class)).getMessage());
        assertEquals(Parity.ODD, settings.enumValue("p2", Parity.class));
    }

    @Test
    void aBadDurationNamesTheSyntaxAndRange() {
        DriverSettings settings = DriverSettings.of("camera",
                Map.of("frame", "5 seconds", "warmup", "2m", "negative", "PT-1S"));
        String accepted = "accepted: a duration such as 500ms, 5s, 2m, 1h or ISO-8601 PT1.5S, from 0s to 1m";

        assertEquals("[DRV-CFG-INVALID] camera: setting 'frame' has value '5 seconds', which is not accepted; "
                + accepted, assertRefused(() -> settings.duration("frame", Duration.ZERO, Duration.ofMinutes(1)))
                .getMessage());
        assertEquals("[DRV-CFG-INVALID] camera: setting 'warmup' has value '2m', which is not accepted; " + accepted,
                assertRefused(() -> settings.duration("warmup", Duration.ZERO, Duration.ofMinutes(1))).getMessage());
        assertRefused(() -> settings.duration("negative", Duration.ZERO, Duration.ofMinutes(1)));
    }

    @Test
    void requireOnlyRefusesAMisspeltKey() {
        DriverSettings settings = DriverSettings.of("idCardReader", Map.of("port", "/dev/ttyS0", "buad", "9600"));

        DriverConfigurationException error = assertRefused(
                () -> settings.requireOnly(Set.of("port", "baud", "timeout")));
        assertEquals("[DRV-CFG-UNKNOWN-KEY] idCardReader: setting 'buad' (value '9600') is not known to this driver;"
                + " accepted: the keys baud, port, timeout", error.getMessage());
        assertEquals("DRV-CFG-UNKNOWN-KEY", error.code());
        DriverSettings known = DriverSettings.of("idCardReader", Map.of("port", "/dev/ttyS0"));
        assertSame(known, known.requireOnly(Set.of("port", "baud")));
    }

    @Test
    void theSettingsAreACopyThatCannotChange() {
        Map<String, String> source = new HashMap<>(Map.of("port", "/dev/ttyUSB0"));
        DriverSettings settings = DriverSettings.of("receiptPrinter", source);
        source.put("port", "/dev/ttyUSB1");
        source.put("baud", "9600");

        assertEquals("/dev/ttyUSB0", settings.string("port"));
        assertEquals(Set.of("port"), settings.keys());
        assertThrows(UnsupportedOperationException.class, () -> settings.asMap().put("baud", "9600"));
        assertEquals(List.of("baud", "idle", "parity", "port", "queue", "timeout"), List.copyOf(PRINTER.keys()));
    }

    @Test
    void malformedInputIsRefusedAtConstruction() {
        Map<String, String> nullValue = new HashMap<>();
        nullValue.put("port", null);
        assertEquals("receiptPrinter: setting 'port' has no value (null)", assertThrows(IllegalArgumentException.class,
                () -> DriverSettings.of("receiptPrinter", nullValue)).getMessage());
        assertEquals("receiptPrinter: a setting has a blank key (value '9600')", assertThrows(
                IllegalArgumentException.class, () -> DriverSettings.of("receiptPrinter", Map.of(" ", "9600")))
                .getMessage());
        assertEquals("DriverSettings.role must name the device role, got a blank role", assertThrows(
                IllegalArgumentException.class, () -> DriverSettings.of("", Map.of())).getMessage());
    }

    @Test
    void toStringShowsKeysButNotValues() {
        DriverSettings settings = DriverSettings.of("documentPrinter", Map.of("password", "s3cret", "queue", "a4"));
        assertEquals("DriverSettings[documentPrinter, keys=[password, queue]]", settings.toString());
    }

    private static DriverConfigurationException assertRefused(Executable call) {
        return assertThrows(DriverConfigurationException.class, call);
    }
}
