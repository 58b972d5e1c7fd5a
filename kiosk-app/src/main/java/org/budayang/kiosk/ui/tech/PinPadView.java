package org.budayang.kiosk.ui.tech;

import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import org.budayang.kiosk.ui.common.Dialogs;
import org.budayang.kiosk.ui.common.Messages;
import org.budayang.kiosk.ui.common.Widgets;

/** The technician's PIN pad: large digit keys, 删除, 确定 and 取消; the PIN shows as dots. */
public final class PinPadView {
    private final Parent root;

    public PinPadView(PinPadViewModel vm, Messages messages, Runnable cancel) {
        Label display = Widgets.text("", "pin-display");
        display.setId("pin-display");
        display.textProperty().bind(vm.maskedProperty());
        display.setMaxWidth(Double.MAX_VALUE);
        Label message = Widgets.text("", "pin-message", "dialog-text");
        message.setId("pin-message");
        message.textProperty().bind(vm.messageProperty());

        GridPane keys = new GridPane();
        keys.setHgap(16);
        keys.setVgap(16);
        keys.setAlignment(javafx.geometry.Pos.CENTER);
        for (int c = 0; c < 3; c++) {
            javafx.scene.layout.ColumnConstraints cc = new javafx.scene.layout.ColumnConstraints();
            cc.setPercentWidth(100.0 / 3);
            cc.setFillWidth(true);
            keys.getColumnConstraints().add(cc);
        }
        for (int d = 1; d <= 9; d++) {
            keys.add(key(String.valueOf(d), d, vm), (d - 1) % 3, (d - 1) / 3);
        }
        Button delete = pinButton(messages.get("tech.pin.delete"), vm::delete, "pin-delete");
        Button submit = pinButton(messages.get("tech.pin.submit"), vm::submit, "pin-submit");
        submit.getStyleClass().add("primary-button");
        keys.add(delete, 0, 3);
        keys.add(key("0", 0, vm), 1, 3);
        keys.add(submit, 2, 3);
        Button cancelButton = Widgets.button(messages.get("tech.pin.cancel"), cancel);
        cancelButton.setId("pin-cancel");
        root = Dialogs.overlay("pin-pad", 720, Widgets.text(messages.get("tech.pin.title"), "dialog-title"),
                display, message, keys, Dialogs.buttons(cancelButton));
    }

    private static Button key(String label, int digit, PinPadViewModel vm) {
        return pinButton(label, () -> vm.digit(digit), "pin-key-" + digit);
    }

    private static Button pinButton(String label, Runnable action, String id) {
        Button b = Widgets.button(label, action, "pin-key");
        b.getStyleClass().remove("kiosk-button");
        b.setId(id);
        b.setMaxWidth(Double.MAX_VALUE);
        return b;
    }

    public Parent root() {
        return root;
    }
}
