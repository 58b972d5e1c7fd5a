package org.budayang.central.console.data;

import java.util.List;
import java.util.Optional;
import org.budayang.central.console.Sql;

/** Enrolment codes over fleet-trust's table ({@link Sources#ENROLMENT_CODES}); never the codes themselves. */
final class EnrolmentCodeQuery {
    private final Sql sql;
    private final Sources sources;

    EnrolmentCodeQuery(Sql sql, Sources sources) {
        this.sql = sql;
        this.sources = sources;
    }

    Sourced<List<EnrolmentCodeRow>> list(int limit) {
        if (!sources.has(Sources.ENROLMENT_CODES)) {
            return sources.missing(Sources.ENROLMENT_CODES);
        }
        return Sourced.of(sql.list("SELECT code_id, region_code, site_type, address, host_organisation, created_by, "
                + "created_at, expires_at, used_at, kiosk_id FROM " + Sources.ENROLMENT_CODES
                + " ORDER BY created_at DESC LIMIT ?", row -> new EnrolmentCodeRow(row.getString(1), row.getString(2),
                row.getString(3), row.getString(4), row.getString(5), row.getString(6), Sql.instant(row, "created_at"),
                Sql.instant(row, "expires_at"), Optional.ofNullable(Sql.instant(row, "used_at")),
                Optional.ofNullable(row.getString(10))), limit));
    }
}
