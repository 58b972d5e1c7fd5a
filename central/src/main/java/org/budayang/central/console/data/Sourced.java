package org.budayang.central.console.data;

import java.util.Objects;
import java.util.Optional;

/**
 * A part of a page that may have no value — a kiosk that never sent a heartbeat, a stored heartbeat that cannot be
 * read — with why (Chinese, shown on the page as 暂无数据 with the reason): never an invented value.
 */
public record Sourced<T>(Optional<T> value, String missing) {
    public Sourced {
        Objects.requireNonNull(value, "Sourced.value");
        if (value.isEmpty() && (missing == null || missing.isBlank())) {
            throw new IllegalArgumentException("Sourced.missing must say why there is no value");
        }
        missing = value.isPresent() ? "" : missing;
    }

    public static <T> Sourced<T> of(T value) {
        return new Sourced<>(Optional.of(value), "");
    }

    public static <T> Sourced<T> missing(String why) {
        return new Sourced<>(Optional.empty(), why);
    }
}
