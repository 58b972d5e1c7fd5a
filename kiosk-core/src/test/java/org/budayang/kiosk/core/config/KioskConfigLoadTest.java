package org.budayang.kiosk.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.budayang.api.catalog.DeviceRole;
import org.budayang.kiosk.core.security.PinHasher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class KioskConfigLoadTest {
    @TempDir
    Path dir;

    /** The keys of a complete, valid file; tests change or drop one. */
    private Map<String, String> good() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("site.name", "临夏市政务服务中心 · 24小时自助服务区");
        p.put("site.region", "622901");
        p.put("central.url", "https://central.example.gov.cn:8443");
        p.put("data.dir", "data");
        p.put("idle.timeout.seconds", "90");
        p.put("idle.countdown.seconds", "15");
        p.put("technician.pin.hash", KioskConfig.DEMO_PIN_HASH);
        p.put("display.orientation", "portrait");
        p.put("display.theme", "elder");
        p.put("locale", "en");
        p.put("device.idCardReader.driver", "idcard-sam");
        p.put("device.idCardReader.link", "serial");
        p.put("device.idCardReader.port", "/dev/ttyUSB0");
        p.put("device.cashAcceptor.driver", "cash-ssp");
        return p;
    }

    private Path write(Map<String, String> properties) throws IOException {
        StringBuilder text = new StringBuilder("# test kiosk\n");
        properties.forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
        Path file = dir.resolve("kiosk.properties");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void readsEveryKeyOfAGoodFile() throws IOException {
        KioskConfig config = KioskConfig.load(write(good()));
        assertEquals("临夏市政务服务中心 · 24小时自助服务区", config.siteName());
        assertEquals("622901", config.regionCode());
        assertEquals(URI.create("https://central.example.gov.cn:8443"), config.centralUrl());
        assertEquals(dir.resolve("data").toAbsolutePath().normalize(), config.dataDir());
        assertEquals(Duration.ofSeconds(90), config.idleTimeout());
        assertEquals(Duration.ofSeconds(15), config.idleCountdown());
        assertEquals(KioskConfig.DEMO_PIN_HASH, config.technicianPinHash());
        assertEquals(Orientation.PORTRAIT, config.orientation());
        assertEquals(Theme.ELDER, config.theme());
        assertEquals(Locale.ENGLISH, config.locale());
        assertEquals(Map.of("device.idCardReader.driver", "idcard-sam", "device.idCardReader.link", "serial",
                "device.idCardReader.port", "/dev/ttyUSB0", "device.cashAcceptor.driver", "cash-ssp"),
                config.deviceSettings());
        assertEquals(Set.of(DeviceRole.ID_CARD_READER, DeviceRole.CASH_ACCEPTOR), config.configuredRoles());
        assertEquals(config.dataDir().resolve("cache"), config.cacheDir());
        assertEquals(config.dataDir().resolve("logs"), config.logDir());
    }

    @Test
    void relativeDataDirIsResolvedAgainstTheFilesFolderNotTheWorkingDirectory() throws IOException {
        Map<String, String> p = good();
        p.put("data.dir", "../var/kiosk");
        Path sub = Files.createDirectories(dir.resolve("etc"));
        Path file = sub.resolve("kiosk.properties");
        Files.move(write(p), file);
        assertEquals(dir.resolve("var/kiosk").toAbsolutePath().normalize(), KioskConfig.load(file).dataDir());
    }

    @Test
    void absoluteDataDirIsKept() throws IOException {
        Map<String, String> p = good();
        Path absolute = dir.resolve("elsewhere").toAbsolutePath();
        p.put("data.dir", absolute.toString());
        assertEquals(absolute, KioskConfig.load(write(p)).dataDir());
    }

    @Test
    void optionalKeysHaveDefaults() throws IOException {
        Map<String, String> p = good();
        for (String key : new String[] {"idle.timeout.seconds", "idle.countdown.seconds", "display.orientation",
            "display.theme", "locale", "device.idCardReader.driver", "device.idCardReader.link",
            "device.idCardReader.port", "device.cashAcceptor.driver"}) {
            p.remove(key);
        }
        KioskConfig config = KioskConfig.load(write(p));
        assertEquals(Duration.ofSeconds(60), config.idleTimeout());
        assertEquals(Duration.ofSeconds(10), config.idleCountdown());
        assertEquals(Orientation.LANDSCAPE, config.orientation());
        assertEquals(Theme.STANDARD, config.theme());
        assertEquals(Locale.SIMPLIFIED_CHINESE, config.locale());
        assertEquals(Map.of(), config.deviceSettings());
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
        "site.region|62010|6-digit administrative region code",
        "site.region|六二零一零二|6-digit administrative region code",
        "central.url|ftp://central:21|http:// or https://",
        "central.url|127.0.0.1:8080|http:// or https://",
        "central.url|http://central:8080/?x=1|http:// or https://",
        "central.url|http://exa mple|http:// or https://",
        "idle.timeout.seconds|14|whole seconds from 15 to 600",
        "idle.timeout.seconds|601|whole seconds from 15 to 600",
        "idle.timeout.seconds|1m|whole seconds from 15 to 600",
        "idle.countdown.seconds|4|whole seconds from 5 to 60",
        "idle.countdown.seconds|61|whole seconds from 5 to 60",
        "technician.pin.hash|246810|pbkdf2-sha256$<iterations>$<base64 salt>$<base64 hash>",
        "display.orientation|vertical|portrait or landscape",
        "display.theme|dark|standard or elder",
        "locale|chinese|zh_CN",
        "device.idCardReader|idcard-sam|key device.<role>.<setting> with role one of",
        "device.idCardReader.|idcard-sam|key device.<role>.<setting> with role one of",
    })
    void aBadValueNamesTheFileTheKeyTheValueAndWhatIsAccepted(String key, String value, String accepted)
            throws IOException {
        Map<String, String> p = good();
        p.put(key, value);
        Path file = write(p);
        ConfigException e = assertThrows(ConfigException.class, () -> KioskConfig.load(file));
        String message = e.getMessage();
        assertTrue(message.contains(file.toAbsolutePath().toString()), message);
        assertTrue(message.contains("key '" + key + "' has the value '" + value + "'"), message);
        assertTrue(message.contains("accepted: "), message);
        assertTrue(message.contains(accepted), message);
        assertEquals(key, e.key());
    }

    @ParameterizedTest
    @ValueSource(strings = {"site.name", "site.region", "central.url", "data.dir", "technician.pin.hash"})
    void aMissingRequiredKeyIsNamed(String key) throws IOException {
        Map<String, String> p = good();
        p.remove(key);
        Path file = write(p);
        ConfigException e = assertThrows(ConfigException.class, () -> KioskConfig.load(file));
        assertTrue(e.getMessage().contains("key '" + key + "' is missing; accepted: "), e.getMessage());
    }

    @Test
    void aBlankRequiredValueCountsAsMissing() throws IOException {
        Map<String, String> p = good();
        p.put("site.name", "   ");
        ConfigException e = assertThrows(ConfigException.class, () -> KioskConfig.load(write(p)));
        assertTrue(e.getMessage().contains("key 'site.name' is missing"), e.getMessage());
    }

    @Test
    void anUnknownDeviceRoleIsAnError() throws IOException {
        Map<String, String> p = good();
        p.put("device.fingerprintReader.driver", "fp-serial");
        ConfigException e = assertThrows(ConfigException.class, () -> KioskConfig.load(write(p)));
        assertTrue(e.getMessage().contains("key 'device.fingerprintReader.driver' has the value 'fp-serial'"),
                e.getMessage());
        assertTrue(e.getMessage().contains("cashAcceptor") && e.getMessage().contains("idCardReader"),
                e.getMessage());
    }

    @Test
    void theOldDevicesFormIsRefusedWithTheNewOne() throws IOException {
        Map<String, String> p = good();
        p.put("devices.receiptPrinter", "escpos");
        ConfigException e = assertThrows(ConfigException.class, () -> KioskConfig.load(write(p)));
        assertTrue(e.getMessage().contains("key 'devices.receiptPrinter' has the value 'escpos'"), e.getMessage());
        assertTrue(e.getMessage().contains("write device.receiptPrinter.driver=escpos and the driver's settings"),
                e.getMessage());
    }

    @Test
    void anUnknownKeyIsAnErrorNotIgnored() throws IOException {
        Map<String, String> p = good();
        p.put("idle.timout.seconds", "30");
        ConfigException e = assertThrows(ConfigException.class, () -> KioskConfig.load(write(p)));
        assertTrue(e.getMessage().contains("key 'idle.timout.seconds' has the value '30'"), e.getMessage());
        assertTrue(e.getMessage().contains("idle.timeout.seconds"), e.getMessage());
    }

    @Test
    void aMissingFileIsNamed() {
        Path missing = dir.resolve("nope.properties");
        ConfigException e = assertThrows(ConfigException.class, () -> KioskConfig.load(missing));
        assertTrue(e.getMessage().startsWith("Kiosk configuration " + missing.toAbsolutePath()), e.getMessage());
        assertTrue(e.getMessage().contains("cannot read the file"), e.getMessage());
        assertNull(e.key());
    }

    @Test
    void aFileThatIsNotUtf8IsRefused() throws IOException {
        Path file = dir.resolve("gbk.properties");
        Files.write(file, "site.name=兰州市政务服务中心\n".getBytes("GBK"));
        ConfigException e = assertThrows(ConfigException.class, () -> KioskConfig.load(file));
        assertTrue(e.getMessage().contains("not valid UTF-8"), e.getMessage());
    }

    @Test
    void theDemoConfigurationLoadsWithTheDemoPinAndWithoutACashAcceptor() {
        Path demo = Path.of("..", "kiosk-app", "config", "kiosk-demo.properties");
        KioskConfig config = KioskConfig.load(demo);
        assertEquals("兰州市城关区政务服务中心 · 24小时自助服务区", config.siteName());
        assertEquals("620102", config.regionCode());
        assertEquals(URI.create("http://127.0.0.1:8080"), config.centralUrl());
        // data.dir=../../var/kiosk, relative to kiosk-app/config: <repository>/var/kiosk
        assertEquals(demo.toAbsolutePath().getParent().getParent().getParent().resolve("var/kiosk").normalize(),
                config.dataDir());
        assertTrue(PinHasher.verify("246810".toCharArray(), config.technicianPinHash()));
        assertEquals(Orientation.LANDSCAPE, config.orientation());
        assertEquals(Theme.STANDARD, config.theme());
        assertEquals(Locale.SIMPLIFIED_CHINESE, config.locale());
        assertEquals(Set.of(DeviceRole.ID_CARD_READER, DeviceRole.RECEIPT_PRINTER), config.configuredRoles(),
                "the demo lists only drivers that exist; the other roles are NOT_CONFIGURED");
        assertEquals("idcard-sam", config.driverOf(DeviceRole.ID_CARD_READER).orElseThrow());
        assertEquals("tcp", config.deviceSettings().get("device.idCardReader.link"));
        assertEquals("escpos", config.driverOf(DeviceRole.RECEIPT_PRINTER).orElseThrow());
    }
}
