package org.budayang.kiosk.journal;

/** An outbox record's state: PENDING until central accepted it (SENT) or refused it for good (DEAD). */
public enum OutboxState {
    PENDING,
    SENT,
    /** Central answered a 4xx other than 409/429: never retried automatically; ops must look at it. */
    DEAD
}
