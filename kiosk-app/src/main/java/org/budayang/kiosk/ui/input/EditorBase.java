package org.budayang.kiosk.ui.input;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.budayang.api.catalog.StepInput;

/**
 * What every touch editor shares: the label and hint above, the body, the problem line below, and the value /
 * valid / problem properties, recomputed by {@link #setValue} through {@link #check}.
 */
abstract class EditorBase implements InputEditor {
    static final String STYLESHEET = EditorBase.class.getResource("input.css").toExternalForm();

    /** On the editor's root while nothing is typed or chosen: the problem line then reads as an instruction. */
    private static final javafx.css.PseudoClass EMPTY = javafx.css.PseudoClass.getPseudoClass("empty");
    private final StepInput input;
    private final InputTexts texts;
    private final ReadOnlyStringWrapper value = new ReadOnlyStringWrapper(this, "value", "");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid", false);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final VBox root = new VBox();

    EditorBase(StepInput input, InputTexts texts) {
        this.input = input;
        this.texts = texts;
        root.getStyleClass().addAll("input-editor", "input-" + input.kind().name().toLowerCase(java.util.Locale.ROOT));
        root.getStylesheets().add(STYLESHEET);
        root.setId("input-" + input.key());
    }

    /** Builds the node: call once at the end of the subclass constructor. */
    final void layout(Node body) {
        Label label = new Label(input.label());
        label.getStyleClass().add("input-label");
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        root.getChildren().add(label);
        if (!input.hint().isEmpty()) {
            Label hint = new Label(input.hint());
            hint.getStyleClass().add("input-hint");
            hint.setWrapText(true);
            hint.setMinHeight(Region.USE_PREF_SIZE);
            root.getChildren().add(hint);
        }
        root.getChildren().add(body);
        Label problemLine = new Label();
        problemLine.getStyleClass().add("input-problem");
        problemLine.setId("problem-" + input.key());
        problemLine.setWrapText(true);
        problemLine.setMinHeight(Region.USE_PREF_SIZE);
        problemLine.textProperty().bind(problem);
        root.getChildren().add(problemLine);
        setValue("");
    }

    /** Sets the value and recomputes valid and problem. */
    final void setValue(String v) {
        value.set(v);
        root.pseudoClassStateChanged(EMPTY, v.isEmpty());
        refresh();
    }

    /** Recomputes valid and problem from the value (and the editor's own state). */
    final void refresh() {
        String why = check(value.get());
        problem.set(why);
        valid.set(why.isEmpty());
    }

    /** Why {@code v} is not acceptable, in Chinese; empty when it is. */
    abstract String check(String v);

    InputTexts texts() {
        return texts;
    }

    @Override
    public StepInput input() {
        return input;
    }

    @Override
    public boolean labelsItself() {
        return true;
    }

    @Override
    public Node node() {
        return root;
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
