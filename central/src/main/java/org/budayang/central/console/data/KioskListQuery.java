package org.budayang.central.console.data;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.budayang.central.console.Sql;

/**
 * The kiosk list: every kiosk central knows ({@link StatusSql#KIOSKS}) joined with the telemetry table when installed, filtered in SQL (every value
 * bound; LIKE patterns escaped), one page at a time with the total.
 */
final class KioskListQuery {
    private final Sql sql;
    private final Sources sources;
    private final Clock clock;
    private final Duration silentAfter;

    KioskListQuery(Sql sql, Sources sources, Clock clock, Duration silentAfter) {
        this.sql = sql;
        this.sources = sources;
        this.clock = clock;
        this.silentAfter = silentAfter;
    }

    KioskPage page(KioskFilter filter) {
        boolean telemetry = sources.has(Sources.KIOSK_STATE);
        if (!telemetry && filter.show().needsTelemetry()) {
            return new KioskPage(List.of(), 0, filter, Sources.why(Sources.KIOSK_STATE));
        }
        Instant silentBefore = clock.instant().minus(silentAfter);
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        switch (filter.show()) {
            case ALL -> { }
            case DISABLED -> where.append(" AND k.enabled = FALSE");
            case OFFLINE -> {
                where.append(" AND k.enabled = TRUE AND s.last_heartbeat_at < ?");
                params.add(silentBefore);
            }
            case ONLINE, DEGRADED, OUT_OF_SERVICE -> {
                where.append(" AND k.enabled = TRUE AND s.last_heartbeat_at >= ? AND s.status = ?");
                params.add(silentBefore);
                params.add(filter.show().name());
            }
            case PAPER_OUT, PAPER_LOW -> {
                where.append(" AND k.enabled = TRUE AND s.paper_state = ?");
                params.add(filter.show() == KioskFilter.Show.PAPER_OUT ? "OUT" : "LOW");
            }
            default -> throw new IllegalStateException("KioskListQuery: filter " + filter.show() + " not handled");
        }
        List<Object> fromParams = new ArrayList<>();
        filter.regionPrefix().ifPresent(prefix -> {
            fromParams.add(prefix + "%");
            fromParams.add("KSK-" + prefix + "%");
        });
        filter.idPart().ifPresent(part -> {
            where.append(" AND LOWER(k.kiosk_id) LIKE ? ESCAPE '!'");
            params.add("%" + escapeLike(part.toLowerCase(java.util.Locale.ROOT)) + "%");
        });
        params.addAll(0, fromParams);
        String from = (fromParams.isEmpty() ? StatusSql.KIOSKS : StatusSql.KIOSKS_IN_REGION) + (telemetry ? StatusSql.JOIN : "");
        long total = sql.count("SELECT COUNT(*)" + from + where, params.toArray());
        String columns = telemetry
                ? "k.kiosk_id, k.region, " + StatusSql.WITH_TELEMETRY + " AS st, s.last_heartbeat_at, s.paper_state, "
                        + "s.app_version"
                : "k.kiosk_id, k.region, " + StatusSql.WITHOUT_TELEMETRY + " AS st";
        List<Object> pageParams = new ArrayList<>();
        if (telemetry) {
            pageParams.add(silentBefore);
        }
        pageParams.addAll(params);
        pageParams.add(filter.pageSize());
        pageParams.add((long) (filter.page() - 1) * filter.pageSize());
        List<KioskRow> rows = sql.list("SELECT " + columns + from + where + " ORDER BY k.kiosk_id LIMIT ? OFFSET ?",
                row -> new KioskRow(row.getString(1), StatusSql.region(row.getString(2), row.getString(1)),
                        StatusSql.parse(row.getString(3)),
                        telemetry ? Optional.ofNullable(Sql.instant(row, "last_heartbeat_at")) : Optional.empty(),
                        telemetry ? Optional.ofNullable(row.getString("paper_state")) : Optional.empty(),
                        telemetry ? Optional.ofNullable(row.getString("app_version")) : Optional.empty()),
                pageParams.toArray());
        return new KioskPage(rows, total, filter, telemetry ? "" : Sources.why(Sources.KIOSK_STATE));
    }

    /** Makes {@code %}, {@code _} and {@code !} literal for LIKE ... ESCAPE '!'. */
    static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
