package org.budayang.central.catalog;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.Optional;

/**
 * Finds a primitive field (boolean or int) that a catalogue source leaves out. Jackson would
 * quietly fill in {@code false} or {@code 0}, and for this catalogue those are real answers
 * ({@code needsCentral: false} means "works offline", {@code promisedWorkingDays: 0} means 即办),
 * so a missing one must be an error rather than a guess. The records are walked by reflection,
 * so a field added to service-api is covered without changing this class; one that declares what its absence
 * means ({@code @JsonSetter(nulls = Nulls.AS_EMPTY)}) may be left out.
 */
final class MissingValueCheck {
    private MissingValueCheck() {
    }

    /**
     * The JSON path (relative to {@code node}, e.g. {@code guide.timeLimits.legalWorkingDays}) of
     * the first primitive field of {@code type} or its nested records that {@code node} lacks.
     */
    static Optional<String> firstMissing(JsonNode node, Class<?> type) {
        return firstMissing(node, type, "");
    }

    private static Optional<String> firstMissing(JsonNode node, Class<?> type, String path) {
        if (!type.isRecord() || !node.isObject()) {
            return Optional.empty();
        }
        for (RecordComponent component : type.getRecordComponents()) {
            String where = path.isEmpty() ? component.getName() : path + "." + component.getName();
            JsonNode value = node.get(component.getName());
            if (value == null || value.isMissingNode()) {
                if (component.getType().isPrimitive() && !declaresDefault(type, component)) {
                    return Optional.of(where);
                }
                continue;
            }
            Optional<String> nested = nestedMissing(value, component, where);
            if (nested.isPresent()) {
                return nested;
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the record says what an absent value means: {@code @JsonSetter(nulls = Nulls.AS_EMPTY)} on the
     * component (e.g. {@code StepInput.minLength}, added later: absent = 0 = no minimum), so older catalogues load.
     */
    private static boolean declaresDefault(Class<?> type, RecordComponent component) {
        try {
            JsonSetter setter = type.getDeclaredField(component.getName()).getAnnotation(JsonSetter.class);
            return setter != null && setter.nulls() == Nulls.AS_EMPTY;
        } catch (NoSuchFieldException e) {
            return false;
        }
    }

    private static Optional<String> nestedMissing(JsonNode value, RecordComponent component, String where) {
        if (component.getType().isRecord()) {
            return firstMissing(value, component.getType(), where);
        }
        if (Collection.class.isAssignableFrom(component.getType()) && value.isArray()) {
            Type generic = component.getGenericType();
            if (generic instanceof ParameterizedType parameterized
                    && parameterized.getActualTypeArguments()[0] instanceof Class<?> element && element.isRecord()) {
                for (int i = 0; i < value.size(); i++) {
                    Optional<String> missing = firstMissing(value.get(i), element, where + "[" + i + "]");
                    if (missing.isPresent()) {
                        return missing;
                    }
                }
            }
        }
        return Optional.empty();
    }
}
