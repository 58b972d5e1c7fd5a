package org.budayang.kiosk.ui.tech;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.budayang.kiosk.ui.common.Dialogs;
import org.budayang.kiosk.ui.common.Messages;
import org.budayang.kiosk.ui.common.Widgets;

/**
 * The technician panel: the devices whose status recommends CLEAR first, each with "已处理（如纸已补充）" beside it,
 * above the scrolling lines so that the button is never scrolled away (长者模式, portrait); then catalogue and
 * device status (scrolling), the result of the last "已处理", the pages under the panel (设备自检, 设备探测, 注册到中心,
 * each shown over it while open), and refresh, 退出自助模式 and 返回.
 */
public final class TechnicianView {
    /** The status lines' height: what a landscape screen in 长者模式 has between the title and the buttons. */
    private static final double MAX_LINES_HEIGHT = 560;

    private final StackPane root;
    private final VBox lines = new VBox(8);
    private final VBox attention = new VBox(12);
    private final TechnicianViewModel vm;
    private final Messages messages;

    public TechnicianView(TechnicianViewModel vm, Messages messages, Runnable close) {
        this.vm = vm;
        this.messages = messages;
        lines.setId("tech-status");
        attention.setId("tech-attention");
        attention.managedProperty().bind(attention.visibleProperty());
        attention.setPadding(new javafx.geometry.Insets(0, 0, 16, 0));
        vm.generalLines().addListener((ListChangeListener<String>) c -> rebuild());
        vm.deviceRows().addListener((ListChangeListener<TechnicianViewModel.DeviceRow>) c -> rebuild());
        vm.clearingProperty().addListener((obs, old, now) -> rebuild());
        rebuild();
        Label result = Widgets.text("", "tech-line");
        result.setId("tech-clear-result");
        result.textProperty().bind(vm.clearResultProperty());
        result.visibleProperty().bind(vm.clearResultProperty().isNotEmpty());
        result.managedProperty().bind(result.visibleProperty());
        Button refresh = Widgets.button(messages.get("tech.panel.refresh"), vm::refreshCatalog);
        refresh.setId("tech-refresh");
        Button exit = Widgets.button(messages.get("tech.panel.exit"), vm::exitKioskMode, "danger-button");
        exit.setId("tech-exit");
        Button enrol = Widgets.button(messages.get("tech.enrol.open"), vm::openEnrolment);
        enrol.setId("tech-enrol");
        enrol.visibleProperty().bind(vm.enrolmentProperty().isNotNull());
        enrol.managedProperty().bind(enrol.visibleProperty());
        Button selftest = Widgets.button(messages.get("tech.selftest.open"), vm::openSelftest);
        selftest.setId("tech-selftest");
        selftest.visibleProperty().bind(vm.selftestProperty().isNotNull());
        selftest.managedProperty().bind(selftest.visibleProperty());
        Button probe = Widgets.button(messages.get("tech.probe.open"), vm::openProbe);
        probe.setId("tech-probe");
        probe.visibleProperty().bind(vm.probeProperty().isNotNull());
        probe.managedProperty().bind(probe.visibleProperty());
        Button back = Widgets.button(messages.get("common.back"), () -> {
            vm.closePage();
            close.run();
        }, "primary-button");
        back.setId("tech-back");
        // seven device roles and the catalogue do not fit every theme and orientation: the lines scroll
        ScrollPane scroll = new ScrollPane(lines);
        scroll.setId("tech-scroll");
        scroll.getStyleClass().add("tech-scroll");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setPrefViewportHeight(MAX_LINES_HEIGHT);
        scroll.setMaxHeight(MAX_LINES_HEIGHT);
        // two rows: the pages under the panel (three levels at most), then the panel's own actions
        javafx.scene.layout.HBox pages = Dialogs.buttons(selftest, probe, enrol);
        pages.setId("tech-pages");
        pages.visibleProperty().bind(selftest.visibleProperty().or(probe.visibleProperty())
                .or(enrol.visibleProperty()));
        pages.managedProperty().bind(pages.visibleProperty());
        Parent panel = Dialogs.overlay("technician-panel", 1400,
                Widgets.text(messages.get("tech.panel.title"), "dialog-title"), attention, scroll, result,
                pages, Dialogs.buttons(refresh, exit, back));
        panel.visibleProperty().bind(vm.pageProperty().isEqualTo(TechPage.PANEL));
        root = new StackPane(panel);
        show(TechPage.ENROL, vm.enrolmentProperty().get());
        show(TechPage.SELFTEST, vm.selftestProperty().get());
        show(TechPage.PROBE, vm.probeProperty().get());
        vm.enrolmentProperty().addListener((obs, old, now) -> show(TechPage.ENROL, now));
        vm.selftestProperty().addListener((obs, old, now) -> show(TechPage.SELFTEST, now));
        vm.probeProperty().addListener((obs, old, now) -> show(TechPage.PROBE, now));
    }

    /** A page (注册到中心, 设备自检, 设备探测) lies over the panel while it is open. */
    private void show(TechPage kind, Object page) {
        if (page == null) {
            return;
        }
        Parent view = switch (kind) {
            case ENROL -> new EnrolView((EnrolViewModel) page, messages, vm::closePage).root();
            case SELFTEST -> new SelftestView((SelftestViewModel) page, messages, vm::closePage).root();
            case PROBE -> new ProbeView((ProbeViewModel) page, messages, vm::closePage).root();
            case PANEL -> throw new IllegalArgumentException("the panel is not a page over itself");
        };
        view.setUserData(kind);
        view.visibleProperty().bind(vm.pageProperty().isEqualTo(kind));
        root.getChildren().removeIf(child -> child.getUserData() == kind);
        root.getChildren().add(view);
    }

    private void rebuild() {
        lines.getChildren().setAll(vm.generalLines().stream().map(l -> (Node) Widgets.text(l, "tech-line")).toList());
        attention.getChildren().setAll(Widgets.text(messages.get("tech.clear.heading"), "tech-line"));
        for (TechnicianViewModel.DeviceRow row : vm.deviceRows()) {
            if (row.clearable()) {
                attention.getChildren().add(clearableRow(row));
            } else {
                lines.getChildren().add(Widgets.text(row.line(), "tech-line"));
            }
        }
        attention.setVisible(attention.getChildren().size() > 1);
    }

    /** The line, then the button under it: beside a long line the button would squeeze it (长者模式, portrait). */
    private Node clearableRow(TechnicianViewModel.DeviceRow row) {
        Button cleared = Widgets.button(messages.get("tech.clear.button"), () -> vm.conditionCleared(row.role()),
                "primary-button");
        cleared.setId("tech-clear-" + row.role().configKey());
        cleared.setDisable(vm.clearingProperty().get() != null);
        VBox box = new VBox(8, Widgets.text(row.line(), "tech-line"), cleared);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    public Parent root() {
        return root;
    }
}
