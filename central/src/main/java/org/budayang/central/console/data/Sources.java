package org.budayang.central.console.data;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.budayang.central.console.Sql;

/**
 * Which source tables this central's database holds, read once when the console is wired (after Flyway ran).
 * The table names are the ones the query classes read; after the fleet features are merged the lead points
 * each query class at the real tables.
 */
public final class Sources {
    /** Telemetry: current state per kiosk (fleet-ops). */
    public static final String KIOSK_STATE = "fleet_kiosk_state";
    /** Telemetry: current health per kiosk and device role (fleet-ops). */
    public static final String DEVICE_STATE = "fleet_device_state";
    /** Alerts (fleet-ops). */
    public static final String ALERTS = "fleet_alert";
    /** Remote commands (fleet-ops). */
    public static final String COMMANDS = "fleet_command";
    /** Enrolment codes (fleet-trust, V90; org.budayang.central.fleet.enrol.EnrolmentStore). */
    public static final String ENROLMENT_CODES = "enrolment_codes";
    /** 呼叫帮办 (central-flow, V81). */
    public static final String HELP = "flow_help_request";
    /** 好差评 (central-flow, V80). */
    public static final String EVALUATIONS = "flow_evaluation";
    /** 差评 follow-up (central-flow, V80). */
    public static final String FOLLOW_UP = "flow_evaluation_follow_up";
    /** Transaction records (central-flow, V82). */
    public static final String TRANSACTIONS = "flow_transaction";

    private static final Map<String, String> MISSING = Map.of(
            KIOSK_STATE, "遥测数据源（心跳）尚未接入",
            DEVICE_STATE, "设备状态数据源尚未接入",
            ALERTS, "告警数据源尚未接入",
            COMMANDS, "远程指令数据源尚未接入",
            ENROLMENT_CODES, "注册码数据源尚未接入",
            HELP, "呼叫帮办数据源尚未接入",
            EVALUATIONS, "好差评数据源尚未接入",
            FOLLOW_UP, "差评跟进数据源尚未接入",
            TRANSACTIONS, "办件记录数据源尚未接入");

    private final Map<String, Boolean> present = new TreeMap<>();

    public Sources(Sql sql) {
        for (String table : MISSING.keySet()) {
            present.put(table, sql.tableExists(table));
        }
    }

    public boolean has(String table) {
        return present.getOrDefault(table.toLowerCase(Locale.ROOT), false);
    }

    /** Why a source has no data (Chinese), for {@link Sourced#missing}. */
    public static String why(String table) {
        return MISSING.getOrDefault(table, "数据源尚未接入");
    }

    public <T> Sourced<T> missing(String table) {
        return Sourced.missing(why(table));
    }

    @Override
    public String toString() {
        return "Sources" + present;
    }
}
