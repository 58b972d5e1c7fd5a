package org.budayang.kiosk.identity;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.budayang.driver.idcard.CardEvent;
import org.budayang.driver.idcard.IdCard;
import org.budayang.driver.idcard.IdCardReader;
import org.budayang.driver.link.LinkLostException;
import org.budayang.driver.op.CancelToken;
import org.budayang.driver.op.Deadline;
import org.budayang.driver.op.Outcome;

/** The kiosk's way to the resident ID card reader (see {@link CardAccess} for the threading). */
public final class IdCardAccess extends CardAccess<IdCardReader, IdCard> {
    /** The default time a whole read (find, select, read text and photo) may take. */
    public static final Duration DEFAULT_READ_BUDGET = Duration.ofSeconds(5);

    /**
     * @param reader     the reader, or null when the kiosk has none configured
     * @param background runs reads (a device thread)
     * @param fx         delivers events and results (the FX thread)
     * @param budget     how long one read may take
     */
    public IdCardAccess(IdCardReader reader, Executor background, Executor fx, Duration budget) {
        super(reader, "ID card reader", background, fx, budget);
    }

    /** A kiosk without an ID card reader: no events, every read fails with {@code NO_READER}. */
    public static IdCardAccess none() {
        return new IdCardAccess(null, Runnable::run, Runnable::run, DEFAULT_READ_BUDGET);
    }

    @Override
    AutoCloseable listen(IdCardReader reader, Consumer<CardEvent> listener) {
        return reader.onCardEvent(listener);
    }

    @Override
    Outcome<IdCard> readCard(IdCardReader reader, Deadline deadline, CancelToken cancel) throws LinkLostException {
        return reader.readCard(deadline, cancel);
    }
}
