package org.budayang.kiosk.ui.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.budayang.api.services.HelpAnswer;
import org.budayang.kiosk.core.config.Theme;
import org.budayang.kiosk.ui.help.HelpPanel;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.junit.jupiter.api.Test;

class HelpPanelFxTest extends EditorFxTest {

    private void showPanel(HelpAnswer answer, Theme theme, AtomicInteger cont, AtomicInteger home) throws Exception {
        FxToolkit.setupFixture(() -> {
            stage = new InputStage(theme, 1200);
            stage.show(new HelpPanel(answer, cont::incrementAndGet, home::incrementAndGet).root());
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void showsTheWaitInBigFiguresTheMessageAndPhoneAndItsTwoButtons() throws Exception {
        AtomicInteger cont = new AtomicInteger();
        AtomicInteger home = new AtomicInteger();
        showPanel(new HelpAnswer("help-0001", 5, "工作人员约5分钟后到达，请稍候；也可拨打12345。", "0931-12345"),
                Theme.STANDARD, cont, home);
        HBox wait = node("help-wait", HBox.class);
        Label figure = (Label) wait.getChildren().get(1);
        assertEquals("5", figure.getText());
        assertTrue(figure.getFont().getSize() >= 80, "figure type " + figure.getFont().getSize());
        assertEquals("工作人员约5分钟后到达，请稍候；也可拨打12345。", node("help-message", Label.class).getText());
        assertEquals("0931-12345", node("help-phone", Label.class).getText());
        assertTrue(node("help-continue", Button.class).getHeight() >= 64);
        tap("help-continue");
        assertEquals(1, cont.get());
        tap("help-home");
        assertEquals(1, home.get());
    }

    @Test
    void noWaitAndNoPhoneInTheElderTheme() throws Exception {
        showPanel(new HelpAnswer("help-0002", 0, "工作人员马上就到。", ""), Theme.ELDER, new AtomicInteger(),
                new AtomicInteger());
        HBox wait = node("help-wait", HBox.class);
        assertEquals("马上就到", ((Label) wait.getChildren().get(0)).getText());
        assertTrue(robot.lookup("#help-phone").tryQuery().isEmpty());
        assertTrue(node("help-home", Button.class).getHeight() >= 96);
    }
}
