package org.budayang.kiosk.ui.input;

import java.util.List;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import org.budayang.api.catalog.StepInput;

/**
 * CHOICE and YEAR: one large toggle button per option, one tap chooses (a second tap on the chosen one keeps it);
 * the buttons wrap onto more rows when they do not fit (7 options and more).
 */
final class ChoiceEditor extends EditorBase {
    private final List<String> options;
    private final String requiredText;
    private final ToggleGroup group = new ToggleGroup();

    ChoiceEditor(StepInput input, List<String> options, String requiredText, InputTexts texts) {
        super(input, texts);
        this.options = List.copyOf(options);
        this.requiredText = requiredText;
        FlowPane pane = new FlowPane();
        pane.getStyleClass().add("choice-pane");
        for (int i = 0; i < this.options.size(); i++) {
            String option = this.options.get(i);
            ToggleButton b = new ToggleButton(option);
            b.getStyleClass().add("choice-button");
            b.setId("choice-" + input.key() + "-" + i);
            b.setFocusTraversable(false);
            b.setMnemonicParsing(false);
            b.setToggleGroup(group);
            b.setUserData(option);
            b.setOnAction(e -> {
                b.setSelected(true);
                setValue(option);
            });
            pane.getChildren().add(b);
        }
        layout(pane);
    }

    @Override
    String check(String v) {
        if (v.isEmpty()) {
            return input().required() ? requiredText : "";
        }
        return options.contains(v) ? "" : requiredText;
    }

    @Override
    public void prefill(String value) {
        if (value == null || !options.contains(value.strip())) {
            return;
        }
        String v = value.strip();
        group.getToggles().stream().filter(t -> v.equals(t.getUserData())).findFirst()
                .ifPresent(t -> t.setSelected(true));
        setValue(v);
    }

    List<String> options() {
        return options;
    }
}
