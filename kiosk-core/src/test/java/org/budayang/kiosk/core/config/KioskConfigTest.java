package org.budayang.kiosk.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.budayang.api.catalog.DeviceRole;
import org.budayang.kiosk.core.security.PinHasher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KioskConfigTest {
    @TempDir
    Path dir;

    @Test
    void builderDefaultsSuitTests() {
        KioskConfig config = KioskConfig.builder(dir).build();
        assertEquals("兰州市城关区政务服务中心 24小时自助服务区", config.siteName());
        assertEquals("620102", config.regionCode());
        assertEquals(URI.create("http://127.0.0.1:8080"), config.centralUrl());
        assertEquals(dir.toAbsolutePath(), config.dataDir());
        assertEquals(Duration.ofSeconds(60), config.idleTimeout());
        assertEquals(Duration.ofSeconds(10), config.idleCountdown());
        assertTrue(PinHasher.verify("246810".toCharArray(), config.technicianPinHash()));
        assertEquals(Orientation.LANDSCAPE, config.orientation());
        assertEquals(Theme.STANDARD, config.theme());
        assertEquals(Map.of(), config.deviceSettings());
        assertEquals(Locale.SIMPLIFIED_CHINESE, config.locale());
    }

    @Test
    void withersCopyAndChangeOneValue() {
        KioskConfig config = KioskConfig.builder(dir).device(DeviceRole.ID_CARD_READER, "idcard-sam",
                Map.of("link", "tcp", "host", "127.0.0.1", "tcpPort", "7777")).build();
        KioskConfig other = config.withCentralUrl(URI.create("http://127.0.0.1:41234"))
                .withTheme(Theme.ELDER).withOrientation(Orientation.PORTRAIT)
                .withIdleTimeout(Duration.ofSeconds(15)).withIdleCountdown(Duration.ofSeconds(5));
        assertEquals(URI.create("http://127.0.0.1:41234"), other.centralUrl());
        assertEquals(Theme.ELDER, other.theme());
        assertEquals(Orientation.PORTRAIT, other.orientation());
        assertEquals(Duration.ofSeconds(15), other.idleTimeout());
        assertEquals(config.deviceSettings(), other.deviceSettings());
        assertEquals(config.siteName(), other.siteName());
        assertEquals(URI.create("http://127.0.0.1:8080"), config.centralUrl(), "the original is unchanged");
    }

    @Test
    void orientationsAreFullHd() {
        assertEquals(1080, Orientation.PORTRAIT.width());
        assertEquals(1920, Orientation.PORTRAIT.height());
        assertEquals(1920, Orientation.LANDSCAPE.width());
        assertEquals(1080, Orientation.LANDSCAPE.height());
    }

    @Test
    void deviceSettingsAreCopied() {
        Map<String, String> devices = new HashMap<>(Map.of("device.camera.driver", "camera-v4l2"));
        KioskConfig config = KioskConfig.builder(dir).deviceSettings(devices).build();
        devices.put("device.cashAcceptor.driver", "cash-ssp");
        assertEquals(Map.of("device.camera.driver", "camera-v4l2"), config.deviceSettings());
        assertEquals(java.util.Set.of(DeviceRole.CAMERA), config.configuredRoles());
    }

    @Test
    void constructorNamesTheFieldAndValue() {
        KioskConfig.Builder builder = KioskConfig.builder(dir);
        assertMessage(() -> builder.regionCode("62").build(), "KioskConfig.regionCode: '62' is not accepted");
        assertMessage(() -> KioskConfig.builder(dir).idleTimeout(Duration.ofSeconds(10)).build(),
                "KioskConfig.idleTimeout: 'PT10S' is not accepted; expected whole seconds from 15 to 600");
        assertMessage(() -> KioskConfig.builder(dir).idleCountdown(Duration.ofMillis(5500)).build(),
                "KioskConfig.idleCountdown: 'PT5.5S'");
        assertMessage(() -> KioskConfig.builder(dir).centralUrl(URI.create("file:///tmp/x")).build(),
                "KioskConfig.centralUrl: 'file:///tmp/x'");
        assertMessage(() -> KioskConfig.builder(dir).technicianPinHash("x").build(),
                "KioskConfig.technicianPinHash: Malformed technician PIN hash");
        assertMessage(() -> KioskConfig.builder(dir).deviceSettings(Map.of("device.camera", "x")).build(),
                "KioskConfig.deviceSettings key: 'device.camera' is not accepted; expected a key device.<role>.<setting>");
        assertMessage(() -> new KioskConfig("站点", "620102", URI.create("http://h"), Path.of("rel"),
                Duration.ofSeconds(60), Duration.ofSeconds(10), KioskConfig.DEMO_PIN_HASH, Orientation.PORTRAIT,
                Theme.STANDARD, Map.of(), Locale.CHINA), "KioskConfig.dataDir: 'rel' is not accepted");
    }

    private static void assertMessage(Runnable action, String expected) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, action::run);
        assertTrue(e.getMessage().startsWith(expected), e.getMessage());
    }
}
