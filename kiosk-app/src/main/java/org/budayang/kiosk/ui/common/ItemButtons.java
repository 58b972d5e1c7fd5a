package org.budayang.kiosk.ui.common;

import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.budayang.api.catalog.ServiceItem;

/** The big button of one item: its name and, below, 可以在本机办理 or 暂不可办 with the reason. */
public final class ItemButtons {
    private ItemButtons() {
    }

    public static Button create(ItemEntry entry, CatalogTexts texts, Consumer<ServiceItem> open) {
        ServiceItem item = entry.item();
        boolean ok = entry.availability().available();
        Label name = Widgets.text(item.name(), "item-name");
        Label status = Widgets.text(texts.status(item, entry.availability()), "item-status",
                ok ? "status-ok" : "status-bad");
        VBox box = new VBox(name, status);
        box.getStyleClass().add("item-box");
        Button b = new Button();
        b.setGraphic(box);
        b.getStyleClass().add("item-button");
        b.setFocusTraversable(false);
        b.setMaxWidth(Double.MAX_VALUE);
        b.setMaxHeight(Double.MAX_VALUE);
        b.setMnemonicParsing(false);
        b.setUserData(item.implementationCode());
        b.setOnAction(e -> open.accept(item));
        VBox.setVgrow(b, Priority.NEVER);
        box.maxWidthProperty().bind(b.widthProperty().subtract(40));
        return b;
    }
}
