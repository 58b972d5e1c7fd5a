package org.budayang.kiosk.ui.help;

import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.budayang.kiosk.ui.common.Dialogs;
import org.budayang.kiosk.ui.common.Messages;
import org.budayang.kiosk.ui.common.Widgets;
import org.budayang.kiosk.ui.shell.ShellViewModel;

/** 帮助: how to use the kiosk and whom to call (the item's 咨询电话 on a guide, else 12345). */
public final class HelpView {
    private final Parent root;

    public HelpView(ShellViewModel vm, Messages messages) {
        VBox steps = new VBox(12);
        for (int i = 1; i <= 5; i++) {
            steps.getChildren().add(Widgets.text(messages.get("help.step" + i), "dialog-text"));
        }
        Label caption = Widgets.text("", "dialog-text");
        caption.textProperty().bind(vm.helpPhoneCaptionProperty());
        Label phone = Widgets.text("", "phone");
        phone.setId("help-phone");
        phone.textProperty().bind(vm.helpPhoneProperty());
        root = Dialogs.overlay("help-overlay", 960,
                Widgets.text(messages.get("help.title"), "dialog-title"), steps, caption, phone,
                Dialogs.buttons(Widgets.button(messages.get("common.close"), vm::closeOverlay, "primary-button")));
    }

    public Parent root() {
        return root;
    }
}
