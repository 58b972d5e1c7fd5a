package org.budayang.kiosk.ui.shell;

import javafx.scene.Scene;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.WindowEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Locks the kiosk window: full screen, undecorated, always on top, no full-screen exit key, close
 * requests refused, Alt+F4 / Ctrl+W / Escape swallowed, no context menus.
 */
public final class Lockdown {
    private static final Logger LOG = LoggerFactory.getLogger(Lockdown.class);

    private Lockdown() {
    }

    /** Swallows the keys and events that could leave or disturb the kiosk. */
    public static void lock(Scene scene) {
        scene.addEventFilter(KeyEvent.ANY, e -> {
            if (isEscapeKey(e)) {
                if (e.getEventType() == KeyEvent.KEY_PRESSED) {
                    LOG.info("Refused key {} (alt={}, ctrl={}) in kiosk mode", e.getCode(), e.isAltDown(),
                            e.isControlDown());
                }
                e.consume();
            }
        });
        scene.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
            LOG.debug("Context menu suppressed in kiosk mode");
            e.consume();
        });
    }

    static boolean isEscapeKey(KeyEvent e) {
        KeyCode code = e.getCode();
        return code == KeyCode.ESCAPE
                || (e.isAltDown() && code == KeyCode.F4)
                || (e.isControlDown() && (code == KeyCode.W || code == KeyCode.Q));
    }

    /**
     * Styles the stage before it is shown.
     *
     * @param windowed dev only: a normal-sized window instead of full screen
     */
    public static void lock(Stage stage, boolean windowed) {
        stage.initStyle(StageStyle.UNDECORATED);
        stage.setAlwaysOnTop(true);
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreenExitHint("");
        stage.setFullScreen(!windowed);
        stage.setResizable(false);
        stage.setOnCloseRequest(Lockdown::refuseClose);
        if (windowed) {
            LOG.warn("Kiosk runs WINDOWED (--windowed): not full screen; for development only");
        }
    }

    private static void refuseClose(WindowEvent e) {
        LOG.warn("Refused a window close request in kiosk mode; use the technician panel to leave");
        e.consume();
    }
}
