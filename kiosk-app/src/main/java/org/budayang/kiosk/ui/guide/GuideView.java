package org.budayang.kiosk.ui.guide;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.budayang.api.catalog.ItemGuide;
import org.budayang.api.catalog.ServiceItem;
import org.budayang.kiosk.availability.ItemAvailability;
import org.budayang.kiosk.core.config.Orientation;
import org.budayang.kiosk.ui.common.CatalogTexts;
import org.budayang.kiosk.ui.common.Messages;
import org.budayang.kiosk.ui.common.Widgets;
import org.budayang.kiosk.ui.shell.ShellViewModel;

/**
 * The 办事指南: one column in portrait, two in landscape, in a scroll pane with a thick scroll bar
 * and big 上翻/下翻 buttons; below it 开始办理, disabled with the reason when the item cannot be done
 * here now.
 */
public final class GuideView {
    private final VBox root = new VBox();
    private final GuideViewModel vm;
    private final GuideSections sections;
    private final Messages messages;
    private final CatalogTexts texts;
    private final boolean twoColumns;
    private final VBox content = new VBox();
    private final ScrollPane scroll = new ScrollPane(content);
    private final Label startStatus = Widgets.text("", "start-reason");
    private final Label printStatus = Widgets.text("", "start-reason", "status-bad");
    private VBox availabilityHolder = new VBox();

    public GuideView(GuideViewModel vm, ShellViewModel shell, CatalogTexts texts, Orientation orientation) {
        this.vm = vm;
        this.texts = texts;
        this.messages = texts.messages();
        this.sections = new GuideSections(texts);
        this.twoColumns = orientation == Orientation.LANDSCAPE;
        root.getStyleClass().addAll("screen", "guide");

        content.getStyleClass().add("guide-content");
        scroll.setId("guide-scroll");
        scroll.getStyleClass().add("guide-scroll");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.ALWAYS);
        scroll.setPannable(true);
        HBox.setHgrow(scroll, Priority.ALWAYS);

