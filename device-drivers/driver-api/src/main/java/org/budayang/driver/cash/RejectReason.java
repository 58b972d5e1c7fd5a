package org.budayang.driver.cash;

/** Why the acceptor gave a note back. */
public enum RejectReason {
    /** The host (the cash session) refused it from escrow, e.g. it would exceed the amount due. */
    HOST_REJECTED,
    /** The note's channel is inhibited (a denomination not taken now). */
    CHANNEL_INHIBITED,
    /** The note was not recognised (worn, foreign, a forgery, inserted crooked). */
    NOT_RECOGNISED,
    /** The note waited in escrow too long without a decision and was returned. */
    ESCROW_TIMEOUT,
    /** The acceptor was disabled while the note was in it. */
    DISABLED,
    /** Another reason the acceptor reported (its code is in the event's detail). */
    OTHER
}
