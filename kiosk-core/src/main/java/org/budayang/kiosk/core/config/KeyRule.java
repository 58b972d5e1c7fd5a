package org.budayang.kiosk.core.config;

import java.time.DateTimeException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The rule of one key of the configuration file: its name, whether it must be there, how its text is read and which
 * values it accepts. {@link ConfigRules#check} and the kiosk's loader use the same rule, so a value provisioning
 * accepts is the value the kiosk reads.
 *
 * @param key      the key, e.g. {@code idle.timeout.seconds}
 * @param required whether a missing or blank value is a problem
 * @param parse    reads the (stripped) text; throws IllegalArgumentException or DateTimeException when it cannot
 * @param ok       whether a parsed value is accepted
 * @param accepted what is accepted, for technicians
 * @param detail   a few more words on why a text is refused (empty when there is nothing to add)
 */
record KeyRule<T>(String key, boolean required, Function<String, T> parse, Predicate<? super T> ok, String accepted,
        Function<String, String> detail) {

    KeyRule {
        Objects.requireNonNull(key, "KeyRule.key");
        Objects.requireNonNull(parse, "KeyRule.parse");
        Objects.requireNonNull(ok, "KeyRule.ok");
        Objects.requireNonNull(accepted, "KeyRule.accepted");
        Objects.requireNonNull(detail, "KeyRule.detail");
    }

    KeyRule(String key, boolean required, Function<String, T> parse, Predicate<? super T> ok, String accepted) {
        this(key, required, parse, ok, accepted, text -> "");
    }

    /** The problem of this key in {@code values}, if any. */
    Optional<ConfigProblem> check(Map<String, String> values) {
        String raw = values.get(key);
        if (raw == null || required && raw.isBlank()) {
            return required ? Optional.of(new ConfigProblem(ConfigProblem.MISSING, key, null, accepted))
                    : Optional.empty();
        }
        String text = raw.strip();
        if (accepts(text)) {
            return Optional.empty();
        }
        String why = detail.apply(text);
        return Optional.of(new ConfigProblem(ConfigProblem.INVALID, key, text,
                why.isEmpty() ? accepted : accepted + " (this value: " + why + ")"));
    }

    private boolean accepts(String text) {
        try {
            T value = parse.apply(text);
            return value != null && ok.test(value);
        } catch (IllegalArgumentException | DateTimeException refused) {
            return false;
        }
    }

    /** The value of this key, or {@code fallback} when it is absent; call it on values {@link #check} found good. */
    T read(Map<String, String> values, T fallback) {
        String raw = values.get(key);
        return raw == null ? fallback : parse.apply(raw.strip());
    }
}
