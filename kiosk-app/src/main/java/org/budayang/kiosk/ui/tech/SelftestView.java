package org.budayang.kiosk.ui.tech;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.budayang.kiosk.ui.common.Dialogs;
import org.budayang.kiosk.ui.common.Messages;
import org.budayang.kiosk.ui.common.Widgets;

/**
 * The 设备自检 page over the technician panel: the prompt in large Chinese (English small under it), the progress,
 * each role's line (等待 / 测试中 / 通过 / 未通过 / 已跳过, model/firmware, 处理建议), the summary, and 开始自检, 跳过 and
 * 返回.
 */
public final class SelftestView {
    static final String CSS = "/org/budayang/kiosk/ui/tech/tech.css";
    private static final double MAX_ROWS_HEIGHT = 520;

    private final Parent root;
    private final VBox rows = new VBox(4);
    private final SelftestViewModel vm;
    private final Messages messages;

    public SelftestView(SelftestViewModel vm, Messages messages, Runnable close) {
        this.vm = vm;
        this.messages = messages;
        Label prompt = Widgets.text("", "tech-prompt");
        prompt.setId("selftest-prompt");
        prompt.setMaxWidth(Double.MAX_VALUE);
        prompt.textProperty().bind(vm.promptProperty());
        Label promptEn = shown(Widgets.text("", "tech-prompt-en"), "selftest-prompt-en");
        promptEn.textProperty().bind(vm.promptEnProperty());
        Label progress = shown(Widgets.text("", "tech-progress"), "selftest-progress");
        progress.textProperty().bind(vm.progressProperty());
        rows.setId("selftest-rows");
        vm.rows().addListener((ListChangeListener<SelftestViewModel.Row>) c -> rebuild());
        rebuild();
        ScrollPane scroll = new ScrollPane(rows);
        scroll.setId("selftest-scroll");
        scroll.getStyleClass().add("tech-scroll");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setPrefViewportHeight(MAX_ROWS_HEIGHT);
        scroll.setMaxHeight(MAX_ROWS_HEIGHT);
        Label summary = shown(Widgets.text("", "tech-summary"), "selftest-summary");
        summary.setMaxWidth(Double.MAX_VALUE);
        summary.textProperty().bind(vm.summaryProperty());

        Button start = Widgets.button(messages.get("tech.selftest.start"), vm::start, "primary-button");
        start.setId("selftest-start");
        start.visibleProperty().bind(vm.phaseProperty().isNotEqualTo(SelftestPhase.RUNNING));
        start.managedProperty().bind(start.visibleProperty());
        start.textProperty().bind(Bindings.createStringBinding(() -> messages.get(
                vm.phaseProperty().get() == SelftestPhase.DONE ? "tech.selftest.again" : "tech.selftest.start"),
                vm.phaseProperty()));
        Button skip = Widgets.button(messages.get("tech.selftest.skip"), vm::skip);
        skip.setId("selftest-skip");
        skip.visibleProperty().bind(vm.phaseProperty().isEqualTo(SelftestPhase.RUNNING));
        skip.managedProperty().bind(skip.visibleProperty());
        Button back = Widgets.button(messages.get("common.back"), close);
        back.setId("selftest-back");
        root = Dialogs.overlay("selftest-page", 1400, Widgets.text(messages.get("tech.selftest.title"),
                "dialog-title"), progress, prompt, promptEn, scroll, summary, Dialogs.buttons(start, skip, back));
        root.getStylesheets().add(SelftestView.class.getResource(CSS).toExternalForm());
    }

    private void rebuild() {
        rows.getChildren().setAll(vm.rows().stream().map(this::row).toList());
    }

    private Node row(SelftestViewModel.Row row) {
        Label state = Widgets.line(messages.get("tech.selftest.state." + row.state().name()), "tech-row-state");
        state.setId("selftest-state-" + row.role().configKey());
        if (row.state() == SelftestViewModel.RowState.PASSED) {
            state.getStyleClass().add("tech-pass");
        } else if (row.state() == SelftestViewModel.RowState.FAILED) {
            state.getStyleClass().add("tech-fail");
        } else if (row.state() == SelftestViewModel.RowState.TESTING) {
            state.getStyleClass().add("tech-testing");
        }
        Label line = Widgets.text(row.line(), "tech-line");
        VBox texts = new VBox(2, line);
        if (!row.advice().isEmpty()) {
            Label advice = Widgets.text(row.advice(), "tech-advice");
            advice.setId("selftest-advice-" + row.role().configKey());
            texts.getChildren().add(advice);
        }
        HBox.setHgrow(texts, Priority.ALWAYS);
        HBox box = new HBox(12, state, texts);
        box.setAlignment(Pos.TOP_LEFT);
        box.getStyleClass().add("tech-row");
        box.setId("selftest-row-" + row.role().configKey());
        return box;
    }

    private static Label shown(Label label, String id) {
        label.setId(id);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    public Parent root() {
        return root;
    }
}
