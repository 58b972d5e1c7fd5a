package org.budayang.driver;

/**
 * A condition a device reports beside its {@link Health}: consumables, covers, cash box, card.
 * A <em>blocking</em> condition stops the device from doing its job, so a device that reports one
 * cannot be {@link Health#isOperational() operational}.
 */
public enum Condition {
    /** Paper is running low; printing still works. */
    PAPER_LOW(false),
    /** No paper; nothing can be printed. */
    PAPER_OUT(true),
    /** Paper, card or banknote jammed in the transport. */
    JAM(true),
    /** A cover or door is open. */
    COVER_OPEN(true),
    /** Toner or ink is running low; printing still works. */
    TONER_LOW(false),
    /** No toner or ink; nothing can be printed. */
    TONER_OUT(true),
    /** The cash box is full; no more notes can be accepted. */
    CASHBOX_FULL(true),
    /** The cash box is not in place. */
    CASHBOX_REMOVED(true),
    /** A card is in (or on) the reader. */
    CARD_PRESENT(false);

    private final boolean blocking;

    Condition(boolean blocking) {
        this.blocking = blocking;
    }

    /** Whether this condition stops the device from doing its job. */
    public boolean isBlocking() {
        return blocking;
    }
}