        Button up = Widgets.button(messages.get("guide.scroll_up"), () -> page(-1), "pager-button");
        up.setId("guide-up");
        up.disableProperty().bind(scroll.vvalueProperty().lessThanOrEqualTo(scroll.getVmin()));
        Button down = Widgets.button(messages.get("guide.scroll_down"), () -> page(1), "pager-button");
        down.setId("guide-down");
        down.disableProperty().bind(scroll.vvalueProperty().greaterThanOrEqualTo(scroll.getVmax()));
        Button start = Widgets.button(messages.get("guide.start"), shell::startItem, "primary-button");
        start.setId("guide-start");
        start.disableProperty().bind(vm.canStartProperty().not());
        startStatus.setId("guide-start-status");
        startStatus.setMaxWidth(Double.MAX_VALUE);
        // 一次性告知: the whole list of materials on paper, from the receipt printer
        Button printNotice = Widgets.button(messages.get("print.notice.button"), shell::printNotice);
        printNotice.setId("guide-print-notice");
        printNotice.disableProperty().bind(vm.canPrintNoticeProperty().not());
        // no receipt printer configured: no button and no reason (a reason that never clears helps nobody)
        printNotice.setVisible(vm.receiptPrinterConfigured());
        printNotice.setManaged(vm.receiptPrinterConfigured());
        printStatus.setId("guide-print-status");
        printStatus.setMaxWidth(Double.MAX_VALUE);
        printStatus.visibleProperty().bind(printStatus.textProperty().isNotEmpty());
        printStatus.managedProperty().bind(printStatus.visibleProperty());
        vm.noticePrinterProperty().addListener((obs, old, now) -> printStatus.setText(now.map(problem ->
                messages.get("print.notice.unavailable", messages.get(problem.bundleKey(),
                        texts.device(org.budayang.api.catalog.DeviceRole.RECEIPT_PRINTER)))).orElse("")));
        if (twoColumns) {
            // landscape: scroll buttons and 开始办理 share a side column, so the guide gets the height
            for (Button b : new Button[] {up, down, printNotice, start}) {
                b.setMaxWidth(Double.MAX_VALUE);
            }
            // the side column is narrow and already tall: the short label keeps the button one line high
            printNotice.setText(messages.get("print.notice.button.short"));
            VBox side = new VBox(up, down, Widgets.grow(), printStatus, printNotice, startStatus, start);
            side.getStyleClass().addAll("scroll-buttons", "guide-side");
            HBox body = new HBox(scroll, side);
            VBox.setVgrow(body, Priority.ALWAYS);
            root.getChildren().add(body);
        } else {
            VBox scrollButtons = new VBox(up, Widgets.grow(), down);
            scrollButtons.getStyleClass().add("scroll-buttons");
            HBox body = new HBox(scroll, scrollButtons);
            VBox.setVgrow(body, Priority.ALWAYS);
            HBox.setHgrow(startStatus, Priority.ALWAYS);
            HBox.setHgrow(printStatus, Priority.ALWAYS);
            HBox printBar = new HBox(printStatus, Widgets.grow(), printNotice);
            printBar.getStyleClass().add("action-bar");
            printBar.setAlignment(Pos.CENTER_RIGHT);
            HBox actions = new HBox(startStatus, start);
            actions.getStyleClass().add("action-bar");
            actions.setAlignment(Pos.CENTER_RIGHT);
            root.getChildren().addAll(body, printBar, actions);
        }
        vm.itemProperty().addListener((obs, old, now) -> rebuild());
        vm.availabilityProperty().addListener((obs, old, now) -> updateAvailability());
        shell.wipesProperty().addListener((obs, old, now) -> scroll.setVvalue(0));
        rebuild();
    }

    private void page(int direction) {
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (contentHeight <= viewport) {
            return;
        }
        double step = viewport * 0.85 / (contentHeight - viewport);
        scroll.setVvalue(Math.max(0, Math.min(1, scroll.getVvalue() + direction * step)));
    }

    private void rebuild() {
        content.getChildren().clear();
        availabilityHolder = new VBox();
        scroll.setVvalue(0);
        ServiceItem item = vm.item();
        if (item == null) {
            startStatus.setText("");
            return;
        }
        ItemGuide g = item.guide();
        content.getChildren().add(sections.header(item));
        if (twoColumns) {
            VBox left = column(availabilityHolder, sections.conditions(g), sections.materials(g));
            VBox right = column(sections.process(g), sections.timeLimits(g), sections.visits(g), sections.fee(g),
                    sections.location(g), sections.hours(g), sections.phones(g), sections.legalBasis(g));
            HBox columns = new HBox(24, left, right);
            HBox.setHgrow(left, Priority.ALWAYS);
            HBox.setHgrow(right, Priority.ALWAYS);
            left.setPrefWidth(1);
            right.setPrefWidth(1);
            content.getChildren().add(columns);
        } else {
            content.getChildren().addAll(availabilityHolder, sections.conditions(g), sections.materials(g),
                    sections.process(g), sections.timeLimits(g), sections.visits(g), sections.fee(g),
                    sections.location(g), sections.hours(g), sections.phones(g), sections.legalBasis(g));
        }
        updateAvailability();
    }

    private static VBox column(Node... nodes) {
        VBox v = new VBox(nodes);
        v.getStyleClass().add("guide-column");
        v.setMaxWidth(Double.MAX_VALUE);
        return v;
    }

    private void updateAvailability() {
        ServiceItem item = vm.item();
        ItemAvailability a = vm.availabilityProperty().get();
        if (item == null || a == null) {
            return;
        }
        availabilityHolder.getChildren().setAll(sections.availability(item, a));
        startStatus.setText(texts.status(item, a));
        startStatus.getStyleClass().removeAll("status-ok", "status-bad");
        startStatus.getStyleClass().add(a.available() ? "status-ok" : "status-bad");
    }

    /** Scrolls to the end of the guide (for screenshots of a scrolled guide). */
    public void scrollToEnd() {
        scroll.setVvalue(scroll.getVmax());
    }

    public double scrollPosition() {
        return scroll.getVvalue();
    }

    public Parent root() {
        return root;
    }
}
