package org.budayang.kiosk.ui.printing;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.budayang.kiosk.ui.common.Dialogs;
import org.budayang.kiosk.ui.common.Messages;
import org.budayang.kiosk.ui.common.Widgets;

/**
 * The print screen over the guide: 正在打印… with a spinner; 请取走凭条; or 没有打印成功 with the reason and the
 * three ways on (重新打印 / 用手机查看 with a QR / 呼叫帮办), and 返回. Every button is a large touch target.
 */
public final class PrintProgressView {
    /** The side of the on-screen QR in px: big enough for any phone camera at arm's length. */
    static final int QR_SIZE = 360;

    private final StackPane root;
    private final PrintProgressViewModel vm;
    private final ImageView qr = new ImageView();

    public PrintProgressView(PrintProgressViewModel vm, Messages messages) {
        this.vm = vm;
        BooleanBinding printing = vm.stateProperty().isEqualTo(PrintProgressState.PRINTING);
        BooleanBinding failed = vm.stateProperty().isEqualTo(PrintProgressState.FAILED);

        Label title = Widgets.text("", "dialog-title");
        title.setId("print-title");
        title.textProperty().bind(vm.titleProperty());
        Label message = Widgets.text("", "dialog-text", "dialog-center", "print-message");
        message.setId("print-message");
        message.textProperty().bind(vm.messageProperty());
        message.getStyleClass().add("strong");
        vm.stateProperty().addListener((obs, old, now) -> {
            message.getStyleClass().removeAll("status-ok", "status-bad");
            if (now == PrintProgressState.PRINTED) {
                message.getStyleClass().add("status-ok");
            } else if (now == PrintProgressState.FAILED) {
                message.getStyleClass().add("status-bad");
            }
        });
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setId("print-spinner");
        spinner.setPrefSize(96, 96);
        show(spinner, printing);

        Button retry = Widgets.button(messages.get("print.action.retry"), vm::retry, "primary-button");
        retry.setId("print-retry");
        retry.disableProperty().bind(vm.retryEnabledProperty().not());
        Button anotherWay = Widgets.button(messages.get("print.action.another_way"), vm::showAnotherWay);
        anotherWay.setId("print-another-way");
        Button help = Widgets.button(messages.get("print.action.help"), vm::callHelp);
        help.setId("print-help");
        HBox actions = Dialogs.buttons(retry, anotherWay, help);
        actions.setId("print-actions");
        show(actions, failed);
        Label retryHint = Widgets.text("", "dialog-text", "dialog-center");
        retryHint.setId("print-retry-hint");
        retryHint.textProperty().bind(vm.retryHintProperty());
        show(retryHint, failed.and(vm.retryHintProperty().isNotEmpty()));

        Label qrCaption = Widgets.text("", "dialog-text", "dialog-center");
        qrCaption.textProperty().bind(vm.anotherWayCaptionProperty());
        qr.setId("print-qr");
        qr.setSmooth(false);
        VBox qrBox = new VBox(12, qrCaption, qr);
        qrBox.setId("print-qr-box");
        qrBox.setAlignment(javafx.geometry.Pos.CENTER);
        show(qrBox, failed.and(vm.anotherWayShownProperty()));
        vm.anotherWayLinkProperty().addListener((obs, old, now) -> qr.setImage(now.isEmpty() ? null
                : QrImages.qr(now, QR_SIZE)));

        Label helpText = Widgets.text("", "dialog-text", "dialog-center", "phone-caption");
        helpText.setId("print-help-text");
        helpText.textProperty().bind(vm.helpTextProperty());
        show(helpText, failed.and(vm.helpShownProperty()));

        Button back = Widgets.button(messages.get("print.back"), vm::close, "nav-button");
        back.setId("print-back");
        back.disableProperty().bind(printing);
        root = Dialogs.overlay("print-progress", 1100, title, spinner, message, actions, retryHint, qrBox, helpText,
                Dialogs.buttons(back));
        root.visibleProperty().bind(vm.stateProperty().isNotEqualTo(PrintProgressState.IDLE));
    }

    /** Shows {@code node} while {@code when} holds; a hidden node takes no room. */
    private static void show(javafx.scene.Node node, javafx.beans.value.ObservableBooleanValue when) {
        node.visibleProperty().bind(Bindings.createBooleanBinding(when::get, when));
        node.managedProperty().bind(node.visibleProperty());
    }

    /** The QR image shown for 用手机查看 (tests read it back). */
    public ImageView qr() {
        return qr;
    }

    public PrintProgressViewModel viewModel() {
        return vm;
    }

    public Parent root() {
        return root;
    }
}
