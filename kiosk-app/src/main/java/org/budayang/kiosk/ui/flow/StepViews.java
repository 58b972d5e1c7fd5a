package org.budayang.kiosk.ui.flow;

import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.budayang.api.catalog.FlowStep;
import org.budayang.api.catalog.StepInput;
import org.budayang.api.catalog.StepType;
import org.budayang.api.services.ApplicationOutcome;
import org.budayang.api.services.ApplicationReceipt;
import org.budayang.api.services.QueryResult;
import org.budayang.api.services.Requirement;
import org.budayang.api.services.ResultField;
import org.budayang.kiosk.service.ServiceDesk;
import org.budayang.kiosk.ui.common.Messages;
import org.budayang.kiosk.ui.common.Widgets;
import org.budayang.kiosk.ui.input.InputEditor;
import org.budayang.kiosk.ui.input.InputEditors;

/** The bodies of the asking steps (CHOOSE/FILL, CONFIRM, COMMITMENT, PAY, SUBMIT) and the working screen. */
final class StepViews {
    private final FlowEngine vm;
    private final Messages messages;
    private final InputEditors editors;
    private PayView payView;

    StepViews(FlowEngine vm, Messages messages, InputEditors editors) {
        this.vm = vm;
        this.messages = messages;
        this.editors = editors;
    }

    /** 正在查询… / 正在打印… with the print's live lines. */
    Node working() {
        Label what = Widgets.text(vm.status().messageProperty().get(), "flow-big");
        what.setId("flow-working");
        VBox box = new VBox(what, printLines());
        box.getStyleClass().add("flow-section");
        return box;
    }

    Node printLines() {
        VBox lines = new VBox();
        lines.setId("flow-print-lines");
        lines.getStyleClass().add("flow-lines");
        Runnable fill = () -> lines.getChildren().setAll(vm.status().printLines().stream()
                .map(l -> (Node) Widgets.text(l, "flow-text")).toList());
        // the flow's lines outlive this view: listen weakly, the node holds the listener (else every redraw's
        // node, its scroll pane and the pane's cached texture stay reachable for the kiosk's lifetime)
        ListChangeListener<String> listener = c -> fill.run();
        lines.getProperties().put(ListChangeListener.class, listener);
        vm.status().printLines().addListener(new javafx.collections.WeakListChangeListener<>(listener));
        fill.run();
        return lines;
    }

    /** One editor per input of the step, values prefilled from the card where the input asks for it. */
    Node form() {
        List<Node> groups = new java.util.ArrayList<>();
        for (StepInput input : vm.form().inputs()) {
            InputEditor editor = editors.editorFor(input);
            Label label = Widgets.text(input.label(), "flow-label");
            Label problem = Widgets.text("", "flow-problem");
            problem.textProperty().bind(editor.problem());
            // nothing entered yet is no problem to show: 下一步 stays disabled until every input is acceptable
            problem.visibleProperty().bind(editor.value().isNotEmpty());
            problem.managedProperty().bind(problem.visibleProperty());
            editor.value().addListener((obs, old, now) -> vm.form().update(input.key(), now,
                    editor.valid().get()));
            editor.valid().addListener((obs, old, now) -> vm.form().update(input.key(), editor.value().get(), now));
            editor.prefill(vm.form().prefillFor(input));
            vm.form().update(input.key(), editor.value().get(), editor.valid().get());
            editor.node().getProperties().put("inputKey", input.key());
            VBox group = new VBox();
            group.getStyleClass().add("flow-input");
            if (editor.labelsItself()) {
                group.getChildren().add(editor.node()); // the touch editor shows its label, hint and problem
            } else {
                group.getChildren().add(label);
                if (!input.hint().isEmpty()) {
                    group.getChildren().add(Widgets.text(input.hint(), "flow-hint"));
                }
                group.getChildren().addAll(editor.node(), problem);
            }
            groups.add(group);
        }
        VBox box = new VBox(new FormColumns(groups));
        box.getStyleClass().add("flow-section");
        return box;
    }

