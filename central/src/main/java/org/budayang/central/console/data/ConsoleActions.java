package org.budayang.central.console.data;

/**
 * What operators do from the console on other features' data. Each answers whether the target was in a state
 * that allowed it; {@link SourceMissingException} when the feature's table is not installed.
 */
public interface ConsoleActions {
    /** OPEN → ACKNOWLEDGED, by {@code username}. */
    boolean acknowledgeAlert(String alertId, String username);

    /** OPEN or ACKNOWLEDGED → RESOLVED, by {@code username}. */
    boolean resolveAlert(String alertId, String username);

    /** Closes an open help request. */
    boolean closeHelpRequest(String helpId, String username);

    /** A 差评's follow-up OPEN → CALLED_BACK. */
    boolean recordCallBack(String evaluationId, String username);

    /** The source of an action is not installed in this central. */
    final class SourceMissingException extends RuntimeException {
        public SourceMissingException(String table) {
            super("Table " + table + " is not installed in this central's database; the action needs the feature "
                    + "that owns it");
        }
    }
}
