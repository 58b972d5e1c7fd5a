package org.budayang.driver.op;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The result of one device operation (DESIGN.md, Devices): success with a value, timeout,
 * cancelled, or a device error. Partial failures are values; only a lost link throws
 * ({@link org.budayang.driver.link.LinkLostException}).
 *
 * @param <T> the value of a successful operation
 */
public sealed interface Outcome<T> permits Outcome.Success, Outcome.TimedOut, Outcome.Cancelled, Outcome.DeviceError {

    /** The operation did what was asked. */
    record Success<T>(T value) implements Outcome<T> {
        public Success {
            Objects.requireNonNull(value, "Outcome.Success.value is required");
        }
    }

    /** The device did not finish within the deadline; {@code operation} names what was tried. */
    record TimedOut<T>(String operation, Duration after) implements Outcome<T> {
        public TimedOut {
            requireText(operation, "Outcome.TimedOut.operation");
            Objects.requireNonNull(after, "Outcome.TimedOut.after is required");
        }
    }

    /** The caller cancelled the operation before it finished. */
    record Cancelled<T>(String operation) implements Outcome<T> {
        public Cancelled {
            requireText(operation, "Outcome.Cancelled.operation");
        }
    }

    /**
     * The device answered that it could not do it.
     *
     * @param code   stable upper-case code for fleet reporting, e.g. {@code NO_CARD}, {@code CHECKSUM_ERROR}
     * @param detail precise technical detail (raw status bytes…); never personal data
     */
    record DeviceError<T>(String code, String detail) implements Outcome<T> {
        public DeviceError {
            if (code == null || !code.matches("[A-Z][A-Z0-9_]*")) {
                throw new IllegalArgumentException("Outcome.DeviceError.code: '" + code
                        + "' is not an upper-case code like NO_CARD");
            }
            Objects.requireNonNull(detail, "Outcome.DeviceError.detail is required (may be empty)");
        }
    }

    static <T> Outcome<T> success(T value) {
        return new Success<>(value);
    }

    static <T> Outcome<T> timedOut(String operation, Duration after) {
        return new TimedOut<>(operation, after);
    }

    static <T> Outcome<T> cancelled(String operation) {
        return new Cancelled<>(operation);
    }

    static <T> Outcome<T> deviceError(String code, String detail) {
        return new DeviceError<>(code, detail);
    }

    default boolean isSuccess() {
        return this instanceof Success;
    }

    /** The value when successful. */
    default Optional<T> valueIfSuccess() {
        return this instanceof Success<T> success ? Optional.of(success.value()) : Optional.empty();
    }

    /** The same outcome with a successful value mapped; failures keep their kind and detail. */
    @SuppressWarnings("unchecked")
    default <U> Outcome<U> map(Function<? super T, ? extends U> mapper) {
        if (this instanceof Success<T> success) {
            return new Success<>(mapper.apply(success.value()));
        }
        return (Outcome<U>) this;
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must name the operation, got '" + value + "'");
        }
    }
}
