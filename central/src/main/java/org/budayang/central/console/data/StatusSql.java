package org.budayang.central.console.data;

/**
 * The SQL of the kiosks central knows and their {@link KioskStatus} names. {@link #KIOSKS} is every kiosk as one
 * relation {@code k}: the enrolled kiosks of fleet-trust ({@code enrolled_kiosks}, V90; REVOKED counts as
 * disabled) and the kiosks that have only a configured secret ({@code kiosks}, V2), with the columns
 * kiosk_id, region, enabled, updated_at, name, site_type, address, host_organisation.
 */
final class StatusSql {
    /** Every kiosk central knows, aliased {@code k} (region: the enrolled region code, else the id's digits). */
    static final String KIOSKS = " FROM (SELECT e.kiosk_id, CAST(e.region_code AS VARCHAR(12)) AS region, "
            + "CASE WHEN e.status = 'REVOKED' THEN FALSE ELSE TRUE END AS enabled, "
            + "COALESCE(e.revoked_at, e.enrolled_at) AS updated_at, e.name, e.site_type, e.address, "
            + "e.host_organisation FROM enrolled_kiosks e "
            + "UNION ALL SELECT c.kiosk_id, CAST(SUBSTRING(c.kiosk_id, 5, LENGTH(c.kiosk_id) - 9) AS VARCHAR(12)), "
            + "c.enabled, c.updated_at, CAST(NULL AS VARCHAR(100)), CAST(NULL AS VARCHAR(40)), "
            + "CAST(NULL AS VARCHAR(200)), CAST(NULL AS VARCHAR(100)) FROM kiosks c WHERE NOT EXISTS "
            + "(SELECT 1 FROM enrolled_kiosks x WHERE x.kiosk_id = c.kiosk_id)) k";
    /**
     * {@link #KIOSKS} limited to a region prefix inside each branch, so that each table's index serves it; takes
     * two parameters: the region prefix + "%" and "KSK-" + the region prefix + "%".
     */
    static final String KIOSKS_IN_REGION = KIOSKS.replace("FROM enrolled_kiosks e ",
            "FROM enrolled_kiosks e WHERE e.region_code LIKE ? ").replace("FROM kiosks c WHERE ",
            "FROM kiosks c WHERE c.kiosk_id LIKE ? AND ");

    /** With telemetry ({@code s} joined): takes one parameter, the instant before which a kiosk counts as silent. */
    static final String WITH_TELEMETRY = "CASE WHEN k.enabled = FALSE THEN 'DISABLED' WHEN s.kiosk_id IS NULL "
            + "THEN 'UNKNOWN' WHEN s.last_heartbeat_at < ? THEN 'OFFLINE' ELSE s.status END";
    /** Without telemetry: only enabled/disabled is known. */
    static final String WITHOUT_TELEMETRY = "CASE WHEN k.enabled = FALSE THEN 'DISABLED' ELSE 'UNKNOWN' END";
    static final String JOIN = " LEFT JOIN " + Sources.KIOSK_STATE + " s ON s.kiosk_id = k.kiosk_id";

    private StatusSql() {
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
}
