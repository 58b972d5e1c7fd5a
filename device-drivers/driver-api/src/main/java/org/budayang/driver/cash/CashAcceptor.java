package org.budayang.driver.cash;

import java.util.Set;
import java.util.function.Consumer;
import org.budayang.driver.Device;
import org.budayang.driver.link.LinkLostException;
import org.budayang.driver.op.CancelToken;
import org.budayang.driver.op.Deadline;
import org.budayang.driver.op.Outcome;

/**
 * A banknote acceptor, role {@code cashAcceptor} (decision 0016).
 *
 * <p>{@link #open()} sets the acceptor up with every note refused; {@link #enable()} starts the driver's poll (events
 * come to {@link #onCashEvent} listeners), still refusing notes. Notes are taken only between
 * {@link #acceptNotes} and {@link #stopAccepting}. Money is counted on {@link CashEvent.Credited} only, and each credit is
 * written to the {@link CreditJournal} given to {@link #useJournal} before any listener hears of it and before the
 * device is told the event was received; a credit that cannot be journalled is held back and tried again.
 */
public interface CashAcceptor extends Device {

    /**
     * The journal every credit is written to first. Set it before the first {@link #acceptNotes}; credits the
     * acceptor reports while no journal is set are held (not acknowledged) until one is.
     */
    void useJournal(CreditJournal journal);

    /** The notes the acceptor's channels hold (learnt at {@link #open()}; empty before). */
    Set<Denomination> denominations();

    /**
     * Starts taking the {@code notes} given (the others stay inhibited); each recognised note is put to
     * {@code escrow}, which accepts, rejects or holds it. Needs ENABLED. Calling it again replaces notes and policy.
     *
     * @return the notes now taken (those of {@code notes} the acceptor has); {@code DeviceError("NO_JOURNAL")} when no
     *         journal is set, {@code DeviceError("NOTES_NOT_AVAILABLE")} when none of {@code notes} is on a channel,
     *         {@code DeviceError(...)} when the acceptor refused (its reply is in the detail), {@link Outcome.TimedOut}
     *         / {@link Outcome.Cancelled} as usual
     * @throws LinkLostException when the link is gone
     */
    Outcome<Set<Denomination>> acceptNotes(Set<Denomination> notes, EscrowPolicy escrow, Deadline deadline,
                                           CancelToken cancel) throws LinkLostException;

    /**
     * Stops taking notes (a note already past escrow is still stacked and credited, and reported). Needs ENABLED.
     *
     * @return the notes still taken (empty)
     */
    Outcome<Set<Denomination>> stopAccepting(Deadline deadline, CancelToken cancel) throws LinkLostException;

    /** Reads the acceptor's note counters. Needs OPEN or ENABLED. */
    Outcome<CashCounters> counters(Deadline deadline, CancelToken cancel) throws LinkLostException;

    /** Registers a listener for cash events (on the driver's poll thread; it must not block). */
    AutoCloseable onCashEvent(Consumer<CashEvent> listener);
}
