package org.budayang.central.console.data;

import java.util.List;
import java.util.Optional;

/**
 * What the console's pages read. Each method is backed by one query class over one source
 * ({@link JdbcConsoleData}); a source that is not installed answers {@link Sourced#missing} and the page says
 * 暂无数据 with the reason instead of inventing numbers.
 */
public interface ConsoleData {
    /** Kiosks per region code and status (fleet overview). */
    List<RegionCount> fleetByRegion();

    /** Whether kiosk statuses come from telemetry; empty when they do, otherwise why not (Chinese). */
    String telemetryMissing();

    /** A filtered page of the kiosk list. */
    KioskPage kiosks(KioskFilter filter);

    /** One kiosk with its devices, alerts, commands, activity and evaluations; empty when unknown. */
    Optional<KioskDetail> kiosk(String kioskId);

    /** Alerts in a state (OPEN, ACKNOWLEDGED, RESOLVED; null for OPEN and ACKNOWLEDGED), newest first. */
    Sourced<List<AlertRow>> alerts(String state, int limit);

    /** Help requests, open ones first, then the most recent closed ones. */
    Sourced<List<HelpRow>> helpRequests(int limit);

    /** The 好差评 dashboard. */
    Sourced<EvaluationSummary> evaluations(int limit);

    /** Enrolment codes, newest first. */
    Sourced<List<EnrolmentCodeRow>> enrolmentCodes(int limit);
}
