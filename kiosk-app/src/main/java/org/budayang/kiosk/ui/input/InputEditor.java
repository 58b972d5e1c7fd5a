package org.budayang.kiosk.ui.input;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.scene.Node;
import org.budayang.api.catalog.StepInput;

/**
 * The touch editor of one {@link StepInput} on a CHOOSE or FILL step: large buttons for a CHOICE or YEAR, a numeric
 * pad for NUMBER / PHONE / REGION_CODE, a date pad for DATE, the on-screen keyboard with pinyin for TEXT. FX thread
 * only.
 */
public interface InputEditor {
    /** The input it edits. */
    StepInput input();

    /** What the citizen sees and touches. */
    Node node();

    /** The value as it goes to central (empty while nothing is chosen or typed). */
    ReadOnlyStringProperty value();

    /** Whether {@link #value()} is acceptable now (required and present, right length and shape). */
    ReadOnlyBooleanProperty valid();

    /** Why the value is not acceptable, in Chinese for the citizen (e.g. 请输入11位手机号码); empty when valid. */
    ReadOnlyStringProperty problem();

    /** Puts a value in, e.g. one filled from the card; ignored when it does not fit the input. */
    void prefill(String value);

    /**
     * Whether {@link #node()} shows the input's label, hint and problem itself (the touch editors do); the flow's
     * form then adds none of its own, so that nothing shows twice.
     */
    default boolean labelsItself() {
        return false;
    }
}
