package org.budayang.kiosk.ui.flow;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import org.budayang.api.catalog.InputKind;
import org.budayang.api.catalog.StepInput;
import org.budayang.kiosk.ui.common.Messages;
import org.budayang.kiosk.ui.input.InputEditor;
import org.budayang.kiosk.ui.input.InputEditors;

/**
 * The flow's own editors until the kiosk-input touch editors are wired: CHOICE and YEAR as large toggle buttons,
 * every other kind as a text field with the same rules (NUMBER digits, PHONE 11-digit mobile, DATE yyyy-MM-dd,
 * REGION_CODE 6 digits, TEXT up to maxLength). FX thread only.
 */
public final class BasicInputEditors implements InputEditors {
    private final Messages messages;
    private final Clock clock;

    public BasicInputEditors(Messages messages, Clock clock) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public InputEditor editorFor(StepInput input) {
        Objects.requireNonNull(input, "input");
        return input.kind() == InputKind.CHOICE || input.kind() == InputKind.YEAR
                ? new Buttons(input, options(input)) : new Field(input);
    }

    private List<String> options(StepInput input) {
        if (input.kind() == InputKind.CHOICE || !input.options().isEmpty()) {
            return input.options();
        }
        int year = Year.now(clock).getValue();
        List<String> years = new ArrayList<>();
        for (int y = year; y > year - 10; y--) {
            years.add(Integer.toString(y));
        }
        return years;
    }

    /** Why {@code value} does not fit {@code input}, in Chinese, or "" when it fits. */
    String problemOf(StepInput input, String value) {
        if (value.isEmpty()) {
            return input.required() ? messages.get("flow.input.required", input.label()) : "";
        }
        if (value.length() > input.maxLength()) {
            return messages.get("flow.input.too_long", input.label(), input.maxLength());
        }
        if (input.kind() == InputKind.TEXT && value.strip().length() < input.minLength()) {
            return messages.get("flow.input.too_short", input.minLength());
        }
        boolean fits = switch (input.kind()) {
            case CHOICE, YEAR -> options(input).contains(value);
            case NUMBER -> value.matches("\\d+(\\.\\d{1,2})?");
            case PHONE -> value.matches("1\\d{10}");
            case REGION_CODE -> value.matches("\\d{6}");
            case DATE -> date(value);
            case TEXT -> !value.isBlank();
        };
        return fits ? "" : messages.get("flow.input.bad." + input.kind().name(), input.label());
    }

    private static boolean date(String value) {
        try {
            LocalDate.parse(value);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private abstract class Base implements InputEditor {
        final StepInput input;
        final ReadOnlyStringWrapper value = new ReadOnlyStringWrapper(this, "value", "");
        final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid");
        final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

        Base(StepInput input) {
            this.input = input;
            value.addListener((obs, old, now) -> check());
            check();
        }

        final void check() {
            String why = problemOf(input, value.get());
            problem.set(why);
            valid.set(why.isEmpty());
        }

        @Override
        public StepInput input() {
            return input;
        }

        @Override
        public ReadOnlyStringProperty value() {
            return value.getReadOnlyProperty();
        }

        @Override
        public ReadOnlyBooleanProperty valid() {
            return valid.getReadOnlyProperty();
        }

        @Override
        public ReadOnlyStringProperty problem() {
            return problem.getReadOnlyProperty();
        }
    }

    private final class Buttons extends Base {
        private final FlowPane pane = new FlowPane();
        private final ToggleGroup group = new ToggleGroup();

        Buttons(StepInput input, List<String> options) {
            super(input);
            pane.getStyleClass().add("flow-choices");
            for (String option : options) {
                ToggleButton b = new ToggleButton(option);
                b.getStyleClass().add("flow-choice");
                b.setUserData(option);
                b.setToggleGroup(group);
                b.setFocusTraversable(false);
                b.setMnemonicParsing(false);
                pane.getChildren().add(b);
            }
            group.selectedToggleProperty().addListener((obs, old, now) ->
                    value.set(now == null ? "" : (String) now.getUserData()));
        }

        @Override
        public Node node() {
            return pane;
        }

        @Override
        public void prefill(String given) {
            group.getToggles().stream().filter(t -> t.getUserData().equals(given)).findFirst()
                    .ifPresent(t -> t.setSelected(true));
        }
    }

    private final class Field extends Base {
        private final TextField field = new TextField();

        Field(StepInput input) {
            super(input);
            field.getStyleClass().add("flow-field");
            field.setPromptText(input.hint().isEmpty() ? input.label() : input.hint());
            field.textProperty().addListener((obs, old, now) -> value.set(now == null ? "" : now.strip()));
        }

        @Override
        public Node node() {
            return field;
        }

        @Override
        public void prefill(String given) {
            if (given != null && problemOf(input, given.strip()).isEmpty()) {
                field.setText(given.strip());
            }
        }
    }
}
