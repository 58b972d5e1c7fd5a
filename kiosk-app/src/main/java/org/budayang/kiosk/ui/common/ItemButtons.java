package org.budayang.kiosk.ui.common;

import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
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
        VBox text = new VBox(name, status);
        text.getStyleClass().add("item-box");
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        Label hint = Widgets.line(texts.messages().get("item.open"), "item-open");
        HBox box = new HBox(text, hint);
        box.getStyleClass().add("item-row");
        Button b = new BlockButton(box);
        b.getStyleClass().add("item-button");
        b.setMaxWidth(Double.MAX_VALUE);
        b.setMaxHeight(Double.MAX_VALUE);
        b.setUserData(item.implementationCode());
        b.setOnAction(e -> open.accept(item));
        return b;
    }
}
