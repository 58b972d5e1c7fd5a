package org.budayang.kiosk.ui.help;

import java.util.Objects;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.budayang.api.services.HelpAnswer;
import org.budayang.kiosk.ui.input.InputTexts;

/**
 * Central's answer to 呼叫帮办 ({@link HelpAnswer}): the expected wait in big figures (马上就到 at 0), the message,
 * the phone to call instead, and 继续办理 / 返回首页. Its look follows the scene's theme sheet (standard or 长者模式).
 * Ids: {@code help-wait}, {@code help-message}, {@code help-phone}, {@code help-continue}, {@code help-home}.
 */
public final class HelpPanel {
    private final VBox root = new VBox();

    public HelpPanel(HelpAnswer answer, Runnable onContinue, Runnable onHome) {
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(onContinue, "onContinue");
        Objects.requireNonNull(onHome, "onHome");
        InputTexts texts = InputTexts.chinese();
        root.getStyleClass().add("help-panel");
        root.getStylesheets().add(HelpPanel.class.getResource("/org/budayang/kiosk/ui/input/input.css")
                .toExternalForm());
        root.setId("help-panel");
        root.setMaxWidth(Region.USE_PREF_SIZE);
        root.setMaxHeight(Region.USE_PREF_SIZE);

        Label title = label(texts.get("help.title"), "help-title");
        HBox wait = new HBox();
        wait.getStyleClass().add("help-buttons");
        if (answer.expectedMinutes() == 0) {
            wait.getChildren().add(label(texts.get("help.now"), "help-wait-figure"));
        } else {
            wait.getChildren().addAll(label(texts.get("help.wait"), "help-wait-unit"),
                    label(String.valueOf(answer.expectedMinutes()), "help-wait-figure"),
                    label(texts.get("help.minutes"), "help-wait-unit"));
        }
        wait.setId("help-wait");
        Label message = label(answer.message(), "help-message");
        message.setId("help-message");
        root.getChildren().addAll(title, wait, message);
        if (!answer.phone().isEmpty()) {
            Label phone = label(answer.phone(), "help-phone");
            phone.setId("help-phone");
            root.getChildren().addAll(label(texts.get("help.phone"), "help-message"), phone);
        }
        Button cont = button(texts.get("help.continue"), "help-continue", onContinue);
        cont.getStyleClass().add("help-primary");
        Button home = button(texts.get("help.home"), "help-home", onHome);
        HBox buttons = new HBox(cont, home);
        buttons.getStyleClass().add("help-buttons");
        root.getChildren().add(buttons);
    }

    private static Label label(String text, String style) {
        Label l = new Label(text);
        l.getStyleClass().add(style);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    private static Button button(String text, String id, Runnable action) {
        Button b = new Button(text);
        b.getStyleClass().add("help-button");
        b.setId(id);
        b.setFocusTraversable(false);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
        return b;
    }

    public Parent root() {
        return root;
    }
}
