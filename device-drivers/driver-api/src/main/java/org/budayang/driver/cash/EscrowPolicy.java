package org.budayang.driver.cash;

/**
 * Decides about a note in escrow. Called on the driver's poll thread, so it must answer at once (no I/O): a
 * {@link CashSession} is one.
 */
@FunctionalInterface
public interface EscrowPolicy {

    /** What to do with {@code note}, which the acceptor holds in escrow now. */
    EscrowDecision decide(Denomination note);

    /** Gives every note back (nothing is being paid for). */
    static EscrowPolicy rejectAll() {
        return note -> EscrowDecision.REJECT;
    }
}
