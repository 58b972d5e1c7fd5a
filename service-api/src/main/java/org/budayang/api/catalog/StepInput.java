package org.budayang.api.catalog;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.util.List;

/**
 * One value a CHOOSE or FILL step asks of the citizen. The value goes to central under {@link #key()}: in
 * {@code ApplicationRequest.form} for an item with a SUBMIT step, else in {@code QueryRequest.params}.
 *
 * @param key       the form key central expects, e.g. {@code purpose}, {@code fromYear}; [A-Za-z][A-Za-z0-9]{0,39}
 * @param label     what the citizen reads, e.g. 申请用途
 * @param kind      how the kiosk asks for it
 * @param options   the allowed values of a CHOICE (at least 2) or the years offered by a YEAR (may be empty);
 *                  empty for the other kinds
 * @param required  whether the step can go on without it
 * @param maxLength the longest value accepted (characters), 1..200
 * @param hint      a short help line shown under the label (may be empty, never null after construction)
 * @param minLength the shortest value accepted (characters) once the citizen types one, 0..maxLength; 0 (the default,
 *                  also when a catalogue leaves it out) sets no minimum beyond {@code required}
 */
public record StepInput(String key, String label, InputKind kind, List<String> options, boolean required,
                        int maxLength, String hint, @JsonSetter(nulls = Nulls.AS_EMPTY) int minLength) {
    private static final java.util.regex.Pattern KEY = java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9]{0,39}");

    public StepInput {
        key = Checks.matches("StepInput.key", key, KEY, "a letter then up to 39 letters or digits, e.g. purpose");
        label = Checks.text("StepInput.label of " + key, label);
        Checks.present("StepInput.kind of " + key, kind);
        options = options == null ? List.of() : Checks.list("StepInput.options of " + key, options, true);
        if (kind == InputKind.CHOICE && options.size() < 2) {
            throw new IllegalArgumentException("StepInput.options of " + key + ": a CHOICE needs at least 2 options, "
                    + "got " + options);
        }
        if (kind != InputKind.CHOICE && kind != InputKind.YEAR && !options.isEmpty()) {
            throw new IllegalArgumentException("StepInput.options of " + key + ": only CHOICE and YEAR take options, "
                    + "this one is " + kind);
        }
        Checks.range("StepInput.maxLength of " + key, maxLength, 1, 200);
        hint = hint == null ? "" : hint.strip();
        if (minLength < 0 || minLength > maxLength) {
            throw new IllegalArgumentException("StepInput.minLength of " + key + " must be 0.." + maxLength
                    + " (at most maxLength), got " + minLength);
        }
    }

    /** An input without a minimum length (minLength 0). */
    public StepInput(String key, String label, InputKind kind, List<String> options, boolean required, int maxLength,
                     String hint) {
        this(key, label, kind, options, required, maxLength, hint, 0);
    }
}
