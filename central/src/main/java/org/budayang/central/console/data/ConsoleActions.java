package org.budayang.central.console.data;

/**
 * What operators do from the console on other features' records, each through the owning feature's service so
 * that the record's lifecycle, audit and webhooks stay there ({@link FleetActions}). Each answers whether the
 * target existed and was in a state that allowed it.
 */
public interface ConsoleActions {
    /** OPEN → ACKNOWLEDGED, by {@code username} (fleet-ops' AlertEngine). */
    boolean acknowledgeAlert(String alertId, String username);

    /** OPEN or ACKNOWLEDGED → RESOLVED, by {@code username} (fleet-ops' AlertEngine). */
    boolean resolveAlert(String alertId, String username);

    /** Closes an open help request (central-flow's HelpDesk). */
    boolean closeHelpRequest(String helpId, String username);

    /**
     * A 差评's follow-up OPEN → CALLED_BACK (central-flow), and its BAD_EVALUATION alert resolved by
     * {@code username} (fleet-ops' AlertEngine).
     */
    boolean recordCallBack(String evaluationId, String username);
}
