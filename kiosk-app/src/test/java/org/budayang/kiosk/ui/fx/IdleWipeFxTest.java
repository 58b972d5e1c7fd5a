package org.budayang.kiosk.ui.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.budayang.kiosk.catalog.TestCatalogs;
import org.budayang.kiosk.core.config.Theme;
import org.budayang.kiosk.ui.UiFixture;
import org.budayang.kiosk.ui.shell.Screen;
import org.junit.jupiter.api.Test;

/** The idle countdown and the wipe; the test clock jumps, the view's real 1 s timeline notices. */
class IdleWipeFxTest extends KioskFxTest {

    @Test
    void countdownThenAttractWithEverythingWiped() throws Exception {
        UiFixture fixture = UiFixture.create(b -> b.idleTimeout(Duration.ofSeconds(15))
                .idleCountdown(Duration.ofSeconds(5)));
        launch(fixture);
        robot.clickOn("请触摸屏幕开始");
        robot.clickOn("#theme-elder-toggle");
        robot.clickOn("证明");
        robot.clickOn(itemButton(TestCatalogs.RESIDENCE_PROOF));
        robot.clickOn("#guide-down");
        assertEquals(Screen.GUIDE, vm().screenProperty().get());
        assertTrue(app.shell().guideView().scrollPosition() > 0);
        robot.clickOn("#nav-help");

        fixture.clock.advance(Duration.ofSeconds(15));
        waitForIdleTick();
        assertTrue(showing("是否继续办理？"));
        assertEquals("5", node("#idle-seconds", Label.class).getText());
        assertTrue(showing("5 秒后将回到开始画面，并清除您在本机输入的信息"));
        fixture.clock.advance(Duration.ofSeconds(2));
        waitForIdleTick();
        assertEquals("3", node("#idle-seconds", Label.class).getText());

        fixture.clock.advance(Duration.ofSeconds(3));
        waitForIdleTick();
        assertEquals(Screen.ATTRACT, vm().screenProperty().get());
        assertTrue(showing("请触摸屏幕开始"));
        assertFalse(showing("是否继续办理？"));
        assertFalse(showing("使用帮助"), "the help overlay is closed");
        assertEquals("", vm().home().searchTextProperty().get());
        assertEquals(0, vm().historyDepthProperty().get());
        assertNull(vm().guide().item());
        assertEquals(Theme.STANDARD, vm().themeProperty().get());
        assertEquals(0.0, app.shell().guideView().scrollPosition());

        robot.clickOn("请触摸屏幕开始");
        assertTrue(showing("请选择办理部门"));
        assertTrue(showing("公安"), "tiles, not the old search results");
        assertEquals("", node("#search-field", TextField.class).getText());
    }

    @Test
    void continueKeepsTheSession() throws Exception {
        UiFixture fixture = UiFixture.create(b -> b.idleTimeout(Duration.ofSeconds(15)));
        launch(fixture);
        robot.clickOn("请触摸屏幕开始");
        robot.clickOn("#tile-TAX");
        fixture.clock.advance(Duration.ofSeconds(16));
        waitForIdleTick();
        assertTrue(showing("是否继续办理？"));
        robot.clickOn("#idle-continue");
        assertFalse(showing("是否继续办理？"));
        fixture.clock.advance(Duration.ofSeconds(10));
        waitForIdleTick();
        assertEquals(Screen.DEPARTMENT, vm().screenProperty().get());
        assertFalse(showing("是否继续办理？"));
    }
}
