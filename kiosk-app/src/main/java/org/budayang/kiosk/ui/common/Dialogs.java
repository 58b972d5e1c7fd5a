package org.budayang.kiosk.ui.common;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** An overlay: a dark scrim over the screen with a card in the middle. */
public final class Dialogs {
    private Dialogs() {
    }

    /**
     * @param id       the overlay's node id (tests look it up)
     * @param maxWidth the card's widest width in px
     */
    public static StackPane overlay(String id, double maxWidth, Node... children) {
        VBox card = new VBox(children);
        card.getStyleClass().add("dialog");
        card.setMaxWidth(maxWidth);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        StackPane scrim = new StackPane(card);
        scrim.getStyleClass().add("scrim");
        scrim.setId(id);
        StackPane.setAlignment(card, Pos.CENTER);
        scrim.setPadding(new javafx.geometry.Insets(40));
        // a touch on the scrim must not reach the screen below
        scrim.setOnMouseClicked(e -> e.consume());
        return scrim;
    }

    public static HBox buttons(Node... buttons) {
        HBox row = new HBox(buttons);
        row.getStyleClass().add("dialog-buttons");
        return row;
    }
}
