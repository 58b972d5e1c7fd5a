package org.budayang.driver.pcscsscard;

import javax.smartcardio.CardException;
import javax.smartcardio.CommandAPDU;
import javax.smartcardio.ResponseAPDU;

/**
 * Sends one command APDU to the card and returns its response: a {@code javax.smartcardio.CardChannel} in the
 * driver, a scripted card in codec tests. A {@link CardException} means the exchange itself failed (card pulled,
 * reader gone, PC/SC service stopped), not that the card refused.
 */
@FunctionalInterface
public interface ApduTransport {
    ResponseAPDU transmit(CommandAPDU command) throws CardException;
}
