package org.budayang.kiosk;

import java.util.List;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;
import javafx.application.Platform;
import org.budayang.driver.camera.FaceQualityCheck;
import org.budayang.kiosk.devices.KioskDevices;
import org.budayang.kiosk.identity.CameraAccess;
import org.budayang.kiosk.identity.IdentityDevices;
import org.budayang.kiosk.identity.ScannerAccess;
import org.budayang.kiosk.identity.SocialCardAccess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wires the identification devices of issue #6 for the composition root: the 社保卡 reader shares the device
 * thread with the ID card reader (one read at a time); the scanner waits on its own thread (a wait lasts up to a
 * minute); preview frames are scaled and checked on the camera thread. The face quality check is found through
 * {@link ServiceLoader} ({@code META-INF/services/org.budayang.driver.camera.FaceQualityCheck}, registered by the
 * camera driver module): without one, the camera is not used for face capture and the log says why.
 */
final class KioskIdentityWiring {
    private static final Logger LOG = LoggerFactory.getLogger(KioskIdentityWiring.class);

    private KioskIdentityWiring() {
    }

    /**
     * @param deviceThread  the ID card reader's thread, shared with the 社保卡 reader
     * @param scannerThread the scanner's waits (owned and shut down by the caller)
     * @param cameraWork    preview scaling and face checks (owned and shut down by the caller)
     */
    static IdentityDevices wire(KioskDevices devices, ExecutorService deviceThread, ExecutorService scannerThread,
            ExecutorService cameraWork) {
        SocialCardAccess social = devices.socialCardReader()
                .map(reader -> new SocialCardAccess(reader, deviceThread, Platform::runLater,
                        SocialCardAccess.DEFAULT_READ_BUDGET))
                .orElseGet(SocialCardAccess::none);
        ScannerAccess scanner = devices.codeScanner()
                .map(s -> new ScannerAccess(s, scannerThread, Platform::runLater,
                        ScannerAccess.DEFAULT_WAIT))
                .orElseGet(ScannerAccess::none);
        CameraAccess camera = CameraAccess.none();
        FaceQualityCheck check = IdentityDevices.none().faceCheck();
        if (devices.camera().isPresent()) {
            Optional<FaceQualityCheck> found = firstWorking(ServiceLoader.load(FaceQualityCheck.class).stream()
                    .map(provider -> (Supplier<FaceQualityCheck>) provider::get).toList());
            if (found.isPresent()) {
                check = found.get();
                camera = new CameraAccess(devices.camera().get(), cameraWork, Platform::runLater,
                        CameraAccess.DEFAULT_CAPTURE_BUDGET);
            }
        }
        return new IdentityDevices(social, scanner, camera, check, cameraWork, Platform::runLater);
    }

    /**
     * The first face quality check that loads; each one that fails (a missing cascade, no OpenCV natives) is logged
     * with its reason and the next is tried. None: the camera is not used for face capture and the log says why.
     */
    static Optional<FaceQualityCheck> firstWorking(List<Supplier<FaceQualityCheck>> providers) {
        for (Supplier<FaceQualityCheck> provider : providers) {
            try {
                FaceQualityCheck check = provider.get();
                LOG.info("Face capture: face quality check {} (of {} installed)", check.getClass().getName(),
                        providers.size());
                return Optional.of(check);
            } catch (ServiceConfigurationError | RuntimeException broken) {
                LOG.error("A face quality check could not be loaded, trying the next one: {}", broken.getMessage());
            }
        }
        LOG.error("A camera is configured but no face quality check works ({} installed; ServiceLoader looks for "
                + "org.budayang.driver.camera.FaceQualityCheck, which the driver-camera module provides): face "
                + "capture is unavailable, the card ways that need a face check are not offered", providers.size());
        return Optional.empty();
    }
}
