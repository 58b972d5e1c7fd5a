package org.budayang.central.connectors.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/** A SHA-256 per sandbox table over every row in key order, with values written the same on H2 and PostgreSQL. */
final class TableDigest {
    static final List<String> SEEDED_TABLES = List.of("sb_ps_household", "sb_ps_person", "sb_ps_traffic_violation",
            "sb_ps_idcard_application", "sb_tax_taxpayer", "sb_tax_income", "sb_tax_fee_payment", "sb_tax_invoice",
            "sb_ss_insured", "sb_ss_contribution", "sb_mi_enrolment", "sb_mi_contribution");

    private TableDigest() {
    }

    static Map<String, String> of(DataSource dataSource) throws Exception {
        Map<String, String> digests = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection()) {
            for (String table : SEEDED_TABLES) {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                int rows = 0;
                try (ResultSet r = c.createStatement().executeQuery("SELECT * FROM " + table + " ORDER BY 1, 2")) {
                    ResultSetMetaData meta = r.getMetaData();
                    while (r.next()) {
                        rows++;
                        StringBuilder line = new StringBuilder();
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            Object value = r.getObject(i);
                            String text = value == null ? "null"
                                    : value instanceof java.sql.Date d ? d.toLocalDate().toString()
                                    : value instanceof java.sql.Timestamp t ? t.toLocalDateTime().toString()
                                    : value instanceof Number n ? Long.toString(n.longValue())
                                    : value.toString();
                            line.append(meta.getColumnName(i).toLowerCase(java.util.Locale.ROOT)).append('=')
                                    .append(text).append('|');
                        }
                        sha.update(line.append('\n').toString().getBytes(StandardCharsets.UTF_8));
                    }
                }
                digests.put(table, rows + ":" + HexFormat.of().formatHex(sha.digest()));
            }
        }
        return digests;
    }
}
