package org.budayang.driver.sscard;

import java.util.function.Consumer;
import org.budayang.driver.Device;
import org.budayang.driver.idcard.CardEvent;
import org.budayang.driver.link.LinkLostException;
import org.budayang.driver.op.CancelToken;
import org.budayang.driver.op.Deadline;
import org.budayang.driver.op.Outcome;

/**
 * A 社会保障卡 reader (role {@code socialCardReader}, issue #6). The plain-APDU driver ({@code pcsc-sscard})
 * reads EF05/EF06 through PC/SC; a vendor-backed driver (the province's card library or an HSM doing the PSAM
 * external authentication of third-generation cards) implements this same interface under another name.
 *
 * <p>While ENABLED the driver watches for card insertion and removal and emits {@link CardEvent}s; its status
 * carries CARD_PRESENT while a card is in. No reader attached → OFFLINE.
 */
public interface SocialSecurityCardReader extends Device {

    /**
     * Reads the card's basics. Needs ENABLED.
     *
     * @return the card; {@code DeviceError} with {@code NO_CARD}, {@code WRONG_CARD} (not a social security
     *         card: selecting the SSSE application failed), {@code CARD_LOCKED}, {@code CARD_REMOVED} (pulled
     *         mid-read; never a half-filled card), {@code PSAM_REQUIRED} (a third-generation card that shows
     *         nothing before a PSAM external authentication: a vendor-backed driver is needed),
     *         {@code CORRUPT_RECORD} (an answer that does not parse, after the driver's retries) or
     *         {@code READ_ERROR} (with the status word in the detail)
     */
    Outcome<SocialSecurityCard> readCard(Deadline deadline, CancelToken cancel) throws LinkLostException;

    /** Registers a listener called on every card event (on a driver thread; it must not block). */
    AutoCloseable onCardEvent(Consumer<CardEvent> listener);
}
