package org.budayang.kiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.function.Supplier;
import org.budayang.driver.camera.CaptureAdvice;
import org.budayang.driver.camera.FaceQualityCheck;
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
}
