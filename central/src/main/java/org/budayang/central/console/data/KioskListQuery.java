package org.budayang.central.console.data;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.budayang.central.db.Jdbc;

/**
 * The kiosk list: every kiosk central knows ({@link StatusSql#KIOSKS}) with fleet-ops' telemetry, alerts and
 * service commands ({@link StatusSql#JOIN}), filtered in SQL (every value bound; LIKE patterns escaped), one page at
 * a time with the total.
 */
final class KioskListQuery {
    private final Jdbc sql;
    private final Clock clock;
    private final Duration silentAfter;

    KioskListQuery(Jdbc sql, Clock clock, Duration silentAfter) {
        this.sql = sql;
        this.clock = clock;
        this.silentAfter = silentAfter;
    }

    KioskPage page(KioskFilter filter) {
        Instant silentBefore = clock.instant().minus(silentAfter);
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        switch (filter.show()) {
            case ALL -> { }
            case DISABLED -> where.append(" AND k.enabled = FALSE");
            case OFFLINE -> {
                where.append(" AND k.enabled = TRUE AND s.received_at < ?");
                params.add(silentBefore);
            }
            case ONLINE, DEGRADED, OUT_OF_SERVICE -> {
                where.append(" AND k.enabled = TRUE AND s.received_at >= ? AND ").append(StatusSql.STATUS)
                        .append(" = ?");
                params.add(silentBefore);
                params.add(silentBefore);
                params.add(filter.show().name());
            }
            case PAPER_OUT, PAPER_LOW -> {
                where.append(" AND k.enabled = TRUE AND ").append(StatusSql.PAPER).append(" = ?");
                params.add(filter.show() == KioskFilter.Show.PAPER_OUT ? "OUT" : "LOW");
            }
            default -> throw new IllegalStateException("KioskListQuery: filter " + filter.show() + " not handled");
        }
        List<Object> fromParams = new ArrayList<>();
        filter.regionPrefix().ifPresent(prefix -> fromParams.addAll(StatusSql.regionRange(prefix)));
        filter.idPart().ifPresent(part -> {
            where.append(" AND LOWER(k.kiosk_id) LIKE ? ESCAPE '!'");
            params.add("%" + escapeLike(part.toLowerCase(java.util.Locale.ROOT)) + "%");
        });
        params.addAll(0, fromParams);
        String kiosks = fromParams.isEmpty() ? StatusSql.KIOSKS : StatusSql.KIOSKS_IN_REGION;
        // the join adds one row at most per kiosk: a filter on no telemetry column needs none for the count
        String from = kiosks + (filter.show() == KioskFilter.Show.ALL || filter.show() == KioskFilter.Show.DISABLED
                ? "" : StatusSql.JOIN);
        long total = sql.count("SELECT COUNT(*)" + from + where, params.toArray());
        List<Object> pageParams = new ArrayList<>();
        pageParams.add(silentBefore);
        pageParams.addAll(params);
        pageParams.add(filter.pageSize());
        pageParams.add((long) (filter.page() - 1) * filter.pageSize());
        // the page's kiosks are chosen first; only they get their status and paper state
        String page = "SELECT k.kiosk_id, k.region, " + StatusSql.ROW_COLUMNS + " FROM (SELECT k.*" + from + where
                + " ORDER BY k.kiosk_id LIMIT ? OFFSET ?) k" + StatusSql.JOIN + " ORDER BY k.kiosk_id";
        List<KioskRow> rows = sql.list(page, StatusSql::row, pageParams.toArray());
        return new KioskPage(rows, total, filter);
    }

    /** Makes {@code %}, {@code _} and {@code !} literal for LIKE ... ESCAPE '!'. */
    static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
