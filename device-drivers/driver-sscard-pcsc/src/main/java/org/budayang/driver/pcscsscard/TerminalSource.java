package org.budayang.driver.pcscsscard;

import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminals;

/**
 * Where the driver finds its card terminals: the system PC/SC service ({@link PcscTerminals}) in production,
 * jcardsim's simulated terminals in unit tests. Each {@link #open()} must give terminals that work even if
 * the service was restarted since the previous call (a new PC/SC context).
 */
public interface TerminalSource {

    /** Fresh terminals; a {@link CardException} whose message names the PC/SC code when the service is unusable. */
    CardTerminals open() throws CardException;

    /** Releases terminals from {@link #open()} (their PC/SC context); never throws. */
    default void release(CardTerminals terminals) {
    }

    /** For messages, e.g. {@code PC/SC (pcscd)}. */
    String describe();
}
