package org.budayang.kiosk.ui.flow;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.budayang.api.services.Satisfaction;
import org.budayang.kiosk.ui.common.Messages;
import org.budayang.kiosk.ui.common.Widgets;

/**
 * 好差评 (five large buttons, reason chips after 不满意 / 非常不满意, 跳过) and the finish screen (请取走证件和凭条,
 * the 办件编号, back home after {@link #FINISH_SECONDS} seconds or on 返回首页).
 */
final class EvaluateView {
    /** How long the finish screen stays before the kiosk goes home by itself. */
    static final int FINISH_SECONDS = 8;

    private final FlowEngine vm;
    private final Messages messages;
    private Timeline countdown;

    EvaluateView(FlowEngine vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
    }

    Node rating() {
        stopCountdown();
        VBox box = new VBox();
        box.setId("flow-evaluate");
        box.getStyleClass().add("flow-section");
        box.getChildren().add(Widgets.text(messages.get("flow.evaluate.voluntary"), "flow-text"));
        FlowPane levels = new FlowPane();
        levels.getStyleClass().add("flow-levels");
        for (Satisfaction level : Satisfaction.values()) {
            Button b = Widgets.button(level.label(), () -> vm.evaluation().rate(level), "flow-rate");
            b.setId("flow-rate-" + level.name());
            b.getStyleClass().add(level.negative() ? "flow-rate-negative" : "flow-rate-positive");
            levels.getChildren().add(b);
        }
        box.getChildren().add(levels);
        VBox reasons = reasons();
        reasons.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> vm.evaluation().levelProperty().get() != null
                        && vm.evaluation().levelProperty().get().negative(),
                vm.evaluation().levelProperty()));
        reasons.managedProperty().bind(reasons.visibleProperty());
        Button skip = Widgets.button(messages.get("flow.evaluate.skip"), vm.evaluation()::skip, "flow-action");
        skip.setId("flow-skip");
        box.getChildren().addAll(reasons, new HBox(Widgets.grow(), skip));
        return box;
    }

    private VBox reasons() {
        FlowPane chips = new FlowPane();
        chips.getStyleClass().add("flow-choices");
        for (String reason : vm.evaluation().reasonChoices()) {
            ToggleButton chip = new ToggleButton(reason);
            chip.getStyleClass().add("flow-choice");
            chip.setFocusTraversable(false);
            chip.setOnAction(e -> vm.evaluation().toggleReason(reason));
            chips.getChildren().add(chip);
        }
        // the evaluation's reasons outlive this view: listen weakly, the chips hold the listener (see StepViews)
        ListChangeListener<String> listener = c -> chips.getChildren().forEach(
                n -> ((ToggleButton) n).setSelected(vm.evaluation().reasons().contains(((ToggleButton) n).getText())));
        chips.getProperties().put(ListChangeListener.class, listener);
        vm.evaluation().reasons().addListener(new javafx.collections.WeakListChangeListener<>(listener));
        Button send = Widgets.button(messages.get("flow.evaluate.send"), vm.evaluation()::sendEvaluation, "primary-button",
                "flow-action");
        send.setId("flow-send-evaluation");
        VBox box = new VBox(Widgets.text(messages.get("flow.evaluate.reasons_title"), "flow-text"), chips, send);
        box.setId("flow-reasons");
        box.getStyleClass().add("flow-section");
        return box;
    }

    Node finished() {
        Label take = Widgets.text(messages.get("flow.finish.take"), "flow-big");
        take.setId("flow-finish");
        String number = vm.answers().serviceNumberProperty().get();
        String key = vm.answers().submissionProperty().get() != null ? "flow.finish.number" : "flow.finish.tx_number";
        Label numberLabel = Widgets.text(number.isEmpty() ? "" : messages.get(key, number), "flow-number");
        numberLabel.setId("flow-finish-number");
        Label left = Widgets.text(messages.get("flow.finish.countdown", FINISH_SECONDS), "flow-text");
        Button home = Widgets.button(messages.get("flow.finish.home"), this::home, "primary-button", "flow-action");
        home.setId("flow-home");
        VBox box = new VBox(take, numberLabel, left, home);
        box.getStyleClass().addAll("flow-section", "flow-finished");
        stopCountdown();
        int[] seconds = {FINISH_SECONDS};
        countdown = new Timeline(new KeyFrame(Duration.seconds(1), e -> {
            seconds[0]--;
            left.setText(messages.get("flow.finish.countdown", Math.max(0, seconds[0])));
            if (seconds[0] <= 0) {
                home();
            }
        }));
        countdown.setCycleCount(FINISH_SECONDS);
        countdown.play();
        return box;
    }

    private void home() {
        stopCountdown();
        if (vm.status().stateProperty().get() == FlowState.FINISHED) {
            vm.returnHome();
        }
    }

    void stopCountdown() {
        if (countdown != null) {
            countdown.stop();
            countdown = null;
        }
    }
}
