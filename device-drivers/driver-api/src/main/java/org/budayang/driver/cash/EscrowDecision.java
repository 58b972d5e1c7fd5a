package org.budayang.driver.cash;

/** What to do with a note held in escrow. */
public enum EscrowDecision {
    /** Stack it: the note goes into the cash box and will be credited. */
    ACCEPT,
    /** Give it back to the citizen. */
    REJECT,
    /** Keep it in escrow a while longer (restarts the acceptor's auto-reject timer); ask again at the next poll. */
    HOLD
}
