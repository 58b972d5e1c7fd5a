package org.budayang.central.console.data;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.budayang.api.fleet.CommandStatus;
import org.budayang.central.db.Jdbc;
import org.budayang.central.fleet.selftest.StoredSelftest;
import org.budayang.central.fleet.telemetry.StoredHeartbeat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One kiosk: its row of {@link StatusSql#KIOSKS} (an enrolled kiosk) with site and status, its telemetry,
 * alerts, commands and newest self-test report read through fleet-ops' repositories, its activity and evaluations from central-flow's tables.
 */
final class KioskDetailQuery {
    private static final Logger LOG = LoggerFactory.getLogger(KioskDetailQuery.class);
    private static final int ALERTS = 20;
    private static final int COMMANDS = 10;

    private final Jdbc sql;
    private final ConsoleBackends backends;
    private final Clock clock;

    KioskDetailQuery(Jdbc sql, ConsoleBackends backends, Clock clock) {
        this.sql = sql;
        this.backends = backends;
        this.clock = clock;
    }

    Optional<KioskDetail> find(String kioskId) {
        Instant now = clock.instant();
        record Base(KioskRow row, boolean enabled, Instant updatedAt, KioskSite site) {
        }
        Optional<Base> base = sql.one("SELECT k.kiosk_id, k.region, k.enabled, k.updated_at, k.name, k.site_type, "
                + "k.address, k.host_organisation, " + StatusSql.ROW_COLUMNS + " FROM (SELECT k.*" + StatusSql.KIOSKS
                + " WHERE k.kiosk_id = ?) k" + StatusSql.JOIN, row -> new Base(StatusSql.row(row), row.getBoolean("enabled"),
                Jdbc.instant(row, "updated_at"), site(row)), now.minus(backends.silentAfter()), kioskId);
        if (base.isEmpty()) {
            return Optional.empty();
        }
        List<AlertRow> alerts = backends.alerts().list(null, kioskId, ALERTS).stream().map(AlertRow::new).toList();
        return Optional.of(new KioskDetail(base.get().row(), base.get().enabled(), base.get().updatedAt(),
                base.get().site(), telemetry(kioskId), alerts, commands(kioskId), activity(kioskId, now),
                evaluations(kioskId, now), selftest(kioskId)));
    }

    private Sourced<StoredSelftest> selftest(String kioskId) {
        try {
            return backends.selftests().newest(kioskId).map(Sourced::of)
                    .orElseGet(() -> Sourced.missing("该终端尚未上报现场自检报告"));
        } catch (IllegalStateException e) {
            LOG.warn("The newest self-test report of kiosk {} cannot be read: {}", kioskId, e.getMessage());
            return Sourced.missing("自检报告无法读取（版本不兼容），请联系运维开发人员");
        }
    }

    private static KioskSite site(java.sql.ResultSet row) throws java.sql.SQLException {
        return new KioskSite(row.getString("name"), row.getString("site_type"), row.getString("address"),
                row.getString("host_organisation"));
    }

    private Sourced<KioskTelemetry> telemetry(String kioskId) {
        try {
            Optional<StoredHeartbeat> current = backends.heartbeats().current(kioskId);
            if (current.isEmpty()) {
                return Sourced.missing("该终端尚未上报心跳");
            }
            return Sourced.of(new KioskTelemetry(current.get(),
                    backends.heartbeats().history(kioskId, KioskTelemetry.HISTORY)));
        } catch (IllegalStateException e) {
            LOG.warn("The stored heartbeats of kiosk {} cannot be read: {}", kioskId, e.getMessage());
            return Sourced.missing("心跳数据无法读取（版本不兼容），请联系运维开发人员");
        }
    }

    private List<CommandRow> commands(String kioskId) {
        List<CommandStatus> newest = backends.commands().list(kioskId, COMMANDS);
        return newest.stream().map(c -> new CommandRow(c, backends.commands().audit(c.command().commandId())))
                .toList();
    }

    private Map<String, Long> activity(String kioskId, Instant now) {
        Map<String, Long> byOutcome = new TreeMap<>();
        sql.list("SELECT outcome, COUNT(*) FROM " + Sources.TRANSACTIONS + " WHERE kiosk_id = ? AND finished_at >= ? "
                + "GROUP BY outcome", row -> Map.entry(row.getString(1), row.getLong(2)), kioskId,
                now.minus(Duration.ofDays(7))).forEach(e -> byOutcome.put(e.getKey(), e.getValue()));
        return byOutcome;
    }

    private Map<Integer, Long> evaluations(String kioskId, Instant now) {
        Map<Integer, Long> byScore = new TreeMap<>();
        sql.list("SELECT score, COUNT(*) FROM " + Sources.EVALUATIONS + " WHERE kiosk_id = ? AND rated_at >= ? "
                + "GROUP BY score", row -> Map.entry(row.getInt(1), row.getLong(2)), kioskId,
                now.minus(Duration.ofDays(30))).forEach(e -> byScore.put(e.getKey(), e.getValue()));
        return byScore;
    }
}
