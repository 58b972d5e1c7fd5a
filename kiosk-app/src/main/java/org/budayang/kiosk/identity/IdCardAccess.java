package org.budayang.kiosk.identity;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import org.budayang.driver.LifecycleException;
import org.budayang.driver.idcard.CardEvent;
import org.budayang.driver.idcard.IdCard;
import org.budayang.driver.idcard.IdCardReader;
import org.budayang.driver.link.LinkLostException;
import org.budayang.driver.op.CancelToken;
import org.budayang.driver.op.Deadline;
import org.budayang.driver.op.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kiosk's way to the ID card reader: card events and reads, with the threading done here. Reads
 * run on the {@code background} executor (never the FX thread); events and results are handed over
 * through the {@code fx} executor ({@code Platform::runLater} in the kiosk, {@code Runnable::run} in
 * tests). The reader itself is opened, enabled and reopened by whoever owns it (the supervisor); a read
 * while it is not enabled or after its link was lost is a failed read, not an exception.
 */
public final class IdCardAccess {
    private static final Logger LOG = LoggerFactory.getLogger(IdCardAccess.class);
    /** The default time a whole read (find, select, read text and photo) may take. */
    public static final Duration DEFAULT_READ_BUDGET = Duration.ofSeconds(5);

    private final IdCardReader reader;
    private final Executor background;
    private final Executor fx;
    private final Duration budget;

    /**
     * @param reader     the reader, or null when the kiosk has none configured
     * @param background runs reads (a device thread)
     * @param fx         delivers events and results (the FX thread)
     * @param budget     how long one read may take
     */
    public IdCardAccess(IdCardReader reader, Executor background, Executor fx, Duration budget) {
        this.reader = reader;
        this.background = Objects.requireNonNull(background, "background");
        this.fx = Objects.requireNonNull(fx, "fx");
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
        return reader.onCardEvent(event -> deliver(() -> listener.accept(event)));
    }

    /**
     * Reads the card off the FX thread and hands the outcome to {@code done} through the fx executor.
     * A lost link becomes {@code DeviceError("LINK_LOST")}, a reader that is not enabled (being reopened)
     * {@code DeviceError("READER_NOT_READY")}, no reader at all {@code DeviceError("NO_READER")}.
     */
    public void read(CancelToken cancel, Consumer<Outcome<IdCard>> done) {
        Objects.requireNonNull(cancel, "cancel");
        Objects.requireNonNull(done, "done");
        if (reader == null) {
            deliver(() -> done.accept(Outcome.deviceError("NO_READER", "no ID card reader is configured")));
            return;
        }
        try {
            background.execute(() -> {
                Outcome<IdCard> outcome = readNow(cancel);
                deliver(() -> done.accept(outcome));
            });
        } catch (RejectedExecutionException stopping) {
            LOG.debug("ID card read not started: the device executor is shut down");
        }
    }

    private Outcome<IdCard> readNow(CancelToken cancel) {
        try {
            return reader.readCard(Deadline.in(budget), cancel);
        } catch (LinkLostException lost) {
            LOG.warn("ID card read failed, the link to the reader is lost: {}", lost.getMessage());
            return Outcome.deviceError("LINK_LOST", lost.getMessage());
        } catch (LifecycleException notReady) {
            LOG.warn("ID card read refused, the reader is not ready: {}", notReady.getMessage());
            return Outcome.deviceError("READER_NOT_READY", notReady.getMessage());
        }
    }

    private void deliver(Runnable task) {
        try {
            fx.execute(task);
        } catch (RejectedExecutionException | IllegalStateException stopping) {
            LOG.debug("ID card event or result dropped: the UI is shutting down");
        }
    }
}
