package org.budayang.architecture.violations.kiosk.ui;

import javafx.scene.control.Label;

/** Violates "a ViewModel holds no nodes". */
public final class HomeViewModel {
    private final Label title = new Label();

    public Label title() {
        return title;
    }
}
