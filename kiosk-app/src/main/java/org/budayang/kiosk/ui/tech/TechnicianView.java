package org.budayang.kiosk.ui.tech;

import javafx.collections.ListChangeListener;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.budayang.kiosk.ui.common.Dialogs;
import org.budayang.kiosk.ui.common.Messages;
import org.budayang.kiosk.ui.common.Widgets;

/** The technician panel: catalogue and device status (scrolling), refresh, 退出自助模式 and 返回. */
public final class TechnicianView {
    /** The status lines' height: what a landscape screen in 长者模式 has between the title and the buttons. */
    private static final double MAX_LINES_HEIGHT = 560;

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
        // seven device roles and the catalogue do not fit every theme and orientation: the lines scroll
        ScrollPane scroll = new ScrollPane(lines);
        scroll.setId("tech-scroll");
        scroll.getStyleClass().add("tech-scroll");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setPrefViewportHeight(MAX_LINES_HEIGHT);
        scroll.setMaxHeight(MAX_LINES_HEIGHT);
        root = Dialogs.overlay("technician-panel", 1400,
                Widgets.text(messages.get("tech.panel.title"), "dialog-title"), scroll,
                Dialogs.buttons(refresh, exit, back));
    }

    private void rebuild() {
        lines.getChildren().setAll(vm.statusLines().stream().map(l -> Widgets.text(l, "tech-line")).toList());
    }

    public Parent root() {
        return root;
    }
}
