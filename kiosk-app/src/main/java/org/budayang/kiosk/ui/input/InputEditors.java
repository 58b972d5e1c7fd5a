package org.budayang.kiosk.ui.input;

import org.budayang.api.catalog.StepInput;

/** Makes the {@link InputEditor} for each kind of {@link StepInput}; the flow engine holds one. */
@FunctionalInterface
public interface InputEditors {
    InputEditor editorFor(StepInput input);
}
