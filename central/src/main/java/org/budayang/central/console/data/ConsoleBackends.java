package org.budayang.central.console.data;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.budayang.central.fleet.alerts.AlertEngine;
import org.budayang.central.fleet.alerts.AlertRepository;
import org.budayang.central.fleet.commands.CommandRepository;
import org.budayang.central.fleet.enrol.Enrolment;
import org.budayang.central.fleet.enrol.EnrolmentStore;
import org.budayang.central.fleet.enrol.KnownKiosks;
import org.budayang.central.fleet.selftest.SelftestRepository;
import org.budayang.central.fleet.telemetry.HeartbeatRepository;
import org.budayang.central.flows.EvaluationRepository;
import org.budayang.central.flows.HelpDesk;

/**
 * The other features' services the console reads through and acts through, so that each record's life, audit and
 * webhooks stay with the feature that owns it: fleet-ops' heartbeats, alerts (the {@link AlertEngine} for
 * acknowledge and resolve: it publishes to the webhook) and commands (created with their audit line), fleet-trust's
 * enrolment, central-flow's help desk and 差评 follow-up.
 *
 * @param heartbeats  current state and bounded history per kiosk ({@code fleet_kiosk_state}, {@code fleet_heartbeats})
 * @param alertEngine acknowledge and resolve, with the ops user
 * @param alerts      the alert queue ({@code fleet_alerts})
 * @param commands    remote commands and their audit ({@code fleet_commands}, {@code fleet_command_audit})
 * @param enrolment   enrolment codes and revocation ({@code enrolment_codes}, {@code enrolled_kiosks})
 * @param help        呼叫帮办 ({@code flow_help_request})
 * @param evaluations 好差评 and the 差评 follow-up ({@code flow_evaluation}, {@code flow_evaluation_follow_up})
 * @param silentAfter a kiosk not heard this long counts as offline: fleet-ops' heartbeat interval times
 *                    {@code alerts.silentIntervals}, the same silence that opens KIOSK_SILENT
 * @param knownKiosk  whether a kiosk id is enrolled and active: commands go to
 *                    those only, as fleet-ops' command endpoint decides
 * @param selftests   the technicians' self-test reports ({@code fleet_selftests}, issue #10)
 */
public record ConsoleBackends(HeartbeatRepository heartbeats, AlertEngine alertEngine, AlertRepository alerts,
                              CommandRepository commands, Enrolment enrolment, HelpDesk help,
                              EvaluationRepository evaluations, Duration silentAfter, Predicate<String> knownKiosk,
                              SelftestRepository selftests) {
    public ConsoleBackends {
        Objects.requireNonNull(heartbeats, "ConsoleBackends.heartbeats");
        Objects.requireNonNull(alertEngine, "ConsoleBackends.alertEngine");
        Objects.requireNonNull(alerts, "ConsoleBackends.alerts");
        Objects.requireNonNull(commands, "ConsoleBackends.commands");
        Objects.requireNonNull(enrolment, "ConsoleBackends.enrolment");
        Objects.requireNonNull(help, "ConsoleBackends.help");
        Objects.requireNonNull(evaluations, "ConsoleBackends.evaluations");
        Objects.requireNonNull(silentAfter, "ConsoleBackends.silentAfter");
        Objects.requireNonNull(knownKiosk, "ConsoleBackends.knownKiosk");
        Objects.requireNonNull(selftests, "ConsoleBackends.selftests");
        if (silentAfter.isNegative() || silentAfter.isZero()) {
            throw new IllegalArgumentException("ConsoleBackends.silentAfter must be positive, is " + silentAfter);
        }
    }

    /**
     * The repositories over {@code dataSource} (they hold no state) with the running engine, enrolment and help
     * desk of central's wiring.
     */
    public static ConsoleBackends over(DataSource dataSource, Clock clock, AlertEngine alertEngine,
                                       Enrolment enrolment, HelpDesk help, Duration silentAfter) {
        return new ConsoleBackends(new HeartbeatRepository(dataSource), alertEngine, new AlertRepository(dataSource),
                new CommandRepository(dataSource), enrolment, help, new EvaluationRepository(dataSource), silentAfter,
                new KnownKiosks(new EnrolmentStore(dataSource)), new SelftestRepository(dataSource));
    }
}
