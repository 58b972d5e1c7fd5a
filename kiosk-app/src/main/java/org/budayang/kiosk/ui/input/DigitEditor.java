package org.budayang.kiosk.ui.input;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.budayang.api.catalog.StepInput;

/** NUMBER, PHONE and REGION_CODE: a big display and a numeric pad (digits, 退格, 清空; a point for amounts). */
final class DigitEditor extends EditorBase {
    private final DigitRules rules;
    private final Label display = new Label();

    DigitEditor(StepInput input, InputTexts texts) {
        super(input, texts);
        this.rules = new DigitRules(input, texts);
        display.getStyleClass().add("input-display");
        display.setId("display-" + input.key());
        display.setMaxWidth(Double.MAX_VALUE);
        value().addListener((o, a, b) -> show(b));
        GridPane pad = new GridPane();
        pad.getStyleClass().add("digit-pad");
        for (int d = 1; d <= 9; d++) {
            pad.add(digitKey(d), (d - 1) % 3, (d - 1) / 3);
        }
        pad.add(digitKey(0), 1, 3);
        if (rules.allowsPoint()) {
            pad.add(key(".", "point", () -> type('.')), 0, 3);
        }
        Button back = key(texts.get("key.backspace"), "back", this::backspace);
        back.getStyleClass().add("pad-command");
        Button clear = key(texts.get("key.clear"), "clear", () -> setValue(""));
        clear.getStyleClass().add("pad-command");
        pad.add(back, 3, 0, 1, 2);
        pad.add(clear, 3, 2, 1, 2);
        back.setMaxHeight(Double.MAX_VALUE);
        clear.setMaxHeight(Double.MAX_VALUE);
        VBox body = new VBox(display, pad);
        body.getStyleClass().add("pad-body");
        layout(body);
        show("");
    }

    private Button digitKey(int d) {
        char c = (char) ('0' + d);
        return key(String.valueOf(d), String.valueOf(d), () -> type(c));
    }

    private Button key(String text, String idSuffix, Runnable action) {
        Button b = new Button(text);
        b.getStyleClass().add("pad-key");
        b.setId("key-" + input().key() + "-" + idSuffix);
        b.setFocusTraversable(false);
        b.setMnemonicParsing(false);
        b.setOnAction(e -> action.run());
        return b;
    }

    private void type(char key) {
        String v = value().get();
        if (rules.accepts(v, key)) {
            setValue(v + key);
        }
    }

    private void backspace() {
        String v = value().get();
        if (!v.isEmpty()) {
            setValue(v.substring(0, v.length() - 1));
        }
    }

    private void show(String v) {
        boolean empty = v.isEmpty();
        display.setText(empty ? texts().get("pad.placeholder") : rules.display(v));
        display.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("empty"), empty);
    }

    /** The value as shown, e.g. 138 0013 8000. */
    String shown() {
        return display.getText();
    }

    @Override
    String check(String v) {
        return rules.check(v);
    }

    @Override
    public void prefill(String value) {
        String v = value == null ? "" : value.strip().replace(" ", "");
        if (rules.fits(v) && rules.check(v).isEmpty()) {
            setValue(v);
        }
    }
}
