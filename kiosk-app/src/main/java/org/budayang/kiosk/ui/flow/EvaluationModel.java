package org.budayang.kiosk.ui.flow;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.budayang.api.services.Satisfaction;

/**
 * 好差评 on the EVALUATE step: five levels, and for 不满意 / 非常不满意 reason chips the citizen may tap (never
 * forced, never pre-selected). A positive level is sent at once (one tap); a negative one waits for 提交评价 so that
 * reasons can be tapped first.
 */
public final class EvaluationModel {
    private final List<String> reasonChoices;
    private final ReadOnlyObjectWrapper<Satisfaction> level = new ReadOnlyObjectWrapper<>(this, "level");
    private final ObservableList<String> reasons = FXCollections.observableArrayList();
    private final ObservableList<String> reasonsView = FXCollections.unmodifiableObservableList(reasons);

    EvaluationModel(List<String> reasonChoices) {
        this.reasonChoices = List.copyOf(reasonChoices);
    }

    /** The citizen tapped a level; returns whether it is sent right away (a positive one). */
    boolean choose(Satisfaction chosen) {
        level.set(Objects.requireNonNull(chosen, "level"));
        if (!chosen.negative()) {
            reasons.clear();
        }
        return !chosen.negative();
    }

    /** Taps a reason chip on or off (only after a negative level). */
    public void toggleReason(String reason) {
        if (level.get() == null || !level.get().negative() || !reasonChoices.contains(reason)) {
            return;
        }
        if (!reasons.remove(reason)) {
            reasons.add(reason);
        }
    }

    void clear() {
        level.set(null);
        reasons.clear();
    }

    List<String> chosenReasons() {
        return new ArrayList<>(reasons);
    }

    /** The chips offered after a negative level. */
    public List<String> reasonChoices() {
        return reasonChoices;
    }

    public ReadOnlyObjectProperty<Satisfaction> levelProperty() {
        return level.getReadOnlyProperty();
    }

    /** The reasons tapped so far. */
    public ObservableList<String> reasons() {
        return reasonsView;
    }
}
