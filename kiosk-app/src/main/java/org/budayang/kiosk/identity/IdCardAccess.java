package org.budayang.kiosk.identity;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.budayang.driver.idcard.CardEvent;
import org.budayang.driver.idcard.IdCard;
import org.budayang.driver.idcard.IdCardReader;
import org.budayang.driver.op.CancelToken;
import org.budayang.driver.op.Deadline;
import org.budayang.driver.op.Outcome;
import org.budayang.kiosk.devices.DeviceCall;

/**
 * The kiosk's way to the ID card reader: card events and reads, with the threading done here. Reads
 * run on the {@code background} executor (never the FX thread); events and results are handed over
 * through the {@code fx} executor ({@code Platform::runLater} in the kiosk, {@code Runnable::run} in
 * tests). The reader itself is opened, enabled and reopened by whoever owns it (the supervisor); a read
 * while it is not enabled or after its link was lost is a failed read, not an exception.
 */
public final class IdCardAccess {
    /** The default time a whole read (find, select, read text and photo) may take. */
    public static final Duration DEFAULT_READ_BUDGET = Duration.ofSeconds(5);

    private final IdCardReader reader;
    private final DeviceCall calls;
    private final Duration budget;

    /**
     * @param reader     the reader, or null when the kiosk has none configured
     * @param background runs reads (a device thread)
     * @param fx         delivers events and results (the FX thread)
     * @param budget     how long one read may take
     */
    public IdCardAccess(IdCardReader reader, Executor background, Executor fx, Duration budget) {
        this.reader = reader;
        this.calls = new DeviceCall("ID card reader", background, fx);
        this.budget = Objects.requireNonNull(budget, "budget");
        if (budget.isZero() || budget.isNegative()) {
            throw new IllegalArgumentException("IdCardAccess.budget must be positive, got " + budget);
        }
    }

    /** A kiosk without an ID card reader: no events, every read fails with {@code NO_READER}. */
    public static IdCardAccess none() {
        return new IdCardAccess(null, Runnable::run, Runnable::run, DEFAULT_READ_BUDGET);
    }

    public Optional<IdCardReader> reader() {
        return Optional.ofNullable(reader);
    }

    /** Calls {@code listener} through the fx executor on every card event; returns the handle that stops it. */
    public AutoCloseable onCardEvent(Consumer<CardEvent> listener) {
        Objects.requireNonNull(listener, "listener");
        if (reader == null) {
            return () -> { };
        }
        return reader.onCardEvent(event -> calls.deliver(() -> listener.accept(event)));
    }

    /**
     * Reads the card off the FX thread and hands the outcome to {@code done} through the fx executor (see
     * {@link DeviceCall} for the device errors); no reader at all is {@code DeviceError("NO_READER")}.
     */
    public void read(CancelToken cancel, Consumer<Outcome<IdCard>> done) {
        Objects.requireNonNull(cancel, "cancel");
        Objects.requireNonNull(done, "done");
        if (reader == null) {
            calls.deliver(() -> done.accept(Outcome.deviceError("NO_READER", "no ID card reader is configured")));
            return;
        }
        calls.run("ID card read", () -> reader.readCard(Deadline.in(budget), cancel), done);
    }
}
