package org.budayang.kiosk.ui.paused;

import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.input.InputEvent;
import javafx.scene.layout.VBox;
import org.budayang.kiosk.ui.common.Messages;

/**
 * The full-screen 暂停服务 page (kiosk.css {@code .paused-*}): the title, the ops message, an apology and the site's
 * name; it swallows every touch
 * so no service can be started under it (the hidden technician corner and overlays lie above it).
 */
public final class OutOfServiceView {
    private final VBox root = new VBox();

    public OutOfServiceView(OutOfServiceViewModel vm, Messages messages, String siteName) {
        Label title = new Label(messages.get("service.paused.title"));
        title.getStyleClass().add("paused-title");
        Label message = new Label();
        message.getStyleClass().add("paused-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        message.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        Label apology = new Label(messages.get("service.paused.apology"));
        apology.getStyleClass().add("paused-apology");
        Label site = new Label(siteName);
        site.getStyleClass().add("paused-site");
        root.getChildren().addAll(title, message, apology, site);
        root.getStyleClass().add("paused-root");
        root.setAlignment(Pos.CENTER);
        root.setSpacing(36);
        root.visibleProperty().bind(vm.showingProperty());
        root.addEventFilter(InputEvent.ANY, InputEvent::consume);
    }

    public Parent root() {
        return root;
    }
}
