package org.budayang.driver.runtime;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;

/**
 * A driver's listeners of one kind (status changes, card events, codes): registered and removed from any thread,
 * each told of an event in registration order on the thread that publishes it. A listener that throws is logged
 * (on the driver's own logger, naming the device, the kind and the event) and does not stop the others.
 *
 * @param <T> what the listeners are told, e.g. {@code DeviceStatus}
 */
public final class Listeners<T> {
    private final Logger log;
    private final String device;
    private final String kind;
    private final Function<? super T, ?> describe;
    private final List<Consumer<? super T>> listeners = new CopyOnWriteArrayList<>();

    /**
     * @param log      the driver's logger, so a failing listener is logged where the driver's lines are
     * @param device   the device's role, e.g. {@code idCardReader}
     * @param kind     what the listeners hear, e.g. {@code status} or {@code card event}
     * @param describe names an event in the failure's log line (never personal data), e.g. {@code DeviceStatus::health}
     */
    public Listeners(Logger log, String device, String kind, Function<? super T, ?> describe) {
        this.log = Objects.requireNonNull(log, "Listeners.log is required");
        this.device = Objects.requireNonNull(device, "Listeners.device is required");
        this.kind = Objects.requireNonNull(kind, "Listeners.kind is required");
        this.describe = Objects.requireNonNull(describe, "Listeners.describe is required");
    }

    /** Registers {@code listener}; closing the returned handle removes it (again: nothing). */
    public AutoCloseable add(Consumer<? super T> listener) {
        Objects.requireNonNull(listener, "listener");
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Tells every listener of {@code event}, on this thread. */
    public void tell(T event) {
        for (Consumer<? super T> listener : listeners) {
            try {
                listener.accept(event);
            } catch (RuntimeException e) {
                log.error("{}: a {} listener failed on {}", device, kind, describe.apply(event), e);
            }
        }
    }

    /** How many listeners are registered. */
    public int size() {
        return listeners.size();
    }
}
