package org.budayang.kiosk.identity;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.budayang.driver.idcard.CardEvent;
import org.budayang.driver.link.LinkLostException;
import org.budayang.driver.op.CancelToken;
import org.budayang.driver.op.Deadline;
import org.budayang.driver.op.Outcome;
import org.budayang.driver.sscard.SocialSecurityCard;
import org.budayang.driver.sscard.SocialSecurityCardReader;

/** The kiosk's way to the 社会保障卡 reader (see {@link CardAccess} for the threading). */
public final class SocialCardAccess extends CardAccess<SocialSecurityCardReader, SocialSecurityCard> {
    /** How long reading the basics (EF05 + EF06) may take; the budget is 300 ms through pcscd. */
    public static final Duration DEFAULT_READ_BUDGET = Duration.ofSeconds(3);

    /**
     * @param reader the reader, or null when the kiosk has none configured
     */
    public SocialCardAccess(SocialSecurityCardReader reader, Executor background, Executor fx, Duration budget) {
        super(reader, "social security card reader", background, fx, budget);
    }

    /** A kiosk without a 社保卡 reader: no events, every read fails with {@code NO_READER}. */
    public static SocialCardAccess none() {
        return new SocialCardAccess(null, Runnable::run, Runnable::run, DEFAULT_READ_BUDGET);
    }

    @Override
    AutoCloseable listen(SocialSecurityCardReader reader, Consumer<CardEvent> listener) {
        return reader.onCardEvent(listener);
    }

    @Override
    Outcome<SocialSecurityCard> readCard(SocialSecurityCardReader reader, Deadline deadline, CancelToken cancel)
            throws LinkLostException {
        return reader.readCard(deadline, cancel);
    }
}
