package org.budayang.kiosk.identity;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.budayang.driver.idcard.CardEvent;
import org.budayang.driver.op.CancelToken;
import org.budayang.driver.op.Deadline;
import org.budayang.driver.op.Outcome;
import org.budayang.driver.sscard.SocialSecurityCard;
import org.budayang.driver.sscard.SocialSecurityCardReader;
import org.budayang.kiosk.devices.DeviceCall;

/**
 * The kiosk's way to the 社会保障卡 reader, like {@link IdCardAccess}: reads off the FX thread, events and
 * results through the fx executor. The reader is opened and reopened by the supervisor.
 */
public final class SocialCardAccess {
    /** How long reading the basics (EF05 + EF06) may take; the budget is 300 ms through pcscd. */
    public static final Duration DEFAULT_READ_BUDGET = Duration.ofSeconds(3);

    private final SocialSecurityCardReader reader;
    private final DeviceCall calls;
    private final Duration budget;

    /**
     * @param reader the reader, or null when the kiosk has none configured
     */
    public SocialCardAccess(SocialSecurityCardReader reader, Executor background, Executor fx, Duration budget) {
        this.reader = reader;
        this.calls = new DeviceCall("social security card reader", background, fx);
        this.budget = Objects.requireNonNull(budget, "budget");
        if (budget.isZero() || budget.isNegative()) {
            throw new IllegalArgumentException("SocialCardAccess.budget must be positive, got " + budget);
        }
    }

    /** A kiosk without a 社保卡 reader: no events, every read fails with {@code NO_READER}. */
    public static SocialCardAccess none() {
        return new SocialCardAccess(null, Runnable::run, Runnable::run, DEFAULT_READ_BUDGET);
    }

    public Optional<SocialSecurityCardReader> reader() {
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

    /** Reads the card's basics off the FX thread; {@code done} gets the outcome through the fx executor. */
    public void read(CancelToken cancel, Consumer<Outcome<SocialSecurityCard>> done) {
        Objects.requireNonNull(cancel, "cancel");
        if (reader == null) {
            calls.deliver(() -> done.accept(Outcome.deviceError("NO_READER",
                    "no social security card reader is configured")));
            return;
        }
        calls.run("read", () -> reader.readCard(Deadline.in(budget), cancel), done);
    }
}
