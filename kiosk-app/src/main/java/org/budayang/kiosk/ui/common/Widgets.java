package org.budayang.kiosk.ui.common;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Small builders for the nodes every screen uses, so that styles stay uniform. */
public final class Widgets {
    private Widgets() {
    }

    /** A label that wraps and never shortens its text with an ellipsis. */
    public static Label text(String text, String... styleClasses) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.getStyleClass().addAll(styleClasses);
        return label;
    }

    /** A one-line label that keeps its full width (captions, titles in bars). */
    public static Label line(String text, String... styleClasses) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.getStyleClass().addAll(styleClasses);
        return label;
    }

    /** A big touch button. */
    public static Button button(String text, Runnable action, String... styleClasses) {
        Button b = new Button(text);
        b.getStyleClass().add("kiosk-button");
        b.getStyleClass().addAll(styleClasses);
        b.setFocusTraversable(false);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** A titled block of a guide or panel. */
    public static VBox section(String title, Node... body) {
        VBox box = new VBox();
        box.getStyleClass().add("section");
        box.getChildren().add(text(title, "section-title"));
        box.getChildren().addAll(body);
        return box;
    }

    /** A region that takes the free space in an HBox or VBox. */
    public static Region grow() {
        Region r = new Region();
        javafx.scene.layout.HBox.setHgrow(r, Priority.ALWAYS);
        VBox.setVgrow(r, Priority.ALWAYS);
        return r;
    }
}
