package org.budayang.kiosk.ui.help;

import javafx.scene.Parent;
import org.budayang.kiosk.ui.common.Dialogs;
import org.budayang.kiosk.ui.common.Messages;
import org.budayang.kiosk.ui.common.Widgets;
import org.budayang.kiosk.ui.shell.ShellViewModel;

/** What 开始办理 says until the item's flow exists: honestly, that it is coming. */
public final class NoticeView {
    private final Parent root;

    public NoticeView(ShellViewModel vm, Messages messages) {
        root = Dialogs.overlay("start-notice", 900,
                Widgets.text(messages.get("guide.start.notice.title"), "dialog-title"),
                Widgets.text(messages.get("guide.start.notice"), "dialog-text", "dialog-center"),
                Dialogs.buttons(Widgets.button(messages.get("common.ok"), vm::closeOverlay, "primary-button")));
    }

    public Parent root() {
        return root;
    }
}
