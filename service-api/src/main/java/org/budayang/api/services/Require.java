package org.budayang.api.services;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Validation helpers for the service (and payment) records; every message names the record, the field and the value. */
public final class Require {
    private Require() {
    }

    public static String text(String where, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(where + " must not be blank");
        }
        return value.strip();
    }

    public static <T> T present(String where, T value) {
        if (value == null) {
            throw new IllegalArgumentException(where + " is required");
        }
        return value;
    }

    static <T> List<T> list(String where, Collection<T> values) {
        if (values == null) {
            return List.of();
        }
        for (T v : values) {
            if (v == null || (v instanceof String s && s.isBlank())) {
                throw new IllegalArgumentException(where + " contains an empty entry");
            }
        }
        return List.copyOf(values);
    }

    static Map<String, String> map(String where, Map<String, String> values) {
        if (values == null) {
            return Map.of();
        }
        Map<String, String> copy = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, String> e : values.entrySet()) {
            if (e.getKey() == null || e.getKey().isBlank()) {
                throw new IllegalArgumentException(where + " has an empty name");
            }
            if (e.getValue() == null) {
                throw new IllegalArgumentException(where + "." + e.getKey() + " is null; leave it out or give a value");
            }
            copy.put(e.getKey().strip(), e.getValue().strip());
        }
        return java.util.Collections.unmodifiableMap(copy);
    }

    static String code(String where, String value) {
        text(where, value);
        if (!value.matches("[A-Z][A-Z0-9_]*")) {
            throw new IllegalArgumentException(where + ": '" + value + "' is not an upper-case code");
        }
        return value;
    }
}
