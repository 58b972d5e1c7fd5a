package org.budayang.kiosk.ui.tech;

import javafx.collections.ListChangeListener;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.layout.VBox;
import org.budayang.kiosk.ui.common.Dialogs;
import org.budayang.kiosk.ui.common.Messages;
import org.budayang.kiosk.ui.common.Widgets;

/** The technician panel: catalogue status, refresh, 退出自助模式 and 返回. */
public final class TechnicianView {
    private final Parent root;
    private final VBox lines = new VBox(8);
    private final TechnicianViewModel vm;

    public TechnicianView(TechnicianViewModel vm, Messages messages, Runnable close) {
        this.vm = vm;
        lines.setId("tech-status");
        vm.statusLines().addListener((ListChangeListener<String>) c -> rebuild());
        rebuild();
        Button refresh = Widgets.button(messages.get("tech.panel.refresh"), vm::refreshCatalog);
        refresh.setId("tech-refresh");
        Button exit = Widgets.button(messages.get("tech.panel.exit"), vm::exitKioskMode, "danger-button");
        exit.setId("tech-exit");
        Button back = Widgets.button(messages.get("common.back"), close, "primary-button");
        back.setId("tech-back");
        root = Dialogs.overlay("technician-panel", 1000,
                Widgets.text(messages.get("tech.panel.title"), "dialog-title"), lines,
                Dialogs.buttons(refresh, exit, back));
    }

    private void rebuild() {
        lines.getChildren().setAll(vm.statusLines().stream().map(l -> Widgets.text(l, "tech-line")).toList());
    }

    public Parent root() {
        return root;
    }
}
