package org.budayang.driver.camerastream.face;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import org.budayang.driver.camera.CaptureAdvice;
import org.budayang.driver.camerastream.emulator.CameraScenes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each advice of the face check on a scene built from the test portrait (thresholds: FaceThresholds.TOLERANT). */
class FaceQualityCheckTest {
    private static OpenCvFaceQualityCheck check;

    @BeforeAll
    static void loadCascade() {
        OpenCvData.require();
        check = OpenCvFaceQualityCheck.loadDefault();
    }

    private static FaceMeasurement measure(BufferedImage scene) {
        return check.measure(CameraScenes.frame(scene));
    }

    private static void assertAdvice(CaptureAdvice expected, BufferedImage scene) {
        FaceMeasurement measured = measure(scene);
        assertEquals(expected, measured.advice(), "measured: " + measured);
    }

    @Test
    void aCentredWellLitPortraitIsReady() {
        assertEquals(CaptureAdvice.READY, check.assess(CameraScenes.frame(CameraScenes.portrait())));
        FaceMeasurement measured = measure(CameraScenes.portrait());
        assertEquals(CaptureAdvice.READY, measured.advice(), "measured: " + measured);
        assertEquals(1, measured.faces());
        assertTrue(measured.faceWidth() > 0.3 && measured.faceWidth() < 0.4, "face width: " + measured);
        // the face box lies where the astronaut's face is (x 154..376, y 115..337 in the 640x480 frame)
        assertTrue(Math.abs(measured.box().x() - 154) < 25 && Math.abs(measured.box().y() - 115) < 25,
                "face box: " + measured);
    }

    @ParameterizedTest
    @EnumSource(CameraScenes.Scene.class)
    void everyDemoSceneGivesItsAdvice(CameraScenes.Scene scene) {
        assertAdvice(scene.advice(), scene.image());
    }

    @Test
    void aUniformWallIsNoFace() {
        BufferedImage wall = new BufferedImage(CameraScenes.WIDTH, CameraScenes.HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = wall.createGraphics();
        g.setColor(new Color(128, 128, 128));
        g.fillRect(0, 0, CameraScenes.WIDTH, CameraScenes.HEIGHT);
        g.dispose();
        assertAdvice(CaptureAdvice.NO_FACE, wall);
    }

    @Test
    void twoPeopleSideBySide() {
        FaceMeasurement measured = measure(CameraScenes.twoFaces());
        assertEquals(CaptureAdvice.SEVERAL_FACES, measured.advice(), "measured: " + measured);
        assertEquals(2, measured.faces());
    }

    @Test
    void aDimHallIsToleratedButDarknessIsNot() {
        assertAdvice(CaptureAdvice.READY, CameraScenes.darker(CameraScenes.portrait(), 0.5));
        // CameraScenes.Scene.DARK (0.25 of the light) is TOO_DARK: everyDemoSceneGivesItsAdvice
    }

    @Test
    void aFrameTooDarkToFindAFaceSaysTooDarkNotNoFace() {
        assertAdvice(CaptureAdvice.TOO_DARK, CameraScenes.darker(CameraScenes.noFace(), 0.3));
        assertAdvice(CaptureAdvice.TOO_DARK, new BufferedImage(CameraScenes.WIDTH, CameraScenes.HEIGHT,
                BufferedImage.TYPE_INT_RGB));
    }

    @Test
    void brightLightIsToleratedButGlareIsNot() {
        assertAdvice(CaptureAdvice.READY, CameraScenes.brighter(CameraScenes.portrait(), 0.5));
        // CameraScenes.Scene.BRIGHT (0.3 of the distance to white kept) is TOO_BRIGHT: everyDemoSceneGivesItsAdvice
    }

    @Test
    void slightSoftnessIsToleratedButBlurIsNot() {
        assertAdvice(CaptureAdvice.READY, CameraScenes.blurred(CameraScenes.portrait(), 3));
        FaceMeasurement blurred = measure(CameraScenes.blurred(CameraScenes.portrait(), 9));
        assertEquals(CaptureAdvice.BLURRED, blurred.advice(), "measured: " + blurred);
        assertTrue(blurred.sharpness() < measure(CameraScenes.portrait()).sharpness() / 4,
                "blur lowers the sharpness figure: " + blurred);
    }

    @Test
    void aMissingCascadeIsAConfigurationErrorNamingThePackage() {
        Path missing = Path.of("/nonexistent/haarcascade_frontalface_alt2.xml");
        FaceCheckUnavailableException refused = assertThrows(FaceCheckUnavailableException.class,
                () -> OpenCvFaceQualityCheck.load(missing, FaceThresholds.TOLERANT));
        assertEquals("FACE_CASCADE_MISSING", refused.code());
        assertTrue(refused.getMessage().contains(missing.toString()), refused.getMessage());
        assertTrue(refused.getMessage().contains("apt-get install -y opencv-data"), refused.getMessage());
    }

    @Test
    void aFileThatIsNoCascadeIsRefused(@TempDir Path dir) throws Exception {
        Path bogus = Files.writeString(dir.resolve("cascade.xml"), "<?xml version=\"1.0\"?><nothing/>");
        FaceCheckUnavailableException refused = assertThrows(FaceCheckUnavailableException.class,
                () -> OpenCvFaceQualityCheck.load(bogus, FaceThresholds.TOLERANT));
        assertEquals("FACE_CASCADE_INVALID", refused.code());
        assertTrue(refused.getMessage().contains(bogus.toString()), refused.getMessage());
    }

    @Test
    void thresholdsRefuseContradictions() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new FaceThresholds(0.5, 0.4, 0.25, 50, 215, 12, 0.5));
        assertTrue(refused.getMessage().contains("minFaceWidth 0.5"), refused.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new FaceThresholds(0.2, 0.6, 0.25, 200, 100, 12, 0.5));
    }
}
