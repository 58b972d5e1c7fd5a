package org.budayang.api.fleet;

/** How a kiosk ended a command. */
public enum CommandOutcome {
    DONE,
    /** The kiosk would not do it now (e.g. SCREENSHOT while a citizen's session is open); nothing happened. */
    REFUSED,
    /** The kiosk tried and it did not work. */
    FAILED
}
