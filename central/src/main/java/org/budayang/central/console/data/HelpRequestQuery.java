package org.budayang.central.console.data;

import java.util.List;
import java.util.Optional;
import org.budayang.central.db.Jdbc;

/** 呼叫帮办 requests over central-flow's {@code flow_help_request}: open ones first, then recent closed ones. */
final class HelpRequestQuery {
    private final Jdbc sql;

    HelpRequestQuery(Jdbc sql) {
        this.sql = sql;
    }

    List<HelpRow> list(int limit) {
        return sql.list("SELECT help_id, kiosk_id, site_id, item_code, screen, reason, requested_at, "
                + "closed_at FROM " + Sources.HELP + " ORDER BY CASE WHEN closed_at IS NULL THEN 0 ELSE 1 END, "
                + "requested_at DESC LIMIT ?", row -> new HelpRow(row.getString(1), row.getString(2),
                row.getString(3), Optional.ofNullable(row.getString(4)), row.getString(5), row.getString(6),
                Jdbc.instant(row, "requested_at"), Optional.ofNullable(Jdbc.instant(row, "closed_at"))), limit);
    }
}
