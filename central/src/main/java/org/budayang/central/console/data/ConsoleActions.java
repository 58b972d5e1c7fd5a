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

    /**
     * Queues a remote command for an enrolled kiosk, created by {@code username} with its audit line (fleet-ops'
     * CommandRepository); empty when central does not know the kiosk or it is disabled.
     */
    java.util.Optional<String> sendCommand(String kioskId, org.budayang.api.fleet.CommandRequest request,
                                           String username);

    /** Revokes an enrolled kiosk's certificates (fleet-trust's Enrolment); false when it is not an enrolled kiosk. */
    boolean revokeKiosk(String kioskId, String username);

    /** A new one-time enrolment code for a site (fleet-trust's Enrolment); the code is shown once, stored hashed. */
    org.budayang.central.fleet.enrol.Enrolment.IssuedCode createEnrolmentCode(
            org.budayang.central.fleet.enrol.SiteDetails site, String username);
}
