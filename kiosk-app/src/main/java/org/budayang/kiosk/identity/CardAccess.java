package org.budayang.kiosk.identity;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.budayang.driver.idcard.CardEvent;
import org.budayang.driver.link.LinkLostException;
import org.budayang.driver.op.CancelToken;
import org.budayang.driver.op.Deadline;
import org.budayang.driver.op.Outcome;
import org.budayang.kiosk.devices.DeviceCall;

/**
 * The kiosk's way to a card reader (the ID card's, the 社保卡's): card events and reads, with the threading done
 * here. Reads run on the {@code background} executor (never the FX thread); events and results are handed over
 * through the {@code fx} executor ({@code Platform::runLater} in the kiosk, {@code Runnable::run} in tests). The
 * reader itself is opened, enabled and reopened by whoever owns it (the supervisor); a read while it is not enabled
 * or after its link was lost is a failed read, not an exception (see {@link DeviceCall}).
 *
 * @param <R> the reader
 * @param <C> what a read gives
 */
abstract class CardAccess<R, C> {
    private final R reader;
    private final String name;
    private final DeviceCall calls;
    private final Duration budget;

    /**
     * @param reader     the reader, or null when the kiosk has none configured
     * @param name       the reader in logs and errors, e.g. {@code ID card reader}
     * @param background runs reads (a device thread)
     * @param fx         delivers events and results (the FX thread)
     * @param budget     how long one read may take
     */
    CardAccess(R reader, String name, Executor background, Executor fx, Duration budget) {
        this.reader = reader;
        this.name = Objects.requireNonNull(name, "name");
        this.calls = new DeviceCall(name, background, fx);
        this.budget = Objects.requireNonNull(budget, "budget");
        if (budget.isZero() || budget.isNegative()) {
            throw new IllegalArgumentException(getClass().getSimpleName() + ".budget must be positive, got " + budget);
        }
    }

    /** Registers {@code listener} for the reader's card events (on a driver thread). */
    abstract AutoCloseable listen(R reader, Consumer<CardEvent> listener);

    /** Reads the card now (on the background thread). */
    abstract Outcome<C> readCard(R reader, Deadline deadline, CancelToken cancel) throws LinkLostException;

    public Optional<R> reader() {
        return Optional.ofNullable(reader);
    }

    /** Calls {@code listener} through the fx executor on every card event; returns the handle that stops it. */
    public AutoCloseable onCardEvent(Consumer<CardEvent> listener) {
        Objects.requireNonNull(listener, "listener");
        if (reader == null) {
            return () -> { };
        }
        return listen(reader, event -> calls.deliver(() -> listener.accept(event)));
    }

    /**
     * Reads the card off the FX thread and hands the outcome to {@code done} through the fx executor (see
     * {@link DeviceCall} for the device errors); no reader at all is {@code DeviceError("NO_READER")}.
     */
    public void read(CancelToken cancel, Consumer<Outcome<C>> done) {
        Objects.requireNonNull(cancel, "cancel");
        Objects.requireNonNull(done, "done");
        if (reader == null) {
            calls.deliver(() -> done.accept(Outcome.deviceError("NO_READER", "no " + name + " is configured")));
            return;
        }
        calls.run(name + " read", () -> readCard(reader, Deadline.in(budget), cancel), done);
    }
}
