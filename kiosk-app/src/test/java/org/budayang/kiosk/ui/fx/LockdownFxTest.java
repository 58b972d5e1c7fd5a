package org.budayang.kiosk.ui.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.StageStyle;
import javafx.stage.WindowEvent;
import org.budayang.kiosk.ui.UiFixture;
import org.junit.jupiter.api.Test;

class LockdownFxTest extends KioskFxTest {

    @Test
    void closeRequestsAreRefused() throws Exception {
        launch(UiFixture.standard());
        assertEquals(StageStyle.UNDECORATED, stage.getStyle());
        assertTrue(stage.isAlwaysOnTop());
        assertEquals("", stage.getFullScreenExitHint());
        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        assertTrue(stage.isShowing());
        WindowEvent request = new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST);
        robot.interact(() -> stage.getOnCloseRequest().handle(request));
        assertTrue(request.isConsumed(), "the handler consumes the request, so the toolkit does not close");
    }

    @Test
    void altF4CtrlWAndEscapeNeverReachTheScreens() throws Exception {
        launch(UiFixture.standard());
        List<KeyCode> reached = new ArrayList<>();
        robot.interact(() -> stage.getScene().getRoot().addEventFilter(KeyEvent.KEY_PRESSED,
                e -> reached.add(e.getCode())));
        robot.clickOn("请触摸屏幕开始");
        robot.clickOn("#search-field");
        robot.push(KeyCode.ALT, KeyCode.F4);
        robot.push(KeyCode.CONTROL, KeyCode.W);
        robot.push(KeyCode.ESCAPE);
        robot.push(KeyCode.DIGIT1);
        assertTrue(stage.isShowing());
        assertTrue(reached.contains(KeyCode.DIGIT1), "control: an ordinary key reaches the screen; got " + reached);
        assertTrue(!reached.contains(KeyCode.F4) && !reached.contains(KeyCode.W) && !reached.contains(KeyCode.ESCAPE),
                "refused keys reached the screen: " + reached);
    }

    @Test
    void contextMenusAreSuppressed() throws Exception {
        launch(UiFixture.standard());
        robot.clickOn("请触摸屏幕开始");
        ContextMenuEvent[] seen = new ContextMenuEvent[1];
        robot.interact(() -> {
            var field = robot.lookup("#search-field").query();
            field.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> seen[0] = e);
            var b = field.localToScene(field.getBoundsInLocal());
            field.fireEvent(new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, b.getCenterX(),
                    b.getCenterY(), b.getCenterX(), b.getCenterY(), false, null));
        });
        assertEquals(null, seen[0], "the scene filter consumed the request before the text field saw it");
    }
}
