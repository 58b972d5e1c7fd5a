package org.budayang.driver.idcard;

import java.util.function.Consumer;
import org.budayang.driver.Condition;
import org.budayang.driver.Device;
import org.budayang.driver.link.LinkLostException;
import org.budayang.driver.op.CancelToken;
import org.budayang.driver.op.Deadline;
import org.budayang.driver.op.Outcome;

/**
 * A resident ID card reader (二代身份证阅读器), role {@code idCardReader}.
 *
 * <p>While ENABLED the driver polls the reader for a card about once a second and emits
 * {@link CardEvent.Type#PLACED} / {@link CardEvent.Type#REMOVED} events; its status carries
 * {@link Condition#CARD_PRESENT} while a card lies on it.
 */
public interface IdCardReader extends Device {

    /**
     * Reads the card on the reader (find, select, read). Needs ENABLED.
     *
     * @return the card; {@code DeviceError("NO_CARD")} when none is there, {@code DeviceError("CARD_REMOVED")}
     *         when it was taken away during the read (never a half-filled card), a device error named after
     *         the reader's status otherwise; {@link Outcome.TimedOut} when the reader did not answer in time
     *         (the device then reports OFFLINE). Expired cards are read normally: check
     *         {@link IdCard#isExpiredOn(java.time.LocalDate)}.
     * @throws LinkLostException when the link to the reader is gone
     */
    Outcome<IdCard> readCard(Deadline deadline, CancelToken cancel) throws LinkLostException;

    /**
     * Registers a listener called on every card event (on a driver thread; it must not block).
     *
     * @return a handle that unregisters it
     */
    AutoCloseable onCardEvent(Consumer<CardEvent> listener);
}
