package org.budayang.kiosk.ui.identity;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.budayang.kiosk.core.config.Orientation;
import org.budayang.kiosk.identity.IdentificationWay;
import org.budayang.kiosk.ui.common.BlockButton;
import org.budayang.kiosk.ui.common.Messages;
import org.budayang.kiosk.ui.common.Widgets;

/**
 * The identification choice screen: one large button per way that works now (pictogram, name, "+ 刷脸", what to
 * do), side by side in landscape and stacked in portrait; once a way is chosen, what to present (or what went
 * wrong) large, with 换一种方式 and 呼叫帮办. No way works: says so and offers 呼叫帮办. 返回 is on the bottom bar.
 */
public final class IdentificationChoiceView {
    private final VBox root = new VBox();
    private final IdentificationChoiceViewModel vm;
    private final Messages messages;
    private final Pane ways;

    /**
     * @param vm             the choice
     * @param identification the identification the chosen way runs (its message is shown large)
     * @param callHelp       呼叫帮办
     */
    public IdentificationChoiceView(IdentificationChoiceViewModel vm, IdentificationViewModel identification,
            Messages messages, Runnable callHelp, Orientation orientation) {
        this.vm = vm;
        this.messages = messages;
        root.setId("identify-screen");
        root.getStyleClass().addAll("screen", "identify");
        Label title = Widgets.text(messages.get("ident.title"), "screen-title");
        Label item = Widgets.text("", "screen-subtitle");
        item.setId("identify-item");
        item.textProperty().bind(Bindings.createStringBinding(() -> messages.get("ident.item",
                vm.itemNameProperty().get()), vm.itemNameProperty()));

        ways = orientation == Orientation.PORTRAIT ? new VBox() : new HBox();
        ways.getStyleClass().add("way-row");
        VBox.setVgrow(ways, Priority.ALWAYS);
        vm.ways().addListener((ListChangeListener<IdentificationWay>) c -> rebuild());
        vm.faceCheckProperty().addListener((obs, old, now) -> rebuild());
        rebuild();

        Label prompt = Widgets.text("", "way-prompt");
        prompt.setId("identify-prompt");
        prompt.textProperty().bind(identification.messageProperty());
        prompt.setMaxWidth(Double.MAX_VALUE);
        Button other = Widgets.button(messages.get("ident.other_way"), vm::chooseAgain);
        other.setId("identify-other-way");
        Button help = Widgets.button(messages.get("ident.call_help"), callHelp, "primary-button");
        help.setId("identify-call-help");
        HBox promptButtons = new HBox(other, help);
        promptButtons.getStyleClass().add("dialog-buttons");
        javafx.scene.Group chosenPictogram = new javafx.scene.Group();
        vm.chosenProperty().addListener((obs, old, now) -> chosenPictogram.getChildren().setAll(
                now == null ? java.util.List.of() : java.util.List.of(WayPictogram.large(now, 2.2))));
        VBox chosen = new VBox(chosenPictogram, prompt, promptButtons);
        chosen.getStyleClass().add("way-chosen");
        chosen.setAlignment(Pos.CENTER);
        VBox.setVgrow(chosen, Priority.ALWAYS);

        Label none = Widgets.text(messages.get("ident.none"), "way-prompt");
        none.setId("identify-none");
        Button noneHelp = Widgets.button(messages.get("ident.call_help"), callHelp, "primary-button");
        noneHelp.setId("identify-none-help");
        VBox noWay = new VBox(none, noneHelp);
        noWay.getStyleClass().add("way-chosen");
        noWay.setAlignment(Pos.CENTER);
        VBox.setVgrow(noWay, Priority.ALWAYS);
        Button help2 = Widgets.button(messages.get("ident.call_help"), callHelp);
        help2.setId("identify-help");
        HBox helpRow = new HBox(Widgets.grow(), help2);
        helpRow.setAlignment(Pos.CENTER_RIGHT);

        showWhen(ways, Bindings.createBooleanBinding(() -> vm.chosenProperty().get() == null
                && !vm.noWayProperty().get(), vm.chosenProperty(), vm.noWayProperty()));
        showWhen(chosen, vm.chosenProperty().isNotNull());
        showWhen(noWay, Bindings.createBooleanBinding(() -> vm.chosenProperty().get() == null
                && vm.noWayProperty().get(), vm.chosenProperty(), vm.noWayProperty()));
        showWhen(helpRow, ways.visibleProperty());
        root.getChildren().addAll(title, item, ways, chosen, noWay, helpRow);
    }

    private static void showWhen(javafx.scene.Node node, javafx.beans.value.ObservableBooleanValue shown) {
        node.visibleProperty().bind(shown);
        node.managedProperty().bind(node.visibleProperty());
    }

    private void rebuild() {
        ways.getChildren().clear();
        for (IdentificationWay way : vm.ways()) {
            Label name = Widgets.text(messages.get("ident.way." + way.name()), "way-name");
            String extra = way.capturesFace() ? (vm.faceCheckProperty().get() ? messages.get("ident.way.face") : "")
                    : messages.get("ident.way.scan");
            Label plus = Widgets.text(extra, "way-extra");
            plus.setVisible(!extra.isEmpty());
            plus.setManaged(!extra.isEmpty());
            Label hint = Widgets.text(messages.get("ident.hint." + way.name()), "way-hint");
            VBox box = new VBox(WayPictogram.large(way, 1.6), name, plus, hint);
            box.getStyleClass().add("way-box");
            box.setAlignment(Pos.CENTER);
            BlockButton button = new BlockButton(box);
            button.setId("way-" + way.name());
            button.getStyleClass().add("way-button");
            button.setMaxWidth(Double.MAX_VALUE);
            button.setMinWidth(0);
            button.setPrefWidth(1); // equal shares of the row, whatever the text
            button.setMaxHeight(Double.MAX_VALUE);
            HBox.setHgrow(button, Priority.ALWAYS);
            VBox.setVgrow(button, Priority.ALWAYS);
            button.setOnAction(e -> vm.choose(way));
            ways.getChildren().add(button);
        }
    }

    public Parent root() {
        return root;
    }
}
