package org.budayang.central.console.data;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.budayang.central.db.Jdbc;

/**
 * {@link ConsoleData} over central's database: one query class per page ({@link FleetQuery},
 * {@link KioskListQuery}, {@link KioskDetailQuery}, {@link AlertQuery}, {@link HelpRequestQuery},
 * {@link EvaluationQuery}, {@link EnrolmentCodeQuery}) over the owning features' tables ({@link Sources}) and
 * repositories ({@link ConsoleBackends}).
 */
public final class JdbcConsoleData implements ConsoleData {
    private final FleetQuery fleet;
    private final KioskListQuery list;
    private final KioskDetailQuery detail;
    private final AlertQuery alerts;
    private final HelpRequestQuery help;
    private final EvaluationQuery evaluations;
    private final EnrolmentCodeQuery enrolment;

    public JdbcConsoleData(Jdbc sql, ConsoleBackends backends, Clock clock) {
        Objects.requireNonNull(sql, "sql");
        Objects.requireNonNull(backends, "backends");
        Objects.requireNonNull(clock, "clock");
        this.fleet = new FleetQuery(sql, clock, backends.silentAfter());
        this.list = new KioskListQuery(sql, clock, backends.silentAfter());
        this.alerts = new AlertQuery(backends.alerts());
        this.detail = new KioskDetailQuery(sql, backends, clock);
        this.help = new HelpRequestQuery(sql);
        this.evaluations = new EvaluationQuery(sql);
        this.enrolment = new EnrolmentCodeQuery(sql);
    }

    @Override
    public List<RegionCount> fleetByRegion() {
        return fleet.byRegion();
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
    public List<AlertRow> alerts(String state, int limit) {
        return alerts.queue(state, limit);
    }

    @Override
    public List<HelpRow> helpRequests(int limit) {
        return help.list(limit);
    }

    @Override
    public EvaluationSummary evaluations(int limit) {
        return evaluations.summary(limit);
    }

    @Override
    public List<EnrolmentCodeRow> enrolmentCodes(int limit) {
        return enrolment.list(limit);
    }
}
