package org.budayang.kiosk.ui.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import org.budayang.driver.idcardsam.Sw3;
import org.budayang.kiosk.identity.CitizenSession;
import org.budayang.kiosk.identity.ReaderRig;
import org.budayang.kiosk.ui.UiFixture;
import org.budayang.kiosk.ui.identity.IdentificationState;
import org.budayang.kiosk.ui.shell.Screen;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The kiosk window with the real idcard-sam driver polling its emulator (pipe link): events reach the
 * FX thread through Platform::runLater, reads run on a device thread, as in the kiosk.
 */
class IdentificationFxTest extends KioskFxTest {
    private ReaderRig rig;
    private ExecutorService device;

    @BeforeEach
    void startReader() throws Exception {
        rig = new ReaderRig();
        device = Executors.newSingleThreadExecutor();
        launch(UiFixture.standard(), Duration.ofMillis(400), rig.access(device, Platform::runLater));
    }

    @AfterEach
    void stopReader() {
        rig.close();
        device.shutdownNow();
    }

    @Test
    void placingACardShowsTheMaskedHolderAndRemovingItReturnsToAttract() {
        assertTrue(showing("请触摸屏幕开始"));
        rig.emulator.place(ReaderRig.ZHANG_SAN);
        awaitShowing("张*　620102********0034", 5);
        assertTrue(showing("取走身份证即结束办理"));
        assertTrue(showing("结束办理"));
        assertTrue(showing("请选择办理部门"), "the banner is on the home screen");
        CitizenSession session = vm().identification().session().orElseThrow();

        rig.emulator.remove();
        awaitShowing("请触摸屏幕开始", 5);
        assertTrue(session.isWiped());
        assertTrue(visibleTexts().stream().noneMatch(t -> t.contains("620102")), "nothing of the holder is left");
    }

    @Test
    void anExpiredCardIsRefusedWithAClearMessage() {
        rig.emulator.place(ReaderRig.EXPIRED_CARD);
        awaitShowing("身份证已过有效期，请到窗口换领", 5);
        assertTrue(vm().identification().session().isEmpty());
        assertTrue(visibleTexts().stream().noneMatch(t -> t.contains("620105")));
    }

    @Test
    void aFailedReadSaysWhatToDoAndFinishEndsTheSession() {
        rig.emulator.failNextReads(2, Sw3.READ_FAILED);
        rig.emulator.place(ReaderRig.ZHANG_SAN);
        awaitShowing("未能读取身份证。请将身份证平放在感应区，不要移动", 5);
        assertTrue(showing("重新读取"));

        robot.clickOn("#identity-retry");
        awaitShowing("张*　620102********0034", 5);
        robot.clickOn("#identity-finish");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Screen.ATTRACT, vm().screenProperty().get());
        assertEquals(IdentificationState.NONE, vm().identification().stateProperty().get());
    }
}
