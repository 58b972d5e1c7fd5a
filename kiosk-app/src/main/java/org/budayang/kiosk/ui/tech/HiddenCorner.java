package org.budayang.kiosk.ui.tech;

import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;

/**
 * The technician entry: an invisible 120×120 region in the top-left corner; holding it for the
 * long-press time (3 s in a real kiosk) runs the action. Releasing earlier does nothing.
 */
public final class HiddenCorner {
    public static final double SIZE = 120;

    private final Region region = new Region();
    private final PauseTransition hold;

    public HiddenCorner(java.time.Duration longPress, Runnable action) {
        region.getStyleClass().add("tech-corner");
        region.setId("tech-corner");
        region.setPickOnBounds(true);
        region.setMinSize(SIZE, SIZE);
        region.setPrefSize(SIZE, SIZE);
        region.setMaxSize(SIZE, SIZE);
        StackPane.setAlignment(region, Pos.TOP_LEFT);
        hold = new PauseTransition(Duration.millis(longPress.toMillis()));
        hold.setOnFinished(e -> action.run());
        region.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            hold.playFromStart();
            e.consume();
        });
        region.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            hold.stop();
            e.consume();
        });
        region.addEventHandler(MouseEvent.MOUSE_CLICKED, MouseEvent::consume);
    }

    public Region node() {
        return region;
    }
}
