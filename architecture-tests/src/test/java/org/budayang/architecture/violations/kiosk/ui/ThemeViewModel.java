package org.budayang.architecture.violations.kiosk.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.stage.Stage;

/** Violates "a ViewModel holds no nodes", in a nested class holding a Stage. */
public final class ThemeViewModel {
    private final BooleanProperty elderMode = new SimpleBooleanProperty();

    public BooleanProperty elderMode() {
        return elderMode;
    }

    public static final class WindowHolder {
        private Stage stage;

        public void attach(Stage stage) {
            this.stage = stage;
        }

        public boolean attached() {
            return stage != null;
        }
    }
}
