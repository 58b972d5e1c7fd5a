package org.budayang.kiosk.identity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.budayang.driver.idcard.IdCard;

/**
 * The identified citizen, in memory only: the card as read, while the session lasts. Nothing of it is
 * written to disk or logged; {@link #toString()} is masked. {@link #end()} forgets the card (the fields
 * are nulled), after which every accessor refuses, naming the state and the operation.
 *
 * <pre>
 *   state    allows                                   end() leads to
 *   ACTIVE   card, maskedName, maskedIdNumber, ...    ENDED
 *   ENDED    end (does nothing more)                  ENDED
 * </pre>
 */
public final class CitizenSession {

    /** The session's states. */
    public enum State {
        ACTIVE,
        ENDED
    }

    private IdCard card;
    private String maskedName;
    private String maskedIdNumber;
    private Instant identifiedAt;
    private State state = State.ACTIVE;

    /**
     * @param card         the card read from the reader; required
     * @param identifiedAt when the read finished; required
     */
    public CitizenSession(IdCard card, Instant identifiedAt) {
        this.card = Objects.requireNonNull(card, "CitizenSession.card is required");
        this.identifiedAt = Objects.requireNonNull(identifiedAt, "CitizenSession.identifiedAt is required");
        this.maskedName = card.maskedName();
        this.maskedIdNumber = card.maskedIdNumber();
    }

    public synchronized State state() {
        return state;
    }

    /** The card as read; for the flows that need the holder's data (auto-filled forms, identity check). */
    public synchronized IdCard card() {
        require("card");
        return card;
    }

    /** The name masked for the screen: 张*三. */
    public synchronized String maskedName() {
        require("maskedName");
        return maskedName;
    }

    /** The ID number masked for the screen and logs: 620102********0034. */
    public synchronized String maskedIdNumber() {
        require("maskedIdNumber");
        return maskedIdNumber;
    }

    public synchronized Instant identifiedAt() {
        require("identifiedAt");
        return identifiedAt;
    }

    /** Whether the card is past its validity on {@code date}. */
    public synchronized boolean expiredOn(LocalDate date) {
        require("expiredOn");
        return card.isExpiredOn(date);
    }

    /** Ends the session and forgets the card; idempotent. */
    public synchronized void end() {
        card = null;
        maskedName = null;
        maskedIdNumber = null;
        identifiedAt = null;
        state = State.ENDED;
    }

    /** Whether nothing of the citizen is held any more (for tests and the wipe check). */
    public synchronized boolean isWiped() {
        return state == State.ENDED && card == null && maskedName == null && maskedIdNumber == null
                && identifiedAt == null;
    }

    private void require(String operation) {
        if (state != State.ACTIVE) {
            throw new IllegalStateException("CitizenSession: cannot " + operation + " while " + state
                    + "; the session was ended and the card data wiped");
        }
    }

    @Override
    public synchronized String toString() {
        return state == State.ACTIVE ? "CitizenSession[" + maskedName + ", " + maskedIdNumber + "]"
                : "CitizenSession[ENDED]";
    }
}
