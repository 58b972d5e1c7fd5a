package org.budayang.central.fleet.alerts;

/** An alert operation its state does not allow (ALERT_STATE_CONFLICT); the message names state and operation. */
public final class AlertRefusedException extends RuntimeException {
    public AlertRefusedException(String message) {
        super(message);
    }
}
