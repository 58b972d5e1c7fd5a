package org.budayang.kiosk.ui.attract;

import javafx.animation.Animation;
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
 * The attract screen. It must cost almost no CPU while it waits, day and night: one timeline steps
 * once a second; each step changes the opacity of one 28 px dot (a slow 6-second "breathing", no
 * effects) and updates the clock text (which changes once a minute). Measured under Xvfb on the
 * 2-core build machine: a smooth FadeTransition repaints 60 times a second and cost ~17 % of a core,
 * two steps a second ~3.3 %, one step a second ~2.2-2.6 %.
 */
public final class AttractView {
    /** The dot's opacity at each step: down and up again over 6 steps of 1 s. */
    static final double[] BREATH = {1.0, 0.7, 0.45, 0.25, 0.45, 0.7};
    private static final Duration STEP = Duration.seconds(1);

    private final VBox root = new VBox();
    private final AttractViewModel vm;
    private final Circle dot = new Circle(14);
    private final Timeline timeline;
    private int step;

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
        dot.getStyleClass().add("attract-pulse");
        dot.setId("attract-pulse");
        root.getChildren().addAll(site, subtitle, Widgets.grow(), time, date, Widgets.grow(), touch, dot,
                Widgets.grow());
        root.setOnMouseClicked(e -> onTouch.run());

        timeline = new Timeline(new KeyFrame(STEP, e -> step()));
        timeline.setCycleCount(Animation.INDEFINITE);
    }

    private void step() {
        step = (step + 1) % BREATH.length;
        dot.setOpacity(BREATH[step]);
        vm.tick();
    }

    public Parent root() {
        return root;
    }

    /** Starts the clock and the breathing dot (the screen is shown). */
    public void start() {
        vm.tick();
        step = 0;
        dot.setOpacity(BREATH[0]);
        timeline.play();
    }

    /** Stops them (another screen is shown). */
    public void stop() {
        timeline.stop();
    }

    /** Whether the attract timeline runs; for tests. */
    public boolean animating() {
        return timeline.getStatus() == Animation.Status.RUNNING;
    }
}
