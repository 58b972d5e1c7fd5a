package org.budayang.central.console.data;

import java.util.List;

/**
 * The SQL of the kiosks central knows and their {@link KioskStatus}, over fleet-trust's and fleet-ops' tables.
 * {@link #KIOSKS} is every kiosk as one relation {@code k}: the enrolled kiosks ({@code enrolled_kiosks}, V90; a
 * REVOKED one is disabled), the only kiosks there are since kiosks authenticate by their client certificate alone
 * (decision 0014), with the columns kiosk_id, region, enabled, updated_at, name, site_type, address,
 * host_organisation. {@link #JOIN} adds {@code s}, the newest heartbeat ({@code fleet_kiosk_state}); {@link #STATUS}
 * and {@link #PAPER} test membership in the few kiosks with unresolved alerts ({@code fleet_alerts}) or taken out of
 * service ({@code fleet_commands}), uncorrelated subqueries the database evaluates once per query rather than once
 * per kiosk.
 */
final class StatusSql {
    private static final String ENROLLED = "SELECT e.kiosk_id, CAST(e.region_code AS VARCHAR(12)) AS region, "
            + "CASE WHEN e.status = 'REVOKED' THEN FALSE ELSE TRUE END AS enabled, "
            + "COALESCE(e.revoked_at, e.enrolled_at) AS updated_at, e.name, e.site_type, e.address, "
            + "e.host_organisation FROM " + Sources.ENROLLED_KIOSKS + " e";

    /** Every kiosk central knows, aliased {@code k} (region: the enrolled 12-digit region code). */
    static final String KIOSKS = " FROM (" + ENROLLED + ") k";
    /**
     * {@link #KIOSKS} limited to a region, inside the subquery and as a range so that the region index serves it on
     * H2 and PostgreSQL alike (neither uses it for {@code LIKE ?}); takes the two parameters of {@link #regionRange}.
     */
    static final String KIOSKS_IN_REGION = " FROM (" + ENROLLED + " WHERE e.region_code BETWEEN ? AND ?) k";

    /** The alert rules that make a heard, in-service kiosk DEGRADED: a device is not serving. */
    static final String FAULT_RULES = "'DEVICE_OFFLINE', 'PAPER_OUT', 'CASHBOX_FULL'";

    /** The newest heartbeat joined to {@link #KIOSKS} as {@code s} (one row at most per kiosk). */
    static final String JOIN = " LEFT JOIN " + Sources.KIOSK_STATE + " s ON s.kiosk_id = k.kiosk_id";

    /**
     * Kiosks with an unresolved alert of the rules given (uncorrelated: the database evaluates it once per query,
     * and the unresolved alerts are few).
     */
    static String alerted(String rules) {
        return "(SELECT kiosk_id FROM " + Sources.ALERTS + " WHERE state IN ('OPEN', 'ACKNOWLEDGED') AND rule IN ("
                + rules + "))";
    }

    /** Kiosks whose last DONE OUT_OF_SERVICE command is later than their last DONE BACK_IN_SERVICE. */
    static final String OUT_OF_SERVICE = "(SELECT kiosk_id FROM (SELECT kiosk_id, MAX(CASE WHEN command_type = "
            + "'OUT_OF_SERVICE' THEN completed_at END) AS oos, MAX(CASE WHEN command_type = 'BACK_IN_SERVICE' THEN "
            + "completed_at END) AS bis FROM " + Sources.COMMANDS + " WHERE state = 'DONE' AND command_type IN "
            + "('OUT_OF_SERVICE', 'BACK_IN_SERVICE') GROUP BY kiosk_id) o WHERE o.oos IS NOT NULL AND (o.bis IS NULL "
            + "OR o.bis < o.oos))";

    /**
     * The status; takes one parameter, the instant before which a kiosk's newest heartbeat counts as silence.
     * Disabled first, then never heard (UNKNOWN), silent (OFFLINE), taken out of service by ops, a device alert open
     * (DEGRADED), else ONLINE.
     */
    static final String STATUS = "CASE WHEN k.enabled = FALSE THEN 'DISABLED' WHEN s.kiosk_id IS NULL THEN 'UNKNOWN' "
            + "WHEN s.received_at < ? THEN 'OFFLINE' WHEN k.kiosk_id IN " + OUT_OF_SERVICE + " THEN 'OUT_OF_SERVICE' "
            + "WHEN k.kiosk_id IN " + alerted(FAULT_RULES) + " THEN 'DEGRADED' ELSE 'ONLINE' END";

    /** The paper state: OUT or LOW while such an alert is unresolved, OK for a heard kiosk without one, else null. */
    static final String PAPER = "CASE WHEN k.kiosk_id IN " + alerted("'PAPER_OUT'") + " THEN 'OUT' WHEN k.kiosk_id IN "
            + alerted("'PAPER_LOW'") + " THEN 'LOW' WHEN s.kiosk_id IS NOT NULL THEN 'OK' END";

    /** The list's columns after kiosk_id, region: st, received_at, paper_state, app_version. */
    static final String ROW_COLUMNS = STATUS + " AS st, s.received_at, " + PAPER + " AS paper_state, s.app_version";

    private StatusSql() {
    }

    /**
     * The 12-digit region codes below a region prefix ({@link KioskFilter#regionPrefix}), lowest and highest: the
     * prefix padded with 0s and with 9s. Enrolled region codes are always 12 digits ({@code CHAR(12)}), and strings
     * of digits of one length sort alike in every collation.
     */
    static List<Object> regionRange(String prefix) {
        if (!prefix.matches("[0-9]{1,12}")) {
            throw new IllegalArgumentException("region prefix '" + prefix + "' is not 1 to 12 digits");
        }
        return List.of(prefix + "0".repeat(12 - prefix.length()), prefix + "9".repeat(12 - prefix.length()));
    }

    static KioskStatus parse(String name) {
        try {
            return KioskStatus.valueOf(name);
        } catch (IllegalArgumentException | NullPointerException e) {
            return KioskStatus.UNKNOWN;
        }
    }

    /** The region of a row of {@link #KIOSKS}: the column when it holds a region code, else the id's segment. */
    static String region(String column, String kioskId) {
        return column != null && column.strip().matches("[0-9]{6}|[0-9]{12}") ? column.strip()
                : KioskRow.regionOf(kioskId);
    }

    /** A row of the list's columns ({@link #ROW_COLUMNS} after kiosk_id, region). */
    static KioskRow row(java.sql.ResultSet row) throws java.sql.SQLException {
        String id = row.getString("kiosk_id");
        return new KioskRow(id, region(row.getString("region"), id), parse(row.getString("st")),
                java.util.Optional.ofNullable(org.budayang.central.db.Jdbc.instant(row, "received_at")),
                java.util.Optional.ofNullable(row.getString("paper_state")),
                java.util.Optional.ofNullable(row.getString("app_version")));
    }
}
