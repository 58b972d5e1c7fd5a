package org.budayang.central.console.data;

import java.util.List;
import java.util.Optional;
import org.budayang.central.db.Jdbc;
import org.budayang.central.fleet.enrol.SiteType;

/**
 * Enrolment codes over fleet-trust's table ({@link Sources#ENROLMENT_CODES}, written by EnrolmentStore): only
 * each code's hint (its last characters) is shown; the table holds a hash of the code, never the code.
 */
final class EnrolmentCodeQuery {
    private final Jdbc sql;

    EnrolmentCodeQuery(Jdbc sql) {
        this.sql = sql;
    }

    /** The Chinese label of a stored site type name (the name itself when fleet-trust's enum does not know it). */
    static String siteLabel(String name) {
        for (SiteType type : SiteType.values()) {
            if (type.name().equals(name)) {
                return type.label();
            }
        }
        return name;
    }

    List<EnrolmentCodeRow> list(int limit) {
        return sql.list("SELECT code_hint, region_code, site_type, address, host_organisation, contact, "
                + "created_at, expires_at, used_at, used_by FROM " + Sources.ENROLMENT_CODES
                + " ORDER BY created_at DESC, code_hint LIMIT ?", row -> new EnrolmentCodeRow("…" + row.getString(1),
                row.getString(2).strip(), siteLabel(row.getString(3)), row.getString(4), row.getString(5),
                row.getString(6), Jdbc.instant(row, "created_at"),
                Jdbc.instant(row, "expires_at"), Optional.ofNullable(Jdbc.instant(row, "used_at")),
                Optional.ofNullable(row.getString(10))), limit);
    }
}
