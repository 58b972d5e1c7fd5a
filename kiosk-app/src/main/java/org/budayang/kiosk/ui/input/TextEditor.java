package org.budayang.kiosk.ui.input;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.budayang.api.catalog.StepInput;

/** TEXT: the typed text above the on-screen pinyin keyboard; minLength to maxLength characters. */
final class TextEditor extends EditorBase {
    private final PinyinComposer composer;

    TextEditor(StepInput input, PinyinDictionary dictionary, InputTexts texts) {
        super(input, texts);
        composer = new PinyinComposer(dictionary, input.maxLength(), texts);
        Label display = new Label();
        display.getStyleClass().add("input-display");
        display.setId("display-" + input.key());
        display.setMaxWidth(Double.MAX_VALUE);
        display.setWrapText(true);
        Label notice = new Label();
        notice.getStyleClass().add("input-notice");
        notice.textProperty().bind(composer.notice());
        Runnable show = () -> {
            boolean empty = composer.text().get().isEmpty() && composer.letters().get().isEmpty();
            display.setText(empty ? texts.get("text.placeholder") : composer.text().get() + "▏");
            display.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("empty"), empty);
        };
        composer.text().addListener((o, a, b) -> {
            setValue(b);
            show.run();
        });
        composer.letters().addListener((o, a, b) -> {
            refresh();
            show.run();
        });
        VBox body = new VBox(display, notice, new PinyinKeyboard(composer, input.key(), texts).node());
        body.getStyleClass().add("pad-body");
        layout(body);
        show.run();
    }

    @Override
    String check(String v) {
        if (!composer.letters().get().isEmpty()) {
            return texts().get("text.pending");
        }
        if (v.isBlank()) {
            return input().required() ? texts().get("text.required", input().label()) : "";
        }
        if (v.length() > input().maxLength()) {
            return texts().get("text.tooLong", input().maxLength());
        }
        return v.strip().length() < input().minLength() ? texts().get("text.tooShort", input().minLength()) : "";
    }

    @Override
    public void prefill(String value) {
        if (value != null && !value.isBlank() && value.strip().length() <= input().maxLength()) {
            composer.setText(value.strip());
        }
    }

    PinyinComposer composer() {
        return composer;
    }
}
