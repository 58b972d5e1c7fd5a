package org.budayang.central.console.data;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.budayang.central.console.Sql;

/**
 * {@link ConsoleData} and {@link ConsoleActions} over central's database: one query class per page
 * ({@link FleetQuery}, {@link KioskListQuery}, {@link KioskDetailQuery}, {@link AlertQuery},
 * {@link HelpRequestQuery}, {@link EvaluationQuery}, {@link EnrolmentCodeQuery}), each reading the tables named in
 * {@link Sources}; a source whose table is not installed answers 暂无数据.
 */
public final class JdbcConsoleData implements ConsoleData, ConsoleActions {
    /** A kiosk silent this long counts as offline (3 heartbeat intervals of 30 s). */
    public static final Duration DEFAULT_SILENT_AFTER = Duration.ofSeconds(90);

    private final Sources sources;
    private final FleetQuery fleet;
    private final KioskListQuery list;
    private final KioskDetailQuery detail;
    private final AlertQuery alerts;
    private final HelpRequestQuery help;
    private final EvaluationQuery evaluations;
    private final EnrolmentCodeQuery enrolment;

    public JdbcConsoleData(Sql sql, Clock clock, Duration silentAfter) {
        Objects.requireNonNull(sql, "sql");
        Objects.requireNonNull(clock, "clock");
        this.sources = new Sources(sql);
        this.fleet = new FleetQuery(sql, sources, clock, silentAfter);
        this.list = new KioskListQuery(sql, sources, clock, silentAfter);
        this.alerts = new AlertQuery(sql, sources, clock);
        this.detail = new KioskDetailQuery(sql, sources, clock, silentAfter, alerts);
        this.help = new HelpRequestQuery(sql, sources, clock);
        this.evaluations = new EvaluationQuery(sql, sources, clock);
        this.enrolment = new EnrolmentCodeQuery(sql, sources);
    }

    public Sources sources() {
        return sources;
    }

    @Override
    public List<RegionCount> fleetByRegion() {
        return fleet.byRegion();
    }

    @Override
    public String telemetryMissing() {
        return sources.has(Sources.KIOSK_STATE) ? "" : Sources.why(Sources.KIOSK_STATE);
    }

    @Override
    public KioskPage kiosks(KioskFilter filter) {
        return list.page(filter);
    }

    @Override
    public Optional<KioskDetail> kiosk(String kioskId) {
        return detail.find(kioskId);
    }

    @Override
    public Sourced<List<AlertRow>> alerts(String state, int limit) {
        return alerts.queue(state, limit);
    }

    @Override
    public Sourced<List<HelpRow>> helpRequests(int limit) {
        return help.list(limit);
    }

    @Override
    public Sourced<EvaluationSummary> evaluations(int limit) {
        return evaluations.summary(limit);
    }

    @Override
    public Sourced<List<EnrolmentCodeRow>> enrolmentCodes(int limit) {
        return enrolment.list(limit);
    }

    @Override
    public boolean acknowledgeAlert(String alertId, String username) {
        return alerts.acknowledge(alertId, username);
    }

    @Override
    public boolean resolveAlert(String alertId, String username) {
        return alerts.resolve(alertId, username);
    }

    @Override
    public boolean closeHelpRequest(String helpId, String username) {
        return help.close(helpId);
    }

    @Override
    public boolean recordCallBack(String evaluationId, String username) {
        return evaluations.recordCallBack(evaluationId);
    }
}
