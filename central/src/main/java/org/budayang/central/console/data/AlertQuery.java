package org.budayang.central.console.data;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.budayang.central.console.Sql;

/** The alert queue and its two operator actions, over the fleet-ops alerts table ({@link Sources#ALERTS}). */
final class AlertQuery {
    private static final String COLUMNS = "alert_id, kiosk_id, rule_code, subject, state, opened_at, "
            + "acknowledged_by, acknowledged_at, resolved_by, resolved_at";
    private final Sql sql;
    private final Sources sources;
    private final Clock clock;

    AlertQuery(Sql sql, Sources sources, Clock clock) {
        this.sql = sql;
        this.sources = sources;
        this.clock = clock;
    }

    Sourced<List<AlertRow>> queue(String state, int limit) {
        if (!sources.has(Sources.ALERTS)) {
            return sources.missing(Sources.ALERTS);
        }
        if (state == null) {
            return Sourced.of(sql.list("SELECT " + COLUMNS + " FROM " + Sources.ALERTS + " WHERE state IN "
                    + "('OPEN', 'ACKNOWLEDGED') ORDER BY opened_at DESC LIMIT ?", AlertQuery::row, limit));
        }
        return Sourced.of(sql.list("SELECT " + COLUMNS + " FROM " + Sources.ALERTS
                + " WHERE state = ? ORDER BY opened_at DESC LIMIT ?", AlertQuery::row, state, limit));
    }

    Sourced<List<AlertRow>> forKiosk(String kioskId, int limit) {
        if (!sources.has(Sources.ALERTS)) {
            return sources.missing(Sources.ALERTS);
        }
        return Sourced.of(sql.list("SELECT " + COLUMNS + " FROM " + Sources.ALERTS
                + " WHERE kiosk_id = ? ORDER BY opened_at DESC LIMIT ?", AlertQuery::row, kioskId, limit));
    }

    boolean acknowledge(String alertId, String username) {
        require();
        return sql.update("UPDATE " + Sources.ALERTS + " SET state = 'ACKNOWLEDGED', acknowledged_by = ?, "
                + "acknowledged_at = ? WHERE alert_id = ? AND state = 'OPEN'", username, clock.instant(), alertId) == 1;
    }

    boolean resolve(String alertId, String username) {
        require();
        return sql.update("UPDATE " + Sources.ALERTS + " SET state = 'RESOLVED', resolved_by = ?, resolved_at = ? "
                + "WHERE alert_id = ? AND state IN ('OPEN', 'ACKNOWLEDGED')", username, clock.instant(), alertId) == 1;
    }

    private void require() {
        if (!sources.has(Sources.ALERTS)) {
            throw new ConsoleActions.SourceMissingException(Sources.ALERTS);
        }
    }

    private static AlertRow row(ResultSet row) throws SQLException {
        return new AlertRow(row.getString("alert_id"), row.getString("kiosk_id"), row.getString("rule_code"),
                row.getString("subject"), row.getString("state"), Sql.instant(row, "opened_at"),
                Optional.ofNullable(row.getString("acknowledged_by")),
                Optional.ofNullable(Sql.instant(row, "acknowledged_at")),
                Optional.ofNullable(row.getString("resolved_by")), Optional.ofNullable(Sql.instant(row, "resolved_at")));
    }
}
