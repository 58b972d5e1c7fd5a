package org.budayang.kiosk.ui.idle;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.util.Duration;
import org.budayang.kiosk.ui.common.Dialogs;
import org.budayang.kiosk.ui.common.Messages;
import org.budayang.kiosk.ui.common.Widgets;

/** "是否继续办理？" with the seconds left and 继续办理; a 1 s timeline drives the view model. */
public final class IdleView {
    private final Parent root;
    private final Timeline ticker;

    public IdleView(IdleViewModel vm, Messages messages) {
        Label seconds = Widgets.text("", "countdown");
        seconds.setId("idle-seconds");
        seconds.textProperty().bind(vm.secondsLeftProperty().asString());
        Label text = Widgets.text("", "dialog-text", "dialog-center");
        text.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> messages.get("idle.countdown", vm.secondsLeftProperty().get()),
                vm.secondsLeftProperty()));
        Button cont = Widgets.button(messages.get("idle.continue"), vm::activity, "primary-button");
        cont.setId("idle-continue");
        root = Dialogs.overlay("idle-overlay", 900, Widgets.text(messages.get("idle.title"), "dialog-title"),
                seconds, text, Dialogs.buttons(cont));
        root.visibleProperty().bind(vm.countingProperty());
        ticker = new Timeline(new KeyFrame(Duration.seconds(1), e -> vm.tick()));
        ticker.setCycleCount(Animation.INDEFINITE);
    }

    public void start() {
        ticker.play();
    }

    public void stop() {
        ticker.stop();
    }

    public Parent root() {
        return root;
    }
}
