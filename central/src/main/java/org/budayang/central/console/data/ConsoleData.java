package org.budayang.central.console.data;

import java.util.List;
import java.util.Optional;

/**
 * What the console's pages read, from the tables of the features that own them ({@link Sources}), through their
 * repositories where they have one ({@link ConsoleBackends}); one query class per page ({@link JdbcConsoleData}).
 */
public interface ConsoleData {
    /** Kiosks per region code and status (fleet overview). */
    List<RegionCount> fleetByRegion();

    /** A filtered page of the kiosk list. */
    KioskPage kiosks(KioskFilter filter);

    /** One kiosk with its devices, heartbeats, alerts, commands, activity and evaluations; empty when unknown. */
    Optional<KioskDetail> kiosk(String kioskId);

    /** Alerts in a state (OPEN, ACKNOWLEDGED, RESOLVED; null for OPEN and ACKNOWLEDGED), newest first. */
    List<AlertRow> alerts(String state, int limit);

    /** Help requests, open ones first, then the most recent closed ones. */
    List<HelpRow> helpRequests(int limit);

    /** The 好差评 dashboard. */
    EvaluationSummary evaluations(int limit);

    /** Enrolment codes, newest first. */
    List<EnrolmentCodeRow> enrolmentCodes(int limit);
}