    /** The query result in pages, the summary of an application, or the answer of a submission before it. */
    Node confirm() {
        ServiceDesk.Submission submitted = vm.answers().submissionProperty().get();
        if (submitted != null) {
            return submitted();
        }
        QueryResult result = vm.answers().resultProperty().get();
        if (result == null) {
            VBox box = new VBox(Widgets.text(messages.get("flow.confirm.summary"), "flow-text"),
                    pairs(vm.form().summary()));
            box.getStyleClass().add("flow-section");
            box.setId("flow-summary");
            return box;
        }
        List<ResultPages.Page> pages = vm.answers().pagesProperty().get();
        int index = Math.min(vm.answers().pageProperty().get(), pages.size() - 1);
        ResultPages.Page page = pages.get(index);
        VBox box = new VBox(Widgets.text(result.title(), "flow-big"), Widgets.text(page.heading(), "flow-label"));
        box.setId("flow-result");
        box.getStyleClass().add("flow-section");
        if (!page.fields().isEmpty()) {
            box.getChildren().add(fields(page.fields()));
        }
        if (!page.header().isEmpty()) {
            box.getChildren().add(table(page.header(), page.rows()));
        }
        if (pages.size() > 1) {
            Button prev = Widgets.button(messages.get("flow.confirm.prev"), vm.answers()::previousPage, "pager-button");
            prev.setId("flow-page-prev");
            prev.setDisable(index == 0);
            Button next = Widgets.button(messages.get("flow.confirm.next_page"), vm.answers()::nextPage, "pager-button");
            next.setId("flow-page-next");
            next.setDisable(index == pages.size() - 1);
            Label where = Widgets.line(messages.get("flow.confirm.page", index + 1, pages.size()), "flow-text");
            where.setId("flow-page");
            HBox pager = new HBox(prev, where, next);
            pager.getStyleClass().add("flow-pager");
            box.getChildren().add(pager);
        }
        return box;
    }

