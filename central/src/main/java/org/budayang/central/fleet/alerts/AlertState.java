package org.budayang.central.fleet.alerts;

import java.util.Set;

/** An alert's life: OPEN → ACKNOWLEDGED → RESOLVED, or OPEN → RESOLVED; RESOLVED is final. */
public enum AlertState {
    OPEN,
    ACKNOWLEDGED,
    RESOLVED;

    /** The states {@code operation} may start from. */
    static Set<AlertState> from(Operation operation) {
        return switch (operation) {
            case ACKNOWLEDGE -> Set.of(OPEN);
            case RESOLVE -> Set.of(OPEN, ACKNOWLEDGED);
        };
    }

    /** The refusal when an alert in this state cannot take {@code operation}. */
    AlertRefusedException refuse(long alertId, Operation operation) {
        return new AlertRefusedException("Alert " + alertId + " is " + this + "; cannot " + operation.name()
                + " it (only an alert that is " + from(operation) + " can)");
    }

    enum Operation { ACKNOWLEDGE, RESOLVE }
}
