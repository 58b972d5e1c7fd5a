package org.budayang.kiosk.ui.flow;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.budayang.api.catalog.StepInput;

/**
 * The values of an item's CHOOSE and FILL steps: what the citizen chose or typed (kept across steps for the
 * summary, the query and the submission) and whether every input of the shown step is acceptable, which enables
 * 下一步. The editors report each change through {@link #update}; the card's data fills what the input asks for
 * ({@link #prefillFor}). Wiped when the item is left.
 */
public final class FormModel {
    private final ObservableList<StepInput> inputs = FXCollections.observableArrayList();
    private final ObservableList<StepInput> inputsView = FXCollections.unmodifiableObservableList(inputs);
    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, String> labels = new LinkedHashMap<>();
    private final Map<String, Boolean> valid = new HashMap<>();
    /** Whether each value given so far was acceptable when given (a step shown again starts from it). */
    private final Map<String, Boolean> accepted = new HashMap<>();
    private final ReadOnlyBooleanWrapper complete = new ReadOnlyBooleanWrapper(this, "complete");
    private String cardName = "";
    private String cardAddress = "";

    /**
     * Shows the inputs of a step: a value given before (返回 to this step) stays as acceptable as it was; an empty
     * input is acceptable only when optional, until its editor says otherwise.
     */
    void show(List<StepInput> stepInputs) {
        valid.clear();
        for (StepInput input : stepInputs) {
            labels.put(input.key(), input.label());
            boolean given = !values.getOrDefault(input.key(), "").isEmpty();
            valid.put(input.key(), given ? accepted.getOrDefault(input.key(), false) : !input.required());
        }
        inputs.setAll(stepInputs);
        recompute();
    }

    /** No step with inputs is shown. */
    void hide() {
        inputs.clear();
        valid.clear();
        recompute();
    }

    /** An editor's value changed (FX thread). Keys of other steps are ignored. */
    public void update(String key, String value, boolean acceptable) {
        Objects.requireNonNull(key, "key");
        if (!valid.containsKey(key)) {
            return;
        }
        values.put(key, value == null ? "" : value);
        valid.put(key, acceptable);
        accepted.put(key, acceptable);
        recompute();
    }

    private void recompute() {
        complete.set(!inputs.isEmpty() && valid.values().stream().allMatch(Boolean::booleanValue));
    }

    /**
     * What the card says for {@code input}, or "" when it says nothing for it: the holder's address only for an
     * input that asks for an address (key or label), the name only for one that asks for a name. Never a phone.
     */
    public String prefillFor(StepInput input) {
        String earlier = values.get(input.key());
        if (earlier != null && !earlier.isEmpty()) {
            return earlier;
        }
        String key = input.key().toLowerCase(Locale.ROOT);
        if ((key.contains("address") || input.label().contains("地址")) && !cardAddress.isEmpty()) {
            return cardAddress;
        }
        if ((key.equals("name") || key.endsWith("name") && key.startsWith("applicant")) && !cardName.isEmpty()) {
            return cardName;
        }
        return "";
    }

    /** What the card showed (name, address; empty when the identification carries none). */
    void card(String name, String address) {
        cardName = name == null ? "" : name;
        cardAddress = address == null ? "" : address;
    }

    /** The values given so far, in the order asked (key → value). */
    public Map<String, String> values() {
        Map<String, String> given = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            if (!v.isEmpty()) {
                given.put(k, v);
            }
        });
        return given;
    }

    /** The values given so far as label → value, for the summary the citizen confirms. */
    public Map<String, String> summary() {
        Map<String, String> shown = new LinkedHashMap<>();
        values().forEach((k, v) -> shown.put(labels.getOrDefault(k, k), v));
        return shown;
    }

    /** Forgets every value and the card's data. */
    void wipe() {
        values.clear();
        labels.clear();
        accepted.clear();
        hide();
        cardName = "";
        cardAddress = "";
    }

    /** The inputs of the shown step (empty for other steps). */
    public ObservableList<StepInput> inputs() {
        return inputsView;
    }

    /** Whether every input of the shown step is acceptable (下一步 enabled). */
    public ReadOnlyBooleanProperty completeProperty() {
        return complete.getReadOnlyProperty();
    }
}
