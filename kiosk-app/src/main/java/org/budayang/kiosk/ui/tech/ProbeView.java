package org.budayang.kiosk.ui.tech;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.budayang.kiosk.ui.common.Dialogs;
import org.budayang.kiosk.ui.common.Messages;
import org.budayang.kiosk.ui.common.Widgets;

/**
 * The 设备探测 page over the technician panel: what the probe found (the kiosk's own ports as 本机已使用 first), the
 * proposed {@code device.*} lines (those kept because the kiosk's device works are marked), the message, and
 * 开始探测 / 应用并重启 / 返回.
 */
public final class ProbeView {
    /** The findings scroll; the proposal below them stays in view (its own scroll for a long one). */
    private static final double MAX_LINES_HEIGHT = 380;
    private static final double MAX_PROPOSAL_HEIGHT = 260;

    private final Parent root;
    private final VBox lines = new VBox(6);
    private final VBox proposed = new VBox(4);
    private final ProbeViewModel vm;
    private final Messages messages;

    public ProbeView(ProbeViewModel vm, Messages messages, Runnable close) {
        this.vm = vm;
        this.messages = messages;
        lines.setId("probe-lines");
        vm.findings().addListener((ListChangeListener<String>) c -> rebuild());
        vm.proposal().addListener((ListChangeListener<ProbeViewModel.Proposed>) c -> rebuild());
        rebuild();
        proposed.setId("probe-proposal");
        ScrollPane scroll = scroll(lines, "probe-scroll", MAX_LINES_HEIGHT);
        scroll.setPrefViewportHeight(MAX_LINES_HEIGHT);
        ScrollPane proposalScroll = scroll(proposed, "probe-proposal-scroll", MAX_PROPOSAL_HEIGHT);
        proposalScroll.visibleProperty().bind(Bindings.isNotEmpty(vm.proposal()));
        proposalScroll.managedProperty().bind(proposalScroll.visibleProperty());
        Label message = Widgets.text("", "tech-summary");
        message.setId("probe-message");
        message.setMaxWidth(Double.MAX_VALUE);
        message.textProperty().bind(vm.messageProperty());
        message.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());

        Button probe = Widgets.button(messages.get("tech.probe.start"), vm::probe, "primary-button");
        probe.setId("probe-start");
        probe.visibleProperty().bind(vm.phaseProperty().isEqualTo(ProbePhase.READY)
                .or(vm.phaseProperty().isEqualTo(ProbePhase.FOUND)));
        probe.managedProperty().bind(probe.visibleProperty());
        Button apply = Widgets.button(messages.get("tech.probe.apply"), vm::apply, "danger-button");
        apply.setId("probe-apply");
        apply.visibleProperty().bind(Bindings.createBooleanBinding(() -> vm.phaseProperty().get() == ProbePhase.FOUND
                && vm.proposal().stream().anyMatch(ProbeViewModel.Proposed::applied), vm.phaseProperty(),
                vm.proposal()));
        apply.managedProperty().bind(apply.visibleProperty());
        Button back = Widgets.button(messages.get("common.back"), close);
        back.setId("probe-back");
        back.disableProperty().bind(vm.phaseProperty().isEqualTo(ProbePhase.APPLYING)
                .or(vm.phaseProperty().isEqualTo(ProbePhase.RESTARTING)));
        root = Dialogs.overlay("probe-page", 1400, Widgets.text(messages.get("tech.probe.title"), "dialog-title"),
                scroll, proposalScroll, message, Dialogs.buttons(probe, apply, back));
        root.getStylesheets().add(ProbeView.class.getResource(SelftestView.CSS).toExternalForm());
    }

    private static ScrollPane scroll(VBox content, String id, double maxHeight) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setId(id);
        scroll.getStyleClass().add("tech-scroll");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setMaxHeight(maxHeight);
        return scroll;
    }

    private void rebuild() {
        lines.getChildren().setAll(vm.findings().stream().map(l -> (Node) Widgets.text(l, "tech-line")).toList());
        proposed.getChildren().clear();
        if (!vm.proposal().isEmpty()) {
            proposed.getChildren().add(Widgets.text(messages.get("tech.probe.proposal"), "tech-line"));
            for (ProbeViewModel.Proposed p : vm.proposal()) {
                Label line = Widgets.text(p.key() + " = " + p.value() + (p.applied() ? ""
                        : "　" + messages.get("tech.probe.kept")), "tech-line", "tech-proposed");
                line.setId("probe-proposed-" + p.key().replace('.', '-'));
                proposed.getChildren().add(line);
            }
        }
    }

    public Parent root() {
        return root;
    }
}
