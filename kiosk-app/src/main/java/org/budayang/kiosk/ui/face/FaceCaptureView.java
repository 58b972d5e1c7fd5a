package org.budayang.kiosk.ui.face;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Ellipse;
import org.budayang.kiosk.core.config.Orientation;
import org.budayang.kiosk.ui.common.Messages;
import org.budayang.kiosk.ui.common.Widgets;

/**
 * The face capture screen: the live preview (mirrored) with an oval where the face goes, the advice large
 * ("请靠近一点"), the attempt count, 拍照 while previewing, and 呼叫帮办 (large after 3 failed attempts or when the
 * camera fails). The preview image is one WritableImage, rewritten in place from the view model's
 * {@link PreviewImage} (already scaled off the FX thread); it is blanked when the screen stops.
 */
public final class FaceCaptureView {
    private final Pane root;
    private final ImageView image = new ImageView();
    private WritableImage buffer;

    public FaceCaptureView(FaceCaptureViewModel vm, Messages messages, Runnable callHelp, Orientation orientation) {
        // shown larger than converted: the image is scaled on the GPU, the pixels stay few
        int w = orientation == Orientation.PORTRAIT ? 960 : 800;
        int h = w * 3 / 4;
        image.setId("face-preview");
        image.setPreserveRatio(true);
        image.setFitWidth(w);
        image.setFitHeight(h);
        Ellipse oval = new Ellipse(w * 0.2, h * 0.36);
        oval.getStyleClass().add("face-oval");
        oval.setMouseTransparent(true);
        StackPane preview = new StackPane(image, oval);
        preview.getStyleClass().add("face-preview");
        preview.setMinSize(w, h);
        preview.setMaxSize(w, h);
        vm.previewProperty().addListener((obs, old, now) -> show(now));

        Label title = Widgets.text(messages.get("face.title"), "screen-title");
        Label advice = Widgets.text("", "face-advice");
        advice.setId("face-advice");
        advice.textProperty().bind(vm.messageProperty());
        advice.setMaxWidth(Double.MAX_VALUE);
        Label attempts = Widgets.text("", "screen-subtitle");
        attempts.setId("face-attempts");
        attempts.textProperty().bind(Bindings.createStringBinding(() -> vm.failedAttemptsProperty().get() == 0 ? ""
                : messages.get("face.attempts", vm.failedAttemptsProperty().get(), vm.settings().maxAttempts()),
                vm.failedAttemptsProperty()));
        Button capture = Widgets.button(messages.get("face.capture"), vm::capture, "primary-button", "face-capture");
        capture.setId("face-capture");
        capture.visibleProperty().bind(vm.stateProperty().isEqualTo(FaceCaptureState.PREVIEW));
        capture.managedProperty().bind(capture.visibleProperty());
        Button help = Widgets.button(messages.get("ident.call_help"), callHelp);
        help.setId("face-call-help");
        help.getStyleClass().add("face-help");
        vm.stateProperty().addListener((obs, old, now) -> emphasise(help, now));
        emphasise(help, vm.stateProperty().get());
        HBox buttons = new HBox(capture, help);
        buttons.getStyleClass().add("dialog-buttons");

        if (orientation == Orientation.PORTRAIT) {
            VBox column = new VBox(title, preview, advice, attempts, buttons);
            column.setAlignment(Pos.TOP_CENTER);
            root = column;
        } else {
            buttons.setStyle("-fx-alignment: center-left;");
            VBox side = new VBox(title, advice, attempts, buttons);
            side.getStyleClass().add("face-side");
            HBox.setHgrow(side, Priority.ALWAYS);
            HBox row = new HBox(preview, side);
            row.setAlignment(Pos.CENTER_LEFT);
            root = row;
        }
        root.setId("face-screen");
        root.getStyleClass().addAll("screen", "face");
    }

    private static void emphasise(Button help, FaceCaptureState state) {
        boolean only = state == FaceCaptureState.HELP_OFFERED || state == FaceCaptureState.UNAVAILABLE;
        help.getStyleClass().removeAll("primary-button", "face-capture");
        if (only) {
            help.getStyleClass().addAll("primary-button", "face-capture");
        }
    }

    private void show(PreviewImage frame) {
        if (frame == null) {
            if (buffer != null) {
                int[] blank = new int[(int) buffer.getWidth() * (int) buffer.getHeight()];
                buffer.getPixelWriter().setPixels(0, 0, (int) buffer.getWidth(), (int) buffer.getHeight(),
                        PixelFormat.getIntArgbInstance(), blank, 0, (int) buffer.getWidth());
            }
            return;
        }
        if (buffer == null || buffer.getWidth() != frame.width() || buffer.getHeight() != frame.height()) {
            buffer = new WritableImage(frame.width(), frame.height());
            image.setImage(buffer);
        }
        buffer.getPixelWriter().setPixels(0, 0, frame.width(), frame.height(), PixelFormat.getIntArgbInstance(),
                frame.argb(), 0, frame.width());
    }

    public Parent root() {
        return root;
    }
}
