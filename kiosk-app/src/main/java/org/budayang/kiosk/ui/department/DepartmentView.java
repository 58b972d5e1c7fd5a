package org.budayang.kiosk.ui.department;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import org.budayang.api.catalog.Department;
import org.budayang.kiosk.core.config.Orientation;
import org.budayang.kiosk.ui.common.CatalogTexts;
import org.budayang.kiosk.ui.common.ItemButtons;
import org.budayang.kiosk.ui.common.ItemEntry;
import org.budayang.kiosk.ui.common.Messages;
import org.budayang.kiosk.ui.common.Widgets;
import org.budayang.kiosk.ui.shell.ShellViewModel;

/** A department's items as big buttons, one column in portrait and two in landscape, with paging. */
public final class DepartmentView {
    private final VBox root = new VBox();
    private final DepartmentViewModel vm;
    private final ShellViewModel shell;
    private final CatalogTexts texts;
    private final GridPane grid = new GridPane();
    private final Label empty = Widgets.text("", "notice-text");
    private final int columns;

    public DepartmentView(DepartmentViewModel vm, ShellViewModel shell, CatalogTexts texts, Orientation orientation) {
        this.vm = vm;
        this.shell = shell;
        this.texts = texts;
        this.columns = orientation == Orientation.PORTRAIT ? 1 : 2;
        Messages messages = texts.messages();
        root.getStyleClass().addAll("screen", "department");

        Label title = Widgets.text("", "screen-title");
        title.setId("department-title");
        title.textProperty().bind(Bindings.createStringBinding(() -> {
            Department d = vm.departmentProperty().get();
            return d == null ? "" : messages.get("department.title", texts.department(d),
                    vm.itemCountProperty().get());
        }, vm.departmentProperty(), vm.itemCountProperty()));
        Label subtitle = Widgets.text(messages.get("department.subtitle"), "screen-subtitle");

        grid.getStyleClass().add("item-grid");
        grid.setHgap(24);
        grid.setVgap(20);
        for (int c = 0; c < columns; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(100.0 / columns);
            cc.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(cc);
        }
        VBox.setVgrow(grid, Priority.ALWAYS);
        vm.visibleItems().addListener((ListChangeListener<ItemEntry>) c -> rebuild());
        vm.pageSizeProperty().addListener((obs, old, now) -> rows(now.intValue()));
        rows(vm.pageSizeProperty().get());

        Button prev = Widgets.button(messages.get("department.prev"), vm::previousPage, "pager-button");
        prev.setId("page-prev");
        prev.disableProperty().bind(vm.hasPreviousProperty().not());
        Button next = Widgets.button(messages.get("department.next"), vm::nextPage, "pager-button");
        next.setId("page-next");
        next.disableProperty().bind(vm.hasNextProperty().not());
        Label page = Widgets.text("", "page-label");
        page.textProperty().bind(Bindings.createStringBinding(() -> messages.get("department.page",
                        vm.pageProperty().get() + 1, vm.pageCountProperty().get()),
                vm.pageProperty(), vm.pageCountProperty()));
        HBox pager = new HBox(prev, Widgets.grow(), page, Widgets.grow(), next);
        pager.setAlignment(Pos.CENTER);
        pager.visibleProperty().bind(vm.pageCountProperty().greaterThan(1));
        pager.managedProperty().bind(pager.visibleProperty());

        root.getChildren().addAll(title, subtitle, empty, grid, pager);
        rebuild();
    }

    /** Equal rows for a full page, so that buttons keep their size on a part-filled last page. */
    private void rows(int pageSize) {
        int rows = (pageSize + columns - 1) / columns;
        grid.getRowConstraints().clear();
        for (int r = 0; r < rows; r++) {
            RowConstraints rc = new RowConstraints();
            rc.setPercentHeight(100.0 / rows);
            rc.setFillHeight(true);
            rc.setVgrow(Priority.ALWAYS);
            grid.getRowConstraints().add(rc);
        }
    }

    private void rebuild() {
        grid.getChildren().clear();
        int i = 0;
        for (ItemEntry e : vm.visibleItems()) {
            grid.add(ItemButtons.create(e, texts, shell::openItem), i % columns, i / columns);
            i++;
        }
        Department d = vm.departmentProperty().get();
        boolean none = d != null && vm.itemCountProperty().get() == 0;
        empty.setText(none ? texts.messages().get("department.empty", texts.department(d)) : "");
        empty.setVisible(none);
        empty.setManaged(none);
    }

    public Parent root() {
        return root;
    }
}
