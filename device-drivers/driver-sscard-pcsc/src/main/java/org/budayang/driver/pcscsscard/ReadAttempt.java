package org.budayang.driver.pcscsscard;

import javax.smartcardio.Card;
import javax.smartcardio.CardException;
import javax.smartcardio.CardNotPresentException;
import javax.smartcardio.CardTerminal;
import org.budayang.driver.sscard.SocialSecurityCard;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One attempt at reading the basics on the PC/SC worker: connect, run the {@link BasicsCodec}, disconnect.
 * The card answering "no" is a {@link ReadFailure} value; a failed exchange with the card gone is
 * {@code CARD_REMOVED}; a service or reader failure is thrown, for the caller to turn into a lost link.
 */
final class ReadAttempt {
    private static final Logger LOG = LoggerFactory.getLogger(ReadAttempt.class);
    static final String NO_CARD = "NO_CARD";
    static final String CARD_REMOVED = "CARD_REMOVED";
    private static final long REMOVAL_GRACE_MILLIS = 400;

    /** The card, or why not. */
    record Result(SocialSecurityCard card, ReadFailure failure) {
    }

    private ReadAttempt() {
    }

    static Result run(CardTerminal terminal) throws CardException {
        if (!terminal.isCardPresent()) {
            return failed(new ReadFailure(NO_CARD, "no card in reader '" + terminal.getName() + "'", false));
        }
        Card card = null;
        try {
            card = terminal.connect("*");
            return new Result(new BasicsCodec(card.getBasicChannel()::transmit).read(), null);
        } catch (ReadFailure failure) {
            return failed(failure);
        } catch (CardNotPresentException gone) {
            return failed(new ReadFailure(CARD_REMOVED, "the card left reader '" + terminal.getName()
                    + "' before it could be connected", false));
        } catch (CardException e) {
            if (PcscErrors.serviceOrReaderGone(e)) {
                throw e;
            }
            if (!stillPresent(terminal, e)) {
                return failed(new ReadFailure(CARD_REMOVED, "the card was pulled from reader '" + terminal.getName()
                        + "' during the read (" + PcscErrors.describe(e) + "); nothing of it is kept", false));
            }
            return failed(new ReadFailure(ReadFailure.READ_ERROR, "the exchange with the card failed: "
                    + PcscErrors.describe(e), true));
        } catch (IllegalArgumentException malformed) { // a response APDU shorter than its status word
            return failed(new ReadFailure(ReadFailure.READ_ERROR, "the card's answer is not a response APDU: "
                    + malformed.getMessage(), true));
        } finally {
            disconnect(card, terminal);
        }
    }

    /**
     * Whether the card is still in after a failed exchange. A reader reports a pulled card at once
     * ({@code SCARD_W_REMOVED_CARD}); PC/SC may take a moment to see it, so wait a little for the removal.
     */
    private static boolean stillPresent(CardTerminal terminal, CardException failure) throws CardException {
        String text = PcscErrors.describe(failure);
        if (text.contains("SCARD_W_REMOVED_CARD") || text.contains("SCARD_E_NO_SMARTCARD")
                || text.contains("SCARD_W_UNPOWERED_CARD")) {
            return false;
        }
        try {
            return !terminal.waitForCardAbsent(REMOVAL_GRACE_MILLIS);
        } catch (CardException e) {
            if (PcscErrors.serviceOrReaderGone(e)) {
                throw e;
            }
            return false;
        }
    }

    private static void disconnect(Card card, CardTerminal terminal) {
        if (card == null) {
            return;
        }
        try {
            card.disconnect(false);
        } catch (CardException | IllegalStateException e) {
            LOG.debug("reader '{}': disconnecting the card failed (it is gone or was reset): {}", terminal.getName(),
                    e.getMessage());
        }
    }

    private static Result failed(ReadFailure failure) {
        return new Result(null, failure);
    }
}
