package org.budayang.kiosk.ui.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import org.budayang.kiosk.ui.UiFixture;
import org.budayang.kiosk.ui.shell.Overlay;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The hidden corner (long press shortened to 400 ms for the test) and the PIN pad with its lockout. */
class TechnicianPinFxTest extends KioskFxTest {

    private void holdCorner(long millis) {
        robot.moveTo("#tech-corner").press(MouseButton.PRIMARY);
        WaitForAsyncUtils.sleep(millis, TimeUnit.MILLISECONDS);
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void enter(String pin) {
        for (char c : pin.toCharArray()) {
            robot.clickOn("#pin-key-" + c);
        }
        robot.clickOn("#pin-submit");
    }

    private String message() {
        return node("#pin-message", Label.class).getText();
    }

    @Test
    void shortPressDoesNothingLongPressOpensThePad() throws Exception {
        launch(UiFixture.standard());
        holdCorner(100);
        assertEquals(Overlay.NONE, vm().overlayProperty().get());
        assertTrue(showing("请触摸屏幕开始"), "a touch on the corner does not start a session either");
        holdCorner(700);
        assertEquals(Overlay.PIN_PAD, vm().overlayProperty().get());
        assertTrue(showing("维护人员登录"));
        robot.clickOn("#pin-cancel");
        assertFalse(showing("维护人员登录"));
    }

    @Test
    void fiveWrongPinsLockTheGateAndTheRightPinIsRefusedWhileLocked() throws Exception {
        launch(UiFixture.standard());
        holdCorner(700);
        for (int attempt = 1; attempt <= 4; attempt++) {
            enter("1");
            assertEquals("密码错误，还可尝试 " + (5 - attempt) + " 次", message());
        }
        enter("1");
        assertEquals("错误次数过多，已锁定，请于 10:45:00 之后再试", message());
        enter(UiFixture.DEMO_PIN);
        assertEquals("错误次数过多，已锁定，请于 10:45:00 之后再试", message());
        assertFalse(showing("维护面板"));
        assertEquals("", node("#pin-display", Label.class).getText(), "digits are cleared after each submit");
    }

    @Test
    void rightPinOpensThePanelWhichLeavesKioskMode() throws Exception {
        launch(UiFixture.standard());
        holdCorner(700);
        robot.clickOn("#pin-key-9");
        assertEquals("●", node("#pin-display", Label.class).getText());
        robot.clickOn("#pin-delete");
        enter(UiFixture.DEMO_PIN);
        assertTrue(showing("维护面板"));
        assertTrue(showing("服务目录来源：服务中心（最新）"));
        assertTrue(showing("目录版本：2026.11.26-1"));
        robot.clickOn("#tech-exit");
        assertEquals(1, fx.exits.get());
    }
}
