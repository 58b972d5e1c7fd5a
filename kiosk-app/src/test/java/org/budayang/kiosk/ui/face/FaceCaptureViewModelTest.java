package org.budayang.kiosk.ui.face;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.budayang.driver.camera.CaptureAdvice;
import org.budayang.driver.camera.FaceQualityCheck;
import org.budayang.driver.op.Outcome;
import org.budayang.kiosk.identity.CameraAccess;
import org.budayang.kiosk.identity.TestDevices;
import org.budayang.kiosk.security.MutableClock;
import org.budayang.kiosk.ui.UiFixture;
import org.budayang.kiosk.ui.common.Messages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The face capture model without the toolkit: an in-test camera pushing grey frames (the grey level stands for
 * the scene: the in-test check answers TOO_DARK below 40, TOO_FAR below 150, READY above), every executor the
 * calling thread, no throttling.
 */
class FaceCaptureViewModelTest {
    private static final Messages MESSAGES = Messages.load(Locale.SIMPLIFIED_CHINESE);
    private static final FaceQualityCheck BY_GREY = frame -> {
        int grey = frame.argb()[0] & 0xFF;
        return grey < 40 ? CaptureAdvice.TOO_DARK : grey < 150 ? CaptureAdvice.TOO_FAR : CaptureAdvice.READY;
    };
    private static final FaceCaptureViewModel.Settings FAST = new FaceCaptureViewModel.Settings(Duration.ZERO,
            Duration.ZERO, 3, 3, Duration.ofSeconds(20), 32, 32);

    private final MutableClock clock = new MutableClock(UiFixture.MORNING);
    private final TestDevices.TestCamera camera = new TestDevices.TestCamera();
    private final List<byte[]> kept = new ArrayList<>();
    private final java.util.function.Consumer<byte[]> keep = jpeg -> kept.add(jpeg.clone());
    private FaceCaptureViewModel vm;

    @BeforeEach
    void setUp() {
        vm = new FaceCaptureViewModel(new CameraAccess(camera, Runnable::run, Runnable::run, Duration.ofSeconds(1)),
                BY_GREY, MESSAGES, clock, Runnable::run, Runnable::run, FAST);
    }

    @Test
    void previewsScaledDownAndShowsTheAdviceLarge() {
        vm.start(keep);
        assertEquals(FaceCaptureState.PREVIEW, vm.stateProperty().get());
        assertEquals("请正对屏幕，看向摄像头", vm.messageProperty().get());
        camera.frame(100);
        PreviewImage shown = vm.previewProperty().get();
        assertNotNull(shown);
        assertEquals(32, shown.width(), "64x48 fitted into 32x32");
        assertEquals(24, shown.height());
        assertEquals(0xFF646464, shown.argb()[0]);
        assertEquals(CaptureAdvice.TOO_FAR, vm.adviceProperty().get());
        assertEquals("请靠近一点", vm.messageProperty().get());
        camera.frame(20);
        assertEquals("光线太暗，请抬起头或请工作人员开灯", vm.messageProperty().get());
    }

    @Test
    void capturesByItselfAfterThreeReadyChecksAndHandsTheStillOn() {
        vm.start(keep);
        camera.frame(200);
        camera.frame(200);
        assertEquals(FaceCaptureState.PREVIEW, vm.stateProperty().get());
        assertEquals("很好，请保持不动", vm.messageProperty().get());
        camera.frame(200);
        assertEquals(FaceCaptureState.CAPTURED, vm.stateProperty().get());
        assertEquals("拍照完成", vm.messageProperty().get());
        assertEquals(1, kept.size());
        assertArrayEquals(new byte[] {(byte) 0xFF, (byte) 0xD8, 1, 2, (byte) 0xFF, (byte) 0xD9}, kept.get(0));
        assertEquals(0, camera.listeners(), "the preview stops once the still is taken");
    }

    @Test
    void theCaptureButtonTakesTheStillWhenReady() {
        vm.start(keep);
        camera.frame(200);
        assertTrue(vm.capture());
        assertEquals(FaceCaptureState.CAPTURED, vm.stateProperty().get());
        assertFalse(vm.capture(), "no second capture");
    }

    @Test
    void afterThreeFailedAttemptsItOffersHelpInsteadOfLooping() {
        vm.start(keep);
        camera.frame(100);
        assertFalse(vm.capture());
        assertEquals(1, vm.failedAttemptsProperty().get());
        assertEquals("没有拍好：请靠近一点", vm.messageProperty().get());
        assertEquals(FaceCaptureState.PREVIEW, vm.stateProperty().get());

        camera.frame(200);
        camera.stillOutcome(Outcome.deviceError("NO_FRAME", "the camera delivered nothing usable"));
        assertTrue(vm.capture());
        assertEquals(2, vm.failedAttemptsProperty().get(), "a capture without a still is a failed attempt");
        assertEquals("没有拍好：没有拍到照片", vm.messageProperty().get());

        camera.frame(100);
        clock.advance(Duration.ofSeconds(21));
        camera.frame(100);
        assertEquals(3, vm.failedAttemptsProperty().get(), "an attempt window without a capture fails too");
        assertEquals(FaceCaptureState.HELP_OFFERED, vm.stateProperty().get());
        assertEquals("多次没有拍好。请点击“呼叫帮办”，工作人员会来帮您", vm.messageProperty().get());
        assertEquals(0, camera.listeners());
        assertFalse(vm.capture());
        assertTrue(kept.isEmpty());
    }

    @Test
    void aCameraThatStopsServingEndsTheCaptureWithHelp() {
        vm.start(keep);
        vm.cameraServes(false);
        assertEquals(FaceCaptureState.UNAVAILABLE, vm.stateProperty().get());
        assertEquals("摄像头暂不可用，请呼叫帮办或到人工窗口办理", vm.messageProperty().get());
        assertEquals(0, camera.listeners());

        FaceCaptureViewModel none = new FaceCaptureViewModel(CameraAccess.none(), BY_GREY, MESSAGES, clock,
                Runnable::run, Runnable::run, FAST);
        none.start(keep);
        assertEquals(FaceCaptureState.UNAVAILABLE, none.stateProperty().get());
    }

    @Test
    void stopAndWipeBlankThePreviewAndForgetTheAttempts() {
        vm.start(keep);
        camera.frame(100);
        vm.capture();
        PreviewImage shown = vm.previewProperty().get();
        vm.wipe();
        assertNull(vm.previewProperty().get());
        assertTrue(java.util.Arrays.stream(shown.argb()).allMatch(p -> p == 0), "the pixels are zeroed");
        assertEquals(0, vm.failedAttemptsProperty().get());
        assertEquals(FaceCaptureState.IDLE, vm.stateProperty().get());
        assertEquals("", vm.messageProperty().get());
        camera.frame(200);
        assertNull(vm.previewProperty().get(), "no frame is taken after the wipe");
    }

    @Test
    void thePreviewIsMirroredAndNeverScaledUp() {
        int[] argb = {1, 2, 3, 4, 5, 6};
        PreviewImage same = PreviewImage.fit(argb, 3, 2, 640, 480);
        assertEquals(3, same.width());
        assertArrayEquals(new int[] {0xFF000003, 0xFF000002, 0xFF000001, 0xFF000006, 0xFF000005, 0xFF000004},
                same.argb());
        PreviewImage half = PreviewImage.fit(new int[640 * 480], 640, 480, 320, 320);
        assertEquals(320, half.width());
        assertEquals(240, half.height());
        assertEquals("PreviewImage[320x240]", half.toString());
    }
}
