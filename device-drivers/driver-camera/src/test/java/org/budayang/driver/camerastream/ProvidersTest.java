package org.budayang.driver.camerastream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import org.budayang.driver.DriverConfigurationException;
import org.budayang.driver.DriverContext;
import org.budayang.driver.DriverProvider;
import org.budayang.driver.DriverSettings;
import org.budayang.driver.LifecycleState;
import org.budayang.driver.camera.Camera;
import org.budayang.driver.camerastream.gst.GstCameraProvider;
import org.budayang.driver.camerastream.images.ImagesCameraProvider;
import org.junit.jupiter.api.Test;

class ProvidersTest {

    private static DriverContext context(Map<String, String> settings) {
        return new DriverContext("camera", DriverSettings.of("camera", settings), Clock.systemUTC());
    }

    @Test
    void serviceLoaderFindsBothCameraDrivers() {
        Map<String, DriverProvider> found = new TreeMap<>();
        for (DriverProvider provider : ServiceLoader.load(DriverProvider.class)) {
            found.put(provider.name(), provider);
        }
        assertEquals(2, found.size(), "providers: " + found.keySet());
        assertInstanceOf(GstCameraProvider.class, found.get("camera-gst"));
        assertInstanceOf(ImagesCameraProvider.class, found.get("camera-images"));
        for (DriverProvider provider : found.values()) {
            assertEquals(Camera.class, provider.deviceType());
            assertTrue(provider.settingKeys().containsAll(CameraSettings.KEYS), provider.name());
        }
    }

    @Test
    void aCreatedCameraIsClosedWithTheDefaults() {
        StreamCamera camera = (StreamCamera) new GstCameraProvider().create(context(Map.of()));
        assertEquals(LifecycleState.CLOSED, camera.state());
        assertEquals(new CameraSettings(640, 480, 15, 85, java.time.Duration.ofSeconds(5)), camera.settings());
        assertEquals("camera-gst", camera.driverName());
    }

    @Test
    void anUnknownKeyIsRefusedByName() {
        DriverConfigurationException refused = assertThrows(DriverConfigurationException.class,
                () -> new GstCameraProvider().create(context(Map.of("devcie", "/dev/video0"))));
        assertTrue(refused.getMessage().contains("devcie"), refused.getMessage());
        assertEquals("DRV-CFG-UNKNOWN-KEY", refused.code());
    }

    @Test
    void theImagesDriverNeedsItsFolder() {
        DriverConfigurationException refused = assertThrows(DriverConfigurationException.class,
                () -> new ImagesCameraProvider().create(context(Map.of("fps", "10"))));
        assertTrue(refused.getMessage().contains("folder"), refused.getMessage());
    }

    @Test
    void badValuesAreRefusedNamingKeyAndValue() {
        DriverConfigurationException odd = assertThrows(DriverConfigurationException.class,
                () -> new ImagesCameraProvider().create(context(Map.of("folder", "/tmp", "width", "641"))));
        assertTrue(odd.getMessage().contains("width") && odd.getMessage().contains("641"), odd.getMessage());
        DriverConfigurationException fps = assertThrows(DriverConfigurationException.class,
                () -> new GstCameraProvider().create(context(Map.of("fps", "120"))));
        assertTrue(fps.getMessage().contains("fps") && fps.getMessage().contains("120"), fps.getMessage());
        DriverConfigurationException quality = assertThrows(DriverConfigurationException.class,
                () -> new GstCameraProvider().create(context(Map.of("jpeg-quality", "0"))));
        assertTrue(quality.getMessage().contains("jpeg-quality"), quality.getMessage());
    }
}
