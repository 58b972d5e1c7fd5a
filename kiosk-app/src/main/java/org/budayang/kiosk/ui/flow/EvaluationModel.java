package org.budayang.kiosk.ui.flow;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
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
    private final FlowStatus status;
    private final BiConsumer<Satisfaction, List<String>> send;
    private final Runnable end;
    private final ReadOnlyObjectWrapper<Satisfaction> level = new ReadOnlyObjectWrapper<>(this, "level");
    private final ObservableList<String> reasons = FXCollections.observableArrayList();
    private final ObservableList<String> reasonsView = FXCollections.unmodifiableObservableList(reasons);

    /**
     * @param send queues the rating for central (with the transaction's 办件编号 and 事项编码)
     * @param end  ends the service (the finish screen)
     */
    EvaluationModel(List<String> reasonChoices, FlowStatus status, BiConsumer<Satisfaction, List<String>> send,
            Runnable end) {
        this.reasonChoices = List.copyOf(reasonChoices);
        this.status = Objects.requireNonNull(status, "status");
        this.send = Objects.requireNonNull(send, "send");
        this.end = Objects.requireNonNull(end, "end");
    }

    /** A level was tapped: a positive one is sent at once (one tap), a negative one waits for reasons. */
    public void rate(Satisfaction chosen) {
        requireShown("rate");
        level.set(Objects.requireNonNull(chosen, "level"));
        if (!chosen.negative()) {
            reasons.clear();
            sendEvaluation();
        }
    }

    /** 提交评价 after a negative level (the reasons may be none: never forced). */
    public void sendEvaluation() {
        requireShown("sendEvaluation");
        if (level.get() != null) {
            send.accept(level.get(), new ArrayList<>(reasons));
            end.run();
        }
    }

    /** 跳过: no evaluation is sent. */
    public void skip() {
        requireShown("skip");
        end.run();
    }

    private void requireShown(String operation) {
        if (status.state() != FlowState.READY || status.step() == null
                || status.step().type() != org.budayang.api.catalog.StepType.EVALUATE) {
            throw new IllegalStateException("EvaluationModel: cannot " + operation + " while the flow is "
                    + status.state() + " on " + (status.step() == null ? "no step" : status.step().type()));
        }
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
