package org.budayang.kiosk.ui.tech;

import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.budayang.kiosk.ui.common.Dialogs;
import org.budayang.kiosk.ui.common.Messages;
import org.budayang.kiosk.ui.common.Widgets;

/**
 * The 注册到中心 page over the technician panel: current enrolment, the code sheet's values (a hardware keyboard types
 * into the fields; the touch keys below type into the field last touched), 读取U盘中的注册单, progress and the result,
 * then 开始注册 / 确认替换 / 立即重启 as the phase allows.
 */
public final class EnrolView {
    /** What the touch keys type: the code's alphabet, hex, and what URLs and paths need (there in lower case). */
    static final String KEYS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ:-./_";
    private static final double MAX_FORM_HEIGHT = 640;

    private final Parent root;
    private StringProperty target;
    private boolean lowerCase;

    public EnrolView(EnrolViewModel vm, Messages messages, Runnable close) {
        Label current = Widgets.text("", "tech-line");
        current.setId("enrol-current");
        current.textProperty().bind(vm.currentProperty());
        TextField code = field("enrol-code", vm.codeProperty(), vm);
        TextField fingerprint = field("enrol-fingerprint", vm.fingerprintProperty(), vm);
        Label groups = Widgets.text("", "tech-line");
        groups.setId("enrol-fingerprint-groups");
        groups.textProperty().bind(Bindings.createStringBinding(() -> vm.fingerprintGroupsProperty().get().isEmpty()
                ? "" : messages.get("tech.enrol.fingerprint.groups", vm.fingerprintGroupsProperty().get()),
                vm.fingerprintGroupsProperty()));
        TextField url = field("enrol-url", vm.urlProperty(), vm);
        TextField path = field("enrol-sheet-path", vm.sheetPathProperty(), vm);
        Button read = Widgets.button(messages.get("tech.enrol.read_sheet"), vm::readSheet);
        read.setId("enrol-read-sheet");
        read.disableProperty().bind(Bindings.createBooleanBinding(() -> !vm.phaseProperty().get().editable(),
                vm.phaseProperty()));
        HBox pathRow = new HBox(12, path, read);
        pathRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(path, Priority.ALWAYS);
        target = vm.codeProperty();

        VBox form = new VBox(8, current,
                Widgets.text(messages.get("tech.enrol.code"), "tech-line"), code,
                Widgets.text(messages.get("tech.enrol.fingerprint"), "tech-line"), fingerprint, groups,
                Widgets.text(messages.get("tech.enrol.url"), "tech-line"), url,
                Widgets.text(messages.get("tech.enrol.sheet_path"), "tech-line"), pathRow, keys(vm));
        ScrollPane scroll = new ScrollPane(form);
        scroll.setId("enrol-scroll");
        scroll.getStyleClass().add("tech-scroll");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setPrefViewportHeight(MAX_FORM_HEIGHT);
        scroll.setMaxHeight(MAX_FORM_HEIGHT);

        Label progress = shown(Widgets.text("", "tech-line"), "enrol-progress");
        progress.textProperty().bind(vm.progressProperty());
        Label message = shown(Widgets.text("", "tech-line", "dialog-text"), "enrol-message");
        message.textProperty().bind(vm.messageProperty());

        Button start = phaseButton(Widgets.button(messages.get("tech.enrol.start"), vm::enrol, "primary-button"),
                "enrol-start", vm, EnrolPhase.EDITING);
        Button confirm = phaseButton(Widgets.button(messages.get("tech.enrol.confirm"), vm::confirmReplace,
                "danger-button"), "enrol-confirm", vm, EnrolPhase.CONFIRM_REPLACE);
        Button cancel = phaseButton(Widgets.button(messages.get("tech.enrol.cancel"), vm::cancelReplace),
                "enrol-cancel", vm, EnrolPhase.CONFIRM_REPLACE);
        Button restart = Widgets.button(messages.get("tech.enrol.restart"), vm::confirmRestart, "primary-button");
        restart.setId("enrol-restart");
        restart.visibleProperty().bind(vm.restartDueProperty().and(vm.phaseProperty().isEqualTo(EnrolPhase.ENROLLED)
                .or(vm.phaseProperty().isEqualTo(EnrolPhase.EDITING))));
        restart.managedProperty().bind(restart.visibleProperty());
        Button back = Widgets.button(messages.get("common.back"), close);
        back.setId("enrol-back");
        back.disableProperty().bind(Bindings.createBooleanBinding(() -> vm.phaseProperty().get().running()
                || vm.phaseProperty().get() == EnrolPhase.RESTARTING, vm.phaseProperty()));
        root = Dialogs.overlay("enrol-page", 1400, Widgets.text(messages.get("tech.enrol.title"), "dialog-title"),
                scroll, progress, message, Dialogs.buttons(start, confirm, cancel, restart, back));
    }

    private TextField field(String id, StringProperty value, EnrolViewModel vm) {
        TextField field = new TextField();
        field.setId(id);
        field.getStyleClass().add("tech-field");
        field.textProperty().bindBidirectional(value);
        field.editableProperty().bind(Bindings.createBooleanBinding(() -> vm.phaseProperty().get().editable(),
                vm.phaseProperty()));
        boolean lower = value == vm.urlProperty() || value == vm.sheetPathProperty();
        field.focusedProperty().addListener((obs, old, now) -> {
            if (now) {
                target = value;
                lowerCase = lower;
            }
        });
        field.setOnMousePressed(e -> {
            target = value;
            lowerCase = lower;
        });
        return field;
    }

    /** The touch keys: each types into the field last touched; ⌫ deletes its last character. */
    private Node keys(EnrolViewModel vm) {
        FlowPane pane = new FlowPane(8, 8);
        pane.setId("enrol-keys");
        for (char c : KEYS.toCharArray()) {
            String key = String.valueOf(c);
            Button b = Widgets.button(key, () -> type(vm, key), "enrol-key");
            b.setId("enrol-key-" + keyId(c));
            pane.getChildren().add(b);
        }
        Button delete = Widgets.button("⌫", () -> {
            if (vm.phaseProperty().get().editable() && !target.get().isEmpty()) {
                target.set(target.get().substring(0, target.get().length() - 1));
            }
        }, "enrol-key");
        delete.setId("enrol-key-delete");
        pane.getChildren().add(delete);
        return pane;
    }

    private void type(EnrolViewModel vm, String key) {
        if (vm.phaseProperty().get().editable()) {
            target.set(target.get() + (lowerCase ? key.toLowerCase(java.util.Locale.ROOT) : key));
        }
    }

    static String keyId(char c) {
        return switch (c) {
            case ':' -> "colon";
            case '-' -> "hyphen";
            case '.' -> "dot";
            case '/' -> "slash";
            case '_' -> "underscore";
            default -> String.valueOf(c);
        };
    }

    private static Label shown(Label label, String id) {
        label.setId(id);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    private static Button phaseButton(Button button, String id, EnrolViewModel vm, EnrolPhase phase) {
        button.setId(id);
        button.visibleProperty().bind(vm.phaseProperty().isEqualTo(phase));
        button.managedProperty().bind(button.visibleProperty());
        return button;
    }

    public Parent root() {
        return root;
    }
}
