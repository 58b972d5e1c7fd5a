package org.budayang.central.console;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.budayang.central.console.data.Sources;

/**
 * The source tables the console's query classes expect, created by tests in a fresh database when they are not
 * there yet: the fleet-ops ones as the console expects them (fleet-ops builds the real ones in parallel; fleet-trust's
 * enrolment_codes and enrolled_kiosks are central's own V90 tables), and central-flow's V80–V82 tables as
 * they are on that branch.
 */
final class MirrorTables {
    static final Map<String, String> DDL = new LinkedHashMap<>();

    static {
        DDL.put(Sources.KIOSK_STATE, "CREATE TABLE fleet_kiosk_state (kiosk_id VARCHAR(32) PRIMARY KEY, "
                + "status VARCHAR(20) NOT NULL, last_heartbeat_at TIMESTAMP WITH TIME ZONE NOT NULL, "
                + "paper_state VARCHAR(10), app_version VARCHAR(40))");
        DDL.put("fleet_kiosk_state_heartbeat", "CREATE INDEX fleet_kiosk_state_heartbeat ON fleet_kiosk_state "
                + "(last_heartbeat_at)");
        DDL.put("fleet_kiosk_state_paper", "CREATE INDEX fleet_kiosk_state_paper ON fleet_kiosk_state (paper_state)");
        DDL.put(Sources.DEVICE_STATE, "CREATE TABLE fleet_device_state (kiosk_id VARCHAR(32) NOT NULL, "
                + "device_role VARCHAR(32) NOT NULL, health VARCHAR(20) NOT NULL, conditions VARCHAR(200), "
                + "updated_at TIMESTAMP WITH TIME ZONE NOT NULL, PRIMARY KEY (kiosk_id, device_role))");
        DDL.put(Sources.ALERTS, "CREATE TABLE fleet_alert (alert_id VARCHAR(64) PRIMARY KEY, kiosk_id VARCHAR(32) "
                + "NOT NULL, rule_code VARCHAR(40) NOT NULL, subject VARCHAR(80) NOT NULL, state VARCHAR(20) NOT NULL, "
                + "opened_at TIMESTAMP WITH TIME ZONE NOT NULL, acknowledged_by VARCHAR(32), "
                + "acknowledged_at TIMESTAMP WITH TIME ZONE, resolved_by VARCHAR(32), "
                + "resolved_at TIMESTAMP WITH TIME ZONE)");
        DDL.put(Sources.COMMANDS, "CREATE TABLE fleet_command (command_id VARCHAR(64) PRIMARY KEY, kiosk_id "
                + "VARCHAR(32) NOT NULL, kind VARCHAR(40) NOT NULL, state VARCHAR(20) NOT NULL, created_by VARCHAR(32) "
                + "NOT NULL, created_at TIMESTAMP WITH TIME ZONE NOT NULL, finished_at TIMESTAMP WITH TIME ZONE)");
        DDL.put(Sources.EVALUATIONS, "CREATE TABLE flow_evaluation (evaluation_id VARCHAR(64) PRIMARY KEY, "
                + "kiosk_id VARCHAR(32) NOT NULL, item_code VARCHAR(40) NOT NULL, application_no VARCHAR(40) NOT NULL, "
                + "outcome VARCHAR(20) NOT NULL, level_name VARCHAR(20) NOT NULL, score SMALLINT NOT NULL, "
                + "reasons VARCHAR(400) NOT NULL, comment_text VARCHAR(800) NOT NULL, "
                + "rated_at TIMESTAMP WITH TIME ZONE NOT NULL, received_at TIMESTAMP WITH TIME ZONE NOT NULL)");
        DDL.put(Sources.FOLLOW_UP, "CREATE TABLE flow_evaluation_follow_up (evaluation_id VARCHAR(64) PRIMARY KEY "
                + "REFERENCES flow_evaluation (evaluation_id), state VARCHAR(20) NOT NULL, call_back_by DATE NOT NULL, "
                + "rectify_by DATE NOT NULL, called_back_at TIMESTAMP WITH TIME ZONE, "
                + "rectified_at TIMESTAMP WITH TIME ZONE)");
        DDL.put(Sources.HELP, "CREATE TABLE flow_help_request (help_id VARCHAR(64) PRIMARY KEY, kiosk_id VARCHAR(32) "
                + "NOT NULL, site_id VARCHAR(64) NOT NULL, item_code VARCHAR(40), screen VARCHAR(64) NOT NULL, "
                + "reason VARCHAR(64) NOT NULL, expected_minutes INT NOT NULL, message VARCHAR(200) NOT NULL, "
                + "phone VARCHAR(20) NOT NULL, requested_at TIMESTAMP WITH TIME ZONE NOT NULL, "
                + "closed_at TIMESTAMP WITH TIME ZONE)");
        DDL.put(Sources.TRANSACTIONS, "CREATE TABLE flow_transaction (transaction_id VARCHAR(64) PRIMARY KEY, "
                + "kiosk_id VARCHAR(32) NOT NULL, item_code VARCHAR(40) NOT NULL, application_no VARCHAR(40), "
                + "outcome VARCHAR(20) NOT NULL, failure_code VARCHAR(64), started_at TIMESTAMP WITH TIME ZONE NOT NULL, "
                + "finished_at TIMESTAMP WITH TIME ZONE NOT NULL, printed INT NOT NULL, "
                + "received_at TIMESTAMP WITH TIME ZONE NOT NULL)");
    }

    private MirrorTables() {
    }

    /** Creates each expected table that the database does not have yet. */
    static void createMissing(DataSource dataSource) {
        Sql sql = new Sql(dataSource);
        java.util.Set<String> created = new java.util.HashSet<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (Map.Entry<String, String> table : DDL.entrySet()) {
                boolean index = table.getValue().startsWith("CREATE INDEX");
                if (index ? created.contains(Sources.KIOSK_STATE) : !sql.tableExists(table.getKey())) {
                    if (!index) {
                        created.add(table.getKey());
                    }
                    statement.execute(table.getValue());
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the console's mirror tables", e);
        }
    }
}
