package org.budayang.kiosk.ui.attract;

import javafx.animation.Animation;
import javafx.animation.FadeTransition;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.util.Duration;
import org.budayang.kiosk.ui.common.Messages;
import org.budayang.kiosk.ui.common.Widgets;

/**
 * The attract screen. Its only motion is one small dot fading slowly in and out (opacity of a
 * 28 px node, no effects), and the clock text changes once a minute; both stop when the screen is
 * hidden.
 */
public final class AttractView {
    private static final Duration FADE = Duration.seconds(2.5);

    private final VBox root = new VBox();
    private final AttractViewModel vm;
    private final Timeline clock;
    private final FadeTransition pulse;

    public AttractView(AttractViewModel vm, Messages messages, Runnable onTouch) {
        this.vm = vm;
        root.getStyleClass().add("attract");
        Label site = Widgets.text(vm.siteName(), "attract-site");
        Label subtitle = Widgets.text(messages.get("attract.subtitle"), "attract-subtitle");
        Label date = Widgets.text("", "attract-date");
        date.textProperty().bind(vm.dateTextProperty());
        Label time = Widgets.text("", "attract-time");
        time.textProperty().bind(vm.timeTextProperty());
        Label touch = Widgets.text(messages.get("attract.touch_to_start"), "attract-touch");
        Circle dot = new Circle(14);
        dot.getStyleClass().add("attract-pulse");
        dot.setId("attract-pulse");
        root.getChildren().addAll(site, subtitle, Widgets.grow(), time, date, Widgets.grow(), touch, dot,
                Widgets.grow());
        root.setOnMouseClicked(e -> onTouch.run());

        clock = new Timeline(new KeyFrame(Duration.seconds(1), e -> vm.tick()));
        clock.setCycleCount(Animation.INDEFINITE);
        pulse = new FadeTransition(FADE, dot);
        pulse.setFromValue(1.0);
        pulse.setToValue(0.2);
        pulse.setAutoReverse(true);
        pulse.setCycleCount(Animation.INDEFINITE);
    }

    public Parent root() {
        return root;
    }

    /** Starts the clock and the animation (the screen is shown). */
    public void start() {
        vm.tick();
        clock.play();
        pulse.play();
    }

    /** Stops them (another screen is shown). */
    public void stop() {
        clock.stop();
        pulse.stop();
    }

    /** Whether the animation runs; for tests. */
    public boolean animating() {
        return pulse.getStatus() == Animation.Status.RUNNING;
    }
}
