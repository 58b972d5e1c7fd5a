package org.budayang.central.console.data;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.budayang.central.console.Sql;

/** One kiosk: its row of {@link StatusSql#KIOSKS} (enrolled or secret-only), site and status, device health, alerts, commands, activity and evaluations. */
final class KioskDetailQuery {
    private static final String BASE_COLUMNS = "k.kiosk_id, k.region, k.enabled, k.updated_at, k.name, "
            + "k.site_type, k.address, k.host_organisation, ";

    private final Sql sql;
    private final Sources sources;
    private final Clock clock;
    private final Duration silentAfter;
    private final AlertQuery alerts;

    KioskDetailQuery(Sql sql, Sources sources, Clock clock, Duration silentAfter, AlertQuery alerts) {
        this.sql = sql;
        this.sources = sources;
        this.clock = clock;
        this.silentAfter = silentAfter;
        this.alerts = alerts;
    }

    Optional<KioskDetail> find(String kioskId) {
        boolean telemetry = sources.has(Sources.KIOSK_STATE);
        Instant now = clock.instant();
        String columns = telemetry
                ? BASE_COLUMNS + StatusSql.WITH_TELEMETRY + " AS st, s.last_heartbeat_at, s.paper_state, s.app_version"
                : BASE_COLUMNS + StatusSql.WITHOUT_TELEMETRY + " AS st";
        Object[] params = telemetry ? new Object[] {now.minus(silentAfter), kioskId} : new Object[] {kioskId};
        record Base(KioskRow row, boolean enabled, Instant updatedAt, Optional<KioskSite> site) {
        }
        Optional<Base> base = sql.one("SELECT " + columns + StatusSql.KIOSKS + (telemetry ? StatusSql.JOIN : "")
                + " WHERE k.kiosk_id = ?", row -> new Base(new KioskRow(row.getString("kiosk_id"),
                StatusSql.region(row.getString("region"), row.getString("kiosk_id")), StatusSql.parse(row.getString("st")),
                telemetry ? Optional.ofNullable(Sql.instant(row, "last_heartbeat_at")) : Optional.empty(),
                telemetry ? Optional.ofNullable(row.getString("paper_state")) : Optional.empty(),
                telemetry ? Optional.ofNullable(row.getString("app_version")) : Optional.empty()),
                row.getBoolean("enabled"), Sql.instant(row, "updated_at"), site(row)), params);
        if (base.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new KioskDetail(base.get().row(), base.get().enabled(), base.get().updatedAt(),
                base.get().site(), devices(kioskId), alerts.forKiosk(kioskId, 20), commands(kioskId), activity(kioskId, now),
                evaluations(kioskId, now)));
    }

    private static Optional<KioskSite> site(java.sql.ResultSet row) throws java.sql.SQLException {
        String name = row.getString("name");
        return name == null ? Optional.empty() : Optional.of(new KioskSite(name, row.getString("site_type"),
                row.getString("address"), row.getString("host_organisation")));
    }

    private Sourced<Map<String, String>> devices(String kioskId) {
        if (!sources.has(Sources.DEVICE_STATE)) {
            return sources.missing(Sources.DEVICE_STATE);
        }
        Map<String, String> devices = new LinkedHashMap<>();
        sql.list("SELECT device_role, health, conditions FROM " + Sources.DEVICE_STATE
                + " WHERE kiosk_id = ? ORDER BY device_role", row -> new String[] {row.getString(1),
                row.getString(2), row.getString(3)}, kioskId)
                .forEach(d -> devices.put(d[0], d[1] + (d[2] == null || d[2].isBlank() ? "" : "（" + d[2] + "）")));
        return Sourced.of(devices);
    }

    private Sourced<List<CommandRow>> commands(String kioskId) {
        if (!sources.has(Sources.COMMANDS)) {
            return sources.missing(Sources.COMMANDS);
        }
        return Sourced.of(sql.list("SELECT command_id, kind, state, created_by, created_at, finished_at FROM "
                + Sources.COMMANDS + " WHERE kiosk_id = ? ORDER BY created_at DESC LIMIT 20",
                row -> new CommandRow(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                        Sql.instant(row, "created_at"), Optional.ofNullable(Sql.instant(row, "finished_at"))),
                kioskId));
    }

    private Sourced<Map<String, Long>> activity(String kioskId, Instant now) {
        if (!sources.has(Sources.TRANSACTIONS)) {
            return sources.missing(Sources.TRANSACTIONS);
        }
        Map<String, Long> byOutcome = new TreeMap<>();
        sql.list("SELECT outcome, COUNT(*) FROM " + Sources.TRANSACTIONS + " WHERE kiosk_id = ? AND finished_at >= ? "
                + "GROUP BY outcome", row -> Map.entry(row.getString(1), row.getLong(2)), kioskId,
                now.minus(Duration.ofDays(7))).forEach(e -> byOutcome.put(e.getKey(), e.getValue()));
        return Sourced.of(byOutcome);
    }

    private Sourced<Map<Integer, Long>> evaluations(String kioskId, Instant now) {
        if (!sources.has(Sources.EVALUATIONS)) {
            return sources.missing(Sources.EVALUATIONS);
        }
        Map<Integer, Long> byScore = new TreeMap<>();
        sql.list("SELECT score, COUNT(*) FROM " + Sources.EVALUATIONS + " WHERE kiosk_id = ? AND rated_at >= ? "
                + "GROUP BY score", row -> Map.entry(row.getInt(1), row.getLong(2)), kioskId,
                now.minus(Duration.ofDays(30))).forEach(e -> byScore.put(e.getKey(), e.getValue()));
        return Sourced.of(byScore);
    }
}
