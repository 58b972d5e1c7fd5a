package org.budayang.api.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/** Validation helpers for the catalogue records; every message names the record, the field and the value. */
final class Checks {
    private Checks() {
    }

    static String text(String where, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(where + " must not be blank");
        }
        return value.strip();
    }

    static String matches(String where, String value, Pattern pattern, String expected) {
        text(where, value);
        if (!pattern.matcher(value).matches()) {
            throw new IllegalArgumentException(where + ": '" + value + "' is not valid; expected " + expected);
        }
        return value;
    }

    static <T> T present(String where, T value) {
        if (value == null) {
            throw new IllegalArgumentException(where + " is required");
        }
        return value;
    }

    static <T> List<T> list(String where, Collection<T> values, boolean mayBeEmpty) {
        present(where, values);
        if (!mayBeEmpty && values.isEmpty()) {
            throw new IllegalArgumentException(where + " must list at least one entry");
        }
        for (T v : values) {
            if (v == null || (v instanceof String s && s.isBlank())) {
                throw new IllegalArgumentException(where + " contains an empty entry");
            }
        }
        return List.copyOf(values);
    }

    static <T> Set<T> set(String where, Collection<T> values) {
        present(where, values);
        if (values.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException(where + " contains an empty entry");
        }
        return Set.copyOf(values);
    }

    static int range(String where, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(where + ": " + value + " is out of range; expected " + min + ".." + max);
        }
        return value;
    }
}
