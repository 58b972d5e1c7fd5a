package org.budayang.driver.camerastream.face;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import java.util.ServiceLoader;
import org.budayang.driver.camera.CaptureAdvice;
import org.budayang.driver.camera.FaceQualityCheck;
import org.budayang.driver.camerastream.emulator.CameraScenes;
import org.junit.jupiter.api.Test;

/** The kiosk finds the face check through ServiceLoader, and what it finds judges real scenes. */
class DefaultFaceQualityCheckTest {

    @Test
    void serviceLoaderFindsTheOpenCvCheckAndItJudgesScenes() {
        OpenCvData.require();
        List<FaceQualityCheck> found = ServiceLoader.load(FaceQualityCheck.class).stream()
                .map(ServiceLoader.Provider::get).toList();
        assertEquals(1, found.size(), found.toString());
        FaceQualityCheck check = assertInstanceOf(DefaultFaceQualityCheck.class, found.get(0));
        assertEquals(CaptureAdvice.READY, check.assess(CameraScenes.frame(CameraScenes.portrait())));
        assertEquals(CaptureAdvice.TOO_FAR, check.assess(CameraScenes.frame(CameraScenes.tooFar())));
    }
}
