package org.budayang.kiosk.ui.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import org.budayang.kiosk.core.config.Theme;
import org.budayang.kiosk.ui.UiFixture;
import org.junit.jupiter.api.Test;

class ElderThemeFxTest extends KioskFxTest {

    private Label title() {
        return robot.lookup(".screen-title").match(Label::isVisible).queryAs(Label.class);
    }

    @Test
    void switchEnlargesTypeAndTargetsAndSwitchesBack() throws Exception {
        launch(UiFixture.standard());
        robot.clickOn("请触摸屏幕开始");
        double standardTitle = title().getFont().getSize();
        double standardBack = node("#nav-back", Button.class).getHeight();
        double standardTile = node("#tile-TAX", Button.class).getHeight();
        assertTrue(standardBack >= 60, "standard target " + standardBack);

        robot.clickOn("#theme-elder-toggle");
        assertEquals(Theme.ELDER, vm().themeProperty().get());
        double elderTitle = title().getFont().getSize();
        assertTrue(elderTitle >= 1.5 * standardTitle, "title " + standardTitle + " -> " + elderTitle);
        Button back = node("#nav-back", Button.class);
        assertTrue(back.getHeight() >= 80, "elder 返回 is " + back.getHeight() + " px high");
        assertTrue(back.getFont().getSize() >= 1.5 * 22);
        for (String id : new String[] {"#nav-home", "#nav-help", "#theme-standard-toggle", "#tile-TAX"}) {
            assertTrue(robot.lookup(id).query().getBoundsInLocal().getHeight() >= 80, id);
        }

        robot.clickOn("#tile-SOCIAL_SECURITY");
        assertEquals(4, vm().department().pageSizeProperty().get());
        robot.clickOn("#theme-standard-toggle");
        assertEquals(Theme.STANDARD, vm().themeProperty().get());
        assertEquals(8, vm().department().pageSizeProperty().get());
        robot.clickOn("#theme-standard-toggle");
        assertEquals(Theme.STANDARD, vm().themeProperty().get(), "pressing the selected side keeps it");
        assertTrue(node("#theme-standard-toggle", javafx.scene.control.ToggleButton.class).isSelected());
        assertTrue(standardTile > 0);
    }
}
