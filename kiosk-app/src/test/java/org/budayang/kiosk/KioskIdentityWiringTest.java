package org.budayang.kiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.function.Supplier;
import org.budayang.driver.camera.CaptureAdvice;
import org.budayang.driver.camera.FaceQualityCheck;
import org.budayang.kiosk.identity.OpenCvData;
import org.budayang.kiosk.security.LogCapture;
import org.junit.jupiter.api.Test;

/** Choosing the face quality check: one broken provider does not break the next; none is said loudly. */
class KioskIdentityWiringTest {

    @Test
    void aBrokenProviderIsLoggedAndTheNextOneIsTaken() {
        FaceQualityCheck working = frame -> CaptureAdvice.READY;
        try (LogCapture logs = new LogCapture(KioskIdentityWiring.class)) {
            Optional<FaceQualityCheck> chosen = KioskIdentityWiring.firstWorking(List.of(
                    () -> {
                        throw new ServiceConfigurationError("face cascade /usr/share/opencv4/x.xml does not exist");
                    },
                    () -> working));
            assertSame(working, chosen.orElseThrow());
            assertTrue(logs.everything().stream().anyMatch(l -> l.contains("x.xml does not exist")), logs.everything()
                    .toString());
        }
    }

    @Test
    void noneWorkingSaysWhatIsMissing() {
        try (LogCapture logs = new LogCapture(KioskIdentityWiring.class)) {
            List<Supplier<FaceQualityCheck>> none = List.of();
            assertEquals(Optional.empty(), KioskIdentityWiring.firstWorking(none));
            assertTrue(logs.everything().stream().anyMatch(l -> l.contains("no face quality check works")
                    && l.contains("org.budayang.driver.camera.FaceQualityCheck")), logs.everything().toString());
        }
    }

    @Test
    void theConfiguredScannerAndCameraAreWiredAndAMissing社保卡ReaderIsNone(@org.junit.jupiter.api.io.TempDir
            java.nio.file.Path dir) throws Exception {
        org.budayang.kiosk.core.config.KioskConfig config = org.budayang.kiosk.core.config.KioskConfig.builder(dir)
                .device(org.budayang.api.catalog.DeviceRole.QR_SCANNER, "qr-serial",
                        java.util.Map.of("link", "tcp", "host", "127.0.0.1", "tcpPort", "1"))
                .device(org.budayang.api.catalog.DeviceRole.CAMERA, "camera-images",
                        java.util.Map.of("folder", dir.toString()))
                .build();
        org.budayang.kiosk.devices.DeviceBoard board = new org.budayang.kiosk.devices.DeviceBoard(
                java.time.Clock.systemUTC(), Runnable::run);
        java.util.concurrent.ExecutorService device = java.util.concurrent.Executors.newSingleThreadExecutor();
        java.util.concurrent.ExecutorService scannerThread = java.util.concurrent.Executors.newSingleThreadExecutor();
        java.util.concurrent.ExecutorService cameraThread = java.util.concurrent.Executors.newSingleThreadExecutor();
        try (org.budayang.kiosk.devices.KioskDevices devices = org.budayang.kiosk.devices.KioskDevices.create(config,
                dir.resolve("kiosk.properties"), org.budayang.driver.runtime.DriverRegistry.builder().build(), board,
                java.time.Clock.systemUTC())) {
            org.budayang.kiosk.identity.IdentityDevices identity = KioskIdentityWiring.wire(devices, device,
                    scannerThread, cameraThread);
            assertSame(cameraThread, identity.cameraWork(), "the caller's executor, shut down by the caller");
            assertTrue(identity.scanner().scanner().isPresent(), "the scanner is handed to the screens");
            assertTrue(identity.socialCards().reader().isEmpty(), "no 社保卡 reader configured");
            OpenCvData.require(); // the camera module's face check loads only with opencv-data's cascade
            assertTrue(identity.camera().camera().isPresent(),
                    "the configured camera is wired for face capture (its face check loaded)");
            String camera = identity.servingStatus(board::status).apply(org.budayang.api.catalog.DeviceRole.CAMERA)
                    .detail();
            assertFalse(camera.contains("face check unavailable"), camera);
        } finally {
            device.shutdownNow();
            scannerThread.shutdownNow();
            cameraThread.shutdownNow();
        }
    }
}
