package org.budayang.kiosk.ui.identity;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.budayang.kiosk.ui.common.Messages;
import org.budayang.kiosk.ui.common.Widgets;

/**
 * The identification banner on the home screen: hidden while no card was placed; 正在读取身份证 while
 * reading; the holder masked (张*三 620102********0034) with 取走身份证即结束办理 and 结束办理 once
 * identified; what to do (and 重新读取) after an expired card or a failed read.
 */
public final class IdentityBanner {
    private final HBox root = new HBox();

    /**
     * @param vm     the identification state
     * @param finish  ends the session (the shell's 结束办理)
     * @param oneLine holder and message side by side (landscape), else one above the other (portrait)
     */
    public IdentityBanner(IdentificationViewModel vm, Messages messages, Runnable finish, boolean oneLine) {
        root.setId("identity-banner");
        root.getStyleClass().add("identity-banner");
        root.setAlignment(Pos.CENTER_LEFT);
        Label holder = Widgets.line("", "identity-holder");
        holder.setId("identity-holder");
        holder.textProperty().bind(Bindings.createStringBinding(
                () -> vm.holderNameProperty().get() + "　" + vm.holderIdNumberProperty().get(),
                vm.holderNameProperty(), vm.holderIdNumberProperty()));
        Label message = Widgets.text("", "identity-message");
        message.setId("identity-message");
        message.textProperty().bind(vm.messageProperty());
        Pane texts = oneLine ? new HBox(holder, message) : new VBox(holder, message);
        texts.getStyleClass().add(oneLine ? "identity-texts-line" : "identity-texts");
        if (texts instanceof HBox line) {
            line.setAlignment(Pos.CENTER_LEFT);
        }
        HBox.setHgrow(texts, Priority.ALWAYS);
        texts.setMaxWidth(Double.MAX_VALUE);
        Button end = Widgets.button(messages.get("identity.finish"), finish, "primary-button");
        end.setId("identity-finish");
        Button retry = Widgets.button(messages.get("identity.retry"), vm::retry);
        retry.setId("identity-retry");
        root.getChildren().addAll(texts, end, retry);

        visibleWhen(holder, vm, IdentificationState.IDENTIFIED);
        visibleWhen(end, vm, IdentificationState.IDENTIFIED);
        visibleWhen(retry, vm, IdentificationState.FAILED);
        root.visibleProperty().bind(vm.stateProperty().isNotEqualTo(IdentificationState.NONE));
        root.managedProperty().bind(root.visibleProperty());
        vm.stateProperty().addListener((obs, old, now) -> style(now));
        style(vm.stateProperty().get());
    }

    private static void visibleWhen(javafx.scene.Node node, IdentificationViewModel vm, IdentificationState state) {
        node.visibleProperty().bind(vm.stateProperty().isEqualTo(state));
        node.managedProperty().bind(node.visibleProperty());
    }

    private void style(IdentificationState state) {
        root.getStyleClass().removeAll("identity-ok", "identity-problem", "identity-reading");
        root.getStyleClass().add(switch (state) {
            case IDENTIFIED -> "identity-ok";
            case EXPIRED, FAILED -> "identity-problem";
            case NONE, WAITING, READING -> "identity-reading";
        });
    }

    public Parent root() {
        return root;
    }
}
