package org.budayang.kiosk.ui.flow;

import java.util.Objects;
import javafx.beans.Observable;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.budayang.api.catalog.FlowStep;
import org.budayang.api.catalog.StepType;
import org.budayang.api.services.HelpAnswer;
import org.budayang.kiosk.ui.common.Dialogs;
import org.budayang.kiosk.ui.common.Messages;
import org.budayang.kiosk.ui.common.Widgets;
import org.budayang.kiosk.ui.input.InputEditors;

/**
 * The screen of every step of an item's flow but the identification ones: the progress header, the step's prompt
 * large, the body of the step's type ({@link StepViews}, {@link EvaluateView}) and its action bar; the 呼叫帮办 panel
 * over it. The body is rebuilt when the state or the step changes (never while the citizen edits a step).
 */
public final class FlowView {
    private final FlowEngine vm;
    private final Messages messages;
    private final StepViews steps;
    private final EvaluateView evaluate;
    private final BorderPane frame = new BorderPane();
    private final ScrollPane scroll = newScroll();
    private final StackPane root;

    public FlowView(FlowEngine vm, Messages messages, InputEditors editors) {
        this.vm = Objects.requireNonNull(vm, "vm");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.steps = new StepViews(vm, messages, editors);
        this.evaluate = new EvaluateView(vm, messages);
        frame.setTop(header(vm, messages));
        frame.getStyleClass().addAll("screen", "flow");
        root = new StackPane(frame, helpPanel(vm, messages));
        root.setId("flow-screen");
        for (Observable o : new Observable[] {vm.status().shownProperty(), vm.answers().pageProperty()}) {
            o.addListener(x -> rebuild());
        }
        rebuild();
    }

    /** The progress header with the mute button: also on top of the identification and face screens. */
    public static Node header(FlowEngine vm, Messages messages) {
        Label progress = Widgets.text("", "flow-progress");
        progress.setId("flow-progress");
        progress.textProperty().bind(vm.status().progressProperty());
        Button mute = Widgets.button(messages.get("flow.mute"), vm.assist()::toggleMute, "flow-mute");
        mute.setId("flow-mute");
        mute.textProperty().bind(javafx.beans.binding.Bindings.when(vm.assist().mutedProperty())
                .then(messages.get("flow.unmute")).otherwise(messages.get("flow.mute")));
        HBox bar = new HBox(progress, Widgets.grow(), mute);
        bar.getStyleClass().add("flow-header");
        return bar;
    }

    /** A step screen of the shell (identification, face) with the flow's header and help panel. */
    public static Parent wrap(Parent screen, FlowEngine vm, Messages messages) {
        BorderPane framed = new BorderPane(screen);
        framed.setTop(header(vm, messages));
        return new StackPane(framed, helpPanel(vm, messages));
    }

    private static Node helpPanel(FlowEngine vm, Messages messages) {
        Label text = Widgets.text("", "dialog-text");
        Label wait = Widgets.text("", "dialog-text", "strong");
        wait.setId("flow-help-wait");
        Label phone = Widgets.text("", "phone");
        phone.setId("flow-help-phone");
        StackPane panel = Dialogs.overlay("flow-help", 960, Widgets.text(messages.get("flow.help.title"),
                "dialog-title"), text, wait, phone, Dialogs.buttons(Widgets.button(messages.get("common.ok"),
                vm.assist()::closeHelp, "primary-button")));
        panel.setVisible(false);
        vm.assist().helpProperty().addListener((obs, old, now) -> show(panel, text, wait, phone, now, messages));
        return panel;
    }

    private static void show(StackPane panel, Label text, Label wait, Label phone, HelpAnswer answer,
            Messages messages) {
        panel.setVisible(answer != null);
        if (answer != null) {
            text.setText(answer.message());
            wait.setText(messages.get("flow.help.wait", answer.expectedMinutes()));
            phone.setText(answer.phone().isEmpty() ? "" : messages.get("flow.help.phone", answer.phone()));
        }
    }

