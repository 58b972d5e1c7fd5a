package org.budayang.kiosk.ui.flow;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.budayang.api.catalog.FlowStep;

/** Where the flow stands, for the views: its state, the step shown, the progress line and the message. */
public final class FlowStatus {
    private final ReadOnlyObjectWrapper<FlowState> state = new ReadOnlyObjectWrapper<>(this, "state", FlowState.IDLE);
    private final ReadOnlyObjectWrapper<FlowStep> step = new ReadOnlyObjectWrapper<>(this, "step");
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper(this, "progress", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper retryable = new ReadOnlyBooleanWrapper(this, "retryable");
    private final javafx.beans.property.ReadOnlyIntegerWrapper shown =
            new javafx.beans.property.ReadOnlyIntegerWrapper(this, "shown");
    private final ObservableList<String> lines = FXCollections.observableArrayList();
    private final ObservableList<String> linesView = FXCollections.unmodifiableObservableList(lines);

    FlowState state() {
        return state.get();
    }

    /** The state after a transition: the step's models are filled, so the screen may be drawn again. */
    void state(FlowState now) {
        state.set(now);
        shown.set(shown.get() + 1);
    }

    FlowStep step() {
        return step.get();
    }

    void step(FlowStep now, String progressLine) {
        step.set(now);
        progress.set(progressLine);
    }

    void message(String now) {
        message.set(now);
    }

    String message() {
        return message.get();
    }

    void retryable(boolean now) {
        retryable.set(now);
    }

    boolean retryable() {
        return retryable.get();
    }

    void line(String printLine) {
        lines.add(printLine);
    }

    void clear() {
        lines.clear();
        message.set("");
        retryable.set(false);
        step.set(null);
        progress.set("");
        state(FlowState.IDLE);
    }

    void clearLines() {
        lines.clear();
    }

    /**
     * Counts the transitions: it changes once a step is ready to be drawn (its form, letter or answer filled), also
     * when the state stays the same (READY on one step, READY on the next). Views redraw on it, not on the step.
     */
    public javafx.beans.property.ReadOnlyIntegerProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<FlowState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<FlowStep> stepProperty() {
        return step.getReadOnlyProperty();
    }

    /** 第2步/共6步 · title. */
    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What went wrong or what runs now, in Chinese (empty when nothing is to say). */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Whether 重试 / 重新打印 may help. */
    public ReadOnlyBooleanProperty retryableProperty() {
        return retryable.getReadOnlyProperty();
    }

    /** The print's progress lines (正在打印第1页…). */
    public ObservableList<String> printLines() {
        return linesView;
    }
}
