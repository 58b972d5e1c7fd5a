package org.budayang.kiosk.fleet.commands;

/** Central could not be asked (no answer, or an answer that is not the protocol's); the message names URL and cause. */
public final class FleetUnavailableException extends Exception {
    public FleetUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