    private void rebuild() {
        FlowStep step = vm.status().stepProperty().get();
        FlowState state = vm.status().stateProperty().get();
        if (state != FlowState.FINISHED) {
            evaluate.stopCountdown();
        }
        Node body;
        Node actions = null;
        switch (state) {
            case WORKING -> body = steps.working();
            case FAILED -> body = failed(step);
            case UNAVAILABLE -> body = unavailable();
            case FINISHED -> body = evaluate.finished();
            case READY -> {
                body = step == null ? new VBox() : switch (step.type()) {
                    case CHOOSE, FILL -> steps.form();
                    case CONFIRM -> steps.confirm();
                    case COMMITMENT -> steps.commitment();
                    case PAY -> steps.pay();
                    case SUBMIT -> steps.submitted();
                    case EVALUATE -> evaluate.rating();
                    default -> new VBox();
                };
                actions = step == null || step.type() == StepType.EVALUATE ? null : steps.actions(step);
            }
            default -> body = new VBox();
        }
        VBox column = new VBox();
        column.getStyleClass().add("flow-body");
        // on a form step whose prompt is its title the progress line says it already: the room goes to the inputs
        boolean formSaysIt = state == FlowState.READY && step != null
                && (step.type() == StepType.CHOOSE || step.type() == StepType.FILL) && step.prompt().equals(step.title());
        if (step != null && state != FlowState.FINISHED && !formSaysIt) {
            Label prompt = Widgets.text(step.prompt(), "flow-prompt");
            prompt.setId("flow-prompt");
            column.getChildren().add(prompt);
        }
        column.getChildren().add(body);
        // one scroll pane for the flow's life: its skin caches the viewport as a bitmap (5.8 MB at 1920×1080 in the
        // software pipeline), so a new pane per redraw cost that much memory each time
        scroll.setContent(column);
        scroll.setVvalue(0);
        if (frame.getCenter() != scroll) {
            frame.setCenter(scroll);
        }
        frame.setBottom(actions);
    }

    private static ScrollPane newScroll() {
        ScrollPane pane = new ScrollPane();
        pane.setFitToWidth(true);
        pane.getStyleClass().add("flow-scroll");
        return pane;
    }

    private Node failed(FlowStep step) {
        boolean printing = step != null && step.type() == StepType.PRINT;
        Label title = Widgets.text(messages.get(printing ? "flow.print.failed" : "flow.failed.title"),
                "flow-big", "flow-bad");
        Label why = Widgets.text(vm.status().messageProperty().get(), "flow-message");
        why.setId("flow-failure");
        HBox buttons = new HBox();
        buttons.getStyleClass().add("flow-actions");
        if (vm.status().retryableProperty().get()) {
            Button retry = Widgets.button(messages.get(printing ? "flow.print.retry" : "flow.retry"), vm::retry,
                    "primary-button", "flow-action");
            retry.setId("flow-retry");
            buttons.getChildren().add(retry);
        } else {
            // retrying cannot change the answer (e.g. 不是待遇领取人员): home or help, never 重试
            Button home = Widgets.button(messages.get("flow.finish.home"), vm::goHome, "primary-button",
                    "flow-action");
            home.setId("flow-go-home");
            buttons.getChildren().add(home);
        }
        buttons.getChildren().addAll(helpButton(), toEvaluation());
        VBox box = new VBox(title, why, steps.printLines(), buttons);
        box.getStyleClass().add("flow-section");
        return box;
    }

    private Node unavailable() {
        Label title = Widgets.text(messages.get("flow.unavailable.title"), "flow-big", "flow-bad");
        title.setId("flow-unavailable");
        Label why = Widgets.text(vm.status().messageProperty().get(), "flow-message");
        Label instead = Widgets.text(vm.answers().insteadAdvice(), "flow-text");
        instead.setId("flow-instead");
        HBox buttons = new HBox(helpButton(), toEvaluation());
        buttons.getStyleClass().add("flow-actions");
        VBox box = new VBox(title, why, instead, buttons);
        box.getStyleClass().add("flow-section");
        return box;
    }

    private Button helpButton() {
        Button help = Widgets.button(messages.get("flow.call_help"), () -> vm.assist().askHelp("FLOW"), "flow-action");
        help.setId("flow-call-help");
        return help;
    }

    private Button toEvaluation() {
        Button end = Widgets.button(messages.get("flow.to_evaluation"), vm::toEvaluation, "flow-action");
        end.setId("flow-to-evaluation");
        return end;
    }

    public Parent root() {
        return root;
    }
}
