package org.budayang.central.console.data;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.budayang.central.db.Jdbc;

/**
 * Fleet overview: kiosks per region code and status, from every kiosk central knows ({@link StatusSql#KIOSKS})
 * with fleet-ops' telemetry, alerts and service commands ({@link StatusSql#JOIN}).
 */
final class FleetQuery {
    private final Jdbc sql;
    private final Clock clock;
    private final Duration silentAfter;

    FleetQuery(Jdbc sql, Clock clock, Duration silentAfter) {
        this.sql = sql;
        this.clock = clock;
        this.silentAfter = silentAfter;
    }

    List<RegionCount> byRegion() {
        String query = "SELECT region, st, COUNT(*) FROM (SELECT k.region AS region, " + StatusSql.STATUS + " AS st"
                + StatusSql.KIOSKS + StatusSql.JOIN + ") t GROUP BY region, st";
        Map<String, Map<KioskStatus, Long>> counts = new TreeMap<>();
        for (Object[] row : sql.list(query, r -> new Object[] {r.getString(1), r.getString(2), r.getLong(3)},
                clock.instant().minus(silentAfter))) {
            String code = row[0] == null ? null : ((String) row[0]).strip();
            if (code == null || !code.matches("[0-9]{6}|[0-9]{12}")) {
                continue;
            }
            counts.computeIfAbsent(code, c -> new EnumMap<>(KioskStatus.class))
                    .merge(StatusSql.parse((String) row[1]), (Long) row[2], Long::sum);
        }
        List<RegionCount> result = new ArrayList<>();
        counts.forEach((code, byStatus) -> result.add(new RegionCount(code, byStatus)));
        return result;
    }
}