    private static Node fields(List<ResultField> fields) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("flow-grid");
        for (int i = 0; i < fields.size(); i++) {
            grid.addRow(i, Widgets.text(fields.get(i).label(), "flow-key"),
                    Widgets.text(fields.get(i).value(), "flow-value"));
        }
        return grid;
    }

    private static Node pairs(Map<String, String> pairs) {
        return fields(pairs.entrySet().stream().map(e -> new ResultField(e.getKey(), e.getValue())).toList());
    }

    private static Node table(List<String> header, List<List<String>> rows) {
        GridPane grid = new GridPane();
        grid.getStyleClass().addAll("flow-grid", "flow-table");
        for (int c = 0; c < header.size(); c++) {
            grid.add(Widgets.text(header.get(c), "flow-key"), c, 0);
        }
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < header.size(); c++) {
                grid.add(Widgets.text(rows.get(r).get(c), "flow-value"), c, r + 1);
            }
        }
        return grid;
    }

    /** The letter, the 容缺 toggles, and 我已阅读并承诺. */
    Node commitment() {
        CommitmentModel letter = vm.commitment();
        Label text = Widgets.text("", "flow-letter");
        text.setId("flow-letter");
        text.textProperty().bind(letter.textProperty());
        VBox box = new VBox();
        box.getStyleClass().add("flow-section");
        if (!letter.deferrable().isEmpty()) {
            FlowPane chips = new FlowPane();
            chips.getStyleClass().add("flow-choices");
            for (String material : letter.deferrable()) {
                ToggleButton chip = new ToggleButton(messages.get("flow.letter.lacking", material));
                chip.getStyleClass().add("flow-choice");
                chip.setUserData(material);
                chip.setFocusTraversable(false);
                chip.setSelected(letter.lacking().contains(material));
                chip.setOnAction(e -> letter.toggleLacking(material));
                chips.getChildren().add(chip);
            }
            box.getChildren().addAll(Widgets.text(messages.get("flow.letter.lacking.title"), "flow-text"), chips);
        }
        CheckBox agree = new CheckBox(messages.get("flow.letter.agree"));
        agree.setId("flow-agree");
        agree.getStyleClass().add("flow-agree");
        agree.setFocusTraversable(false);
        agree.setWrapText(true);
        agree.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        agree.selectedProperty().bindBidirectional(letter.agreedProperty());
        agree.visibleProperty().bind(letter.needsSignatureProperty());
        agree.managedProperty().bind(agree.visibleProperty());
        box.getChildren().addAll(text, agree);
        return box;
    }

    /**
     * The PAY step: with payments wired the bill, 现金 / 扫码支付 and their screens ({@link PayView}, one node for the
     * flow's life); without, what is due (from the query) and where to pay instead.
     */
    Node pay() {
        if (vm.pay().available()) {
            if (payView == null) {
                payView = new PayView(vm, messages);
            }
            return payView.root();
        }
        QueryResult result = vm.answers().resultProperty().get();
        String due = result == null ? null : result.sections().stream().flatMap(s -> s.fields().stream())
                .filter(f -> f.label().contains("应缴") || f.label().contains("金额")).map(ResultField::value)
                .findFirst().orElse(null);
        Label amount = Widgets.text(due == null ? messages.get("flow.pay.none") : messages.get("flow.pay.due", due),
                "flow-big");
        amount.setId("flow-pay-due");
        String where = vm.item() == null ? "" : vm.item().guide().location();
        VBox box = new VBox(amount, Widgets.text(messages.get("flow.pay.not_here", where), "flow-text"));
        box.getStyleClass().add("flow-section");
        return box;
    }

    /** The answer of SUBMIT: 办件编号 and promised date, 容缺 with deadline, or 一次性告知 (not accepted). */
    Node submitted() {
        ServiceDesk.Submission answer = vm.answers().submissionProperty().get();
        VBox box = new VBox();
        box.setId("flow-submitted");
        box.getStyleClass().add("flow-section");
        if (answer == null) {
            return box;
        }
        box.getChildren().add(Widgets.text(answer.message(), "flow-big"));
        ApplicationReceipt receipt = answer.receipt();
        if (receipt != null && receipt.outcome() == ApplicationOutcome.NOT_ACCEPTED) {
            box.getChildren().add(Widgets.text(messages.get("flow.submit.not_accepted"), "flow-text", "flow-bad"));
            box.getChildren().add(missing(receipt.missing()));
            return box;
        }
        Label number = Widgets.text(messages.get("flow.submit.number", answer.number()), "flow-number");
        number.setId("flow-number");
        box.getChildren().add(number);
        if (receipt != null && receipt.promisedDate() != null) {
            box.getChildren().add(Widgets.text(messages.get("flow.submit.promised", receipt.promisedDate()),
                    "flow-text"));
        }
        if (receipt != null && receipt.outcome() == ApplicationOutcome.ACCEPTED_WITH_DEFERRED) {
            box.getChildren().add(Widgets.text(messages.get("flow.submit.deferred", receipt.deferredDeadline()),
                    "flow-text", "flow-bad"));
            box.getChildren().add(missing(receipt.missing()));
        }
        return box;
    }

    private static Node missing(List<Requirement> missing) {
        VBox list = new VBox();
        list.setId("flow-missing");
        for (Requirement r : missing) {
            list.getChildren().add(Widgets.text("· " + r.name() + "：" + r.detail(),
                    "flow-text"));
        }
        return list;
    }

    /** The action bar: 下一步 (刷脸签署 / 确认签署 on a letter, 仅查询不缴费 on PAY), enabled when the step may go on. */
    Node actions(FlowStep step) {
        String text = switch (step.type()) {
            case PAY -> messages.get("flow.pay.skip");
            case COMMITMENT -> messages.get(vm.commitment().needsSignatureProperty().get()
                    ? "flow.letter.sign" : "flow.next");
            default -> messages.get("flow.next");
        };
        Button next = Widgets.button(text, vm::next, "primary-button", "flow-next");
        next.setId("flow-next");
        if (step.type() == StepType.PAY && vm.pay().available()) {
            // 下一步 once paid; 结束办理 once refunded or left to the recovery; nothing while the payment is open
            var phase = vm.pay().phaseProperty();
            next.visibleProperty().bind(phase.isEqualTo(PayPhase.PAID).or(phase.isEqualTo(PayPhase.REFUNDED))
                    .or(phase.isEqualTo(PayPhase.PENDING)));
            next.textProperty().bind(Bindings.when(phase.isEqualTo(PayPhase.PAID))
                    .then(messages.get("pay.continue")).otherwise(messages.get("pay.end")));
        } else if (step.type() == StepType.CHOOSE || step.type() == StepType.FILL) {
            next.disableProperty().bind(vm.form().completeProperty().not());
        } else if (step.type() == StepType.COMMITMENT) {
            next.disableProperty().bind(vm.commitment().canSignProperty().not());
            next.textProperty().bind(Bindings.when(vm.commitment().needsSignatureProperty())
                    .then(messages.get("flow.letter.sign")).otherwise(messages.get("flow.next")));
        }
        HBox bar = new HBox(Widgets.grow(), next);
        bar.getStyleClass().add("flow-action-bar");
        return bar;
    }
}
