package org.budayang.central.console.data;

/**
 * The tables the console's SQL reads, each owned by another feature and created by its migration (all of them are
 * in every central's database): the console reads them, and changes them only through the owning feature's
 * services ({@link ConsoleBackends}).
 */
public final class Sources {
    /**
     * Every kiosk enrolled with a certificate (fleet-trust, V90; ACTIVE or REVOKED): all the kiosks there are, the
     * kiosk secrets of #4 and their {@code kiosks} table being gone (decision 0014, V19).
     */
    public static final String ENROLLED_KIOSKS = "enrolled_kiosks";
    /** Newest heartbeat per kiosk (fleet-ops, V100; HeartbeatRepository). */
    public static final String KIOSK_STATE = "fleet_kiosk_state";
    /** Alerts with their lifecycle and who/when (fleet-ops, V101; AlertRepository). */
    public static final String ALERTS = "fleet_alerts";
    /** Remote commands (fleet-ops, V102; CommandRepository). */
    public static final String COMMANDS = "fleet_commands";
    /** Enrolment codes (fleet-trust, V90; EnrolmentStore), only a hash of each code. */
    public static final String ENROLMENT_CODES = "enrolment_codes";
    /** 呼叫帮办 (central-flow, V81). */
    public static final String HELP = "flow_help_request";
    /** 好差评 (central-flow, V80). */
    public static final String EVALUATIONS = "flow_evaluation";
    /** 差评 follow-up (central-flow, V80). */
    public static final String FOLLOW_UP = "flow_evaluation_follow_up";
    /** Transaction records (central-flow, V82). */
    public static final String TRANSACTIONS = "flow_transaction";

    private Sources() {
    }
}
