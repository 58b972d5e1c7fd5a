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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each advice of the face check on a scene built from the test portrait (thresholds: FaceThresholds.TOLERANT). */
class FaceQualityCheckTest {
    private static OpenCvFaceQualityCheck check;

    @BeforeAll
    static void loadCascade() {
        OpenCvData.require();
        check = OpenCvFaceQualityCheck.loadDefault();
    }

    private static FaceMeasurement measure(BufferedImage scene) {
        return check.measure(FaceScenes.frame(scene));
    }

    private static void assertAdvice(CaptureAdvice expected, BufferedImage scene) {
        FaceMeasurement measured = measure(scene);
        assertEquals(expected, measured.advice(), "measured: " + measured);
        assertEquals(expected, check.assess(FaceScenes.frame(scene)), "assess agrees with measure");
    }

    @Test
    void aCentredWellLitPortraitIsReady() {
        FaceMeasurement measured = measure(FaceScenes.portrait());
        assertEquals(CaptureAdvice.READY, measured.advice(), "measured: " + measured);
        assertEquals(1, measured.faces());
        assertTrue(measured.faceWidth() > 0.3 && measured.faceWidth() < 0.4, "face width: " + measured);
        // the face box lies where the astronaut's face is (x 154..376, y 115..337 in the 640x480 frame)
        assertTrue(Math.abs(measured.box().x() - 154) < 25 && Math.abs(measured.box().y() - 115) < 25,
                "face box: " + measured);
    }

    @Test
    void noFaceInTheFrame() {
        assertAdvice(CaptureAdvice.NO_FACE, FaceScenes.noFace());
    }

    @Test
    void aUniformWallIsNoFace() {
        BufferedImage wall = new BufferedImage(FaceScenes.WIDTH, FaceScenes.HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = wall.createGraphics();
        g.setColor(new Color(128, 128, 128));
        g.fillRect(0, 0, FaceScenes.WIDTH, FaceScenes.HEIGHT);
        g.dispose();
        assertAdvice(CaptureAdvice.NO_FACE, wall);
    }

    @Test
    void twoPeopleSideBySide() {
        FaceMeasurement measured = measure(FaceScenes.twoFaces());
        assertEquals(CaptureAdvice.SEVERAL_FACES, measured.advice(), "measured: " + measured);
        assertEquals(2, measured.faces());
    }

    @Test
    void aSmallFaceIsTooFar() {
        assertAdvice(CaptureAdvice.TOO_FAR, FaceScenes.tooFar());
    }

    @Test
    void aFaceFillingTheFrameIsTooClose() {
        assertAdvice(CaptureAdvice.TOO_CLOSE, FaceScenes.tooClose());
    }

    @Test
    void aFaceAtTheEdgeIsOffCentre() {
        assertAdvice(CaptureAdvice.OFF_CENTRE, FaceScenes.offCentre());
    }

    @Test
    void aDimHallIsToleratedButDarknessIsNot() {
        assertAdvice(CaptureAdvice.READY, FaceScenes.darker(FaceScenes.portrait(), 0.5));
        assertAdvice(CaptureAdvice.TOO_DARK, FaceScenes.darker(FaceScenes.portrait(), 0.25));
    }

    @Test
    void aFrameTooDarkToFindAFaceSaysTooDarkNotNoFace() {
        assertAdvice(CaptureAdvice.TOO_DARK, FaceScenes.darker(FaceScenes.noFace(), 0.3));
        assertAdvice(CaptureAdvice.TOO_DARK, new BufferedImage(FaceScenes.WIDTH, FaceScenes.HEIGHT,
                BufferedImage.TYPE_INT_RGB));
    }

    @Test
    void brightLightIsToleratedButGlareIsNot() {
        assertAdvice(CaptureAdvice.READY, FaceScenes.brighter(FaceScenes.portrait(), 0.5));
        assertAdvice(CaptureAdvice.TOO_BRIGHT, FaceScenes.brighter(FaceScenes.portrait(), 0.3));
    }

    @Test
    void slightSoftnessIsToleratedButBlurIsNot() {
        assertAdvice(CaptureAdvice.READY, FaceScenes.blurred(FaceScenes.portrait(), 3));
        FaceMeasurement blurred = measure(FaceScenes.blurred(FaceScenes.portrait(), 9));
        assertEquals(CaptureAdvice.BLURRED, blurred.advice(), "measured: " + blurred);
        assertTrue(blurred.sharpness() < measure(FaceScenes.portrait()).sharpness() / 4,
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
