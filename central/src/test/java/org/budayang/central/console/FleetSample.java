package org.budayang.central.console;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.budayang.central.TestKiosks;

/**
 * A small fleet in the test database (enrolled kiosks and kiosks with only a secret, telemetry, devices, alerts, commands, help requests, evaluations,
 * transactions, enrolment codes), relative to {@code now}, with known answers for every page.
 */
final class FleetSample {
    /** The test kiosks every test central has enrolled (TestFleet#registerTestKiosks), region 620102000000. */
    static final String ONLINE = TestKiosks.KIOSK;
    static final String DEGRADED = TestKiosks.OTHER_KIOSK;
    static final String SILENT = "KSK-620102-0003";
    static final String PAPER_OUT = "KSK-620102-0004";
    static final String OUT_OF_SERVICE = "KSK-620102-0005";
    static final String NO_TELEMETRY = "KSK-620102-0006";
    /** Enrolled with a certificate (enrolled_kiosks, ACTIVE). */
    static final String QILIHE = "KSK-620103000000-0001";
    static final String LINXIA = "KSK-622901-0001";
    /** Enrolled, then revoked by ops (enrolled_kiosks, REVOKED): the console shows it 已停用. */
    static final String DISABLED = "KSK-623001000000-0001";
    static final String QILIHE_ADDRESS = "兰州市七里河区西津西路16号";

    private FleetSample() {
    }

    static void populate(Sql sql, Instant now) {
        // kiosks with only a configured secret (central's kiosks table)
        for (String id : new String[] {SILENT, PAPER_OUT, OUT_OF_SERVICE, NO_TELEMETRY, LINXIA}) {
            kiosk(sql, id, true, now);
        }
        enrolled(sql, QILIHE, "620103000000", QILIHE_ADDRESS, "ACTIVE", now.minus(Duration.ofDays(10)), null);
        enrolled(sql, DISABLED, "623001000000", "合作市当周街1号", "REVOKED", now.minus(Duration.ofDays(20)),
                now.minus(Duration.ofDays(1)));
        state(sql, ONLINE, "ONLINE", now.minusSeconds(10), "OK");
        state(sql, DEGRADED, "DEGRADED", now.minusSeconds(20), "LOW");
        state(sql, SILENT, "ONLINE", now.minus(Duration.ofMinutes(10)), "OK");
        state(sql, PAPER_OUT, "DEGRADED", now.minusSeconds(5), "OUT");
        state(sql, OUT_OF_SERVICE, "OUT_OF_SERVICE", now.minusSeconds(5), "OK");
        state(sql, QILIHE, "ONLINE", now.minusSeconds(5), "OK");
        state(sql, LINXIA, "ONLINE", now.minusSeconds(5), "OK");
        sql.update("INSERT INTO fleet_device_state VALUES (?, 'receiptPrinter', 'DEGRADED', 'PAPER_LOW', ?)", DEGRADED,
                now);
        sql.update("INSERT INTO fleet_device_state VALUES (?, 'idCardReader', 'ONLINE', '', ?)", DEGRADED, now);
        alert(sql, "alert-1", PAPER_OUT, "PAPER_OUT", "receiptPrinter", "OPEN", now.minus(Duration.ofMinutes(3)));
        alert(sql, "alert-2", SILENT, "KIOSK_SILENT", "-", "OPEN", now.minus(Duration.ofMinutes(8)));
        sql.update("INSERT INTO fleet_alert VALUES ('alert-3', ?, 'PAPER_LOW', 'receiptPrinter', 'RESOLVED', ?, "
                + "'system', ?, 'system', ?)", DEGRADED, now.minus(Duration.ofHours(3)), now.minus(Duration.ofHours(3)),
                now.minus(Duration.ofHours(2)));
        sql.update("INSERT INTO fleet_command VALUES ('cmd-1', ?, 'RELOAD_CATALOG', 'SUCCEEDED', 'operator.zhao', ?, ?)",
                ONLINE, now.minus(Duration.ofHours(1)), now.minus(Duration.ofMinutes(59)));
        help(sql, "help-1", ONLINE, now.minus(Duration.ofMinutes(5)), null);
        help(sql, "help-2", DEGRADED, now.minus(Duration.ofMinutes(30)), now.minus(Duration.ofMinutes(27)));
        LocalDate today = LocalDate.ofInstant(now, java.time.ZoneId.of("Asia/Shanghai"));
        evaluation(sql, "eval-1", 5, "", "办得很快", now.minus(Duration.ofHours(2)), null, today, today);
        evaluation(sql, "eval-2", 1, "等待时间长|操作复杂", "机器反应慢", now.minus(Duration.ofDays(3)), "OPEN",
                today.minusDays(2), today.plusDays(12));
        evaluation(sql, "eval-3", 2, "打印失败", "", now.minus(Duration.ofHours(5)), "CALLED_BACK", today.plusDays(1),
                today.plusDays(15));
        for (int i = 0; i < 3; i++) {
            sql.update("INSERT INTO flow_transaction VALUES (?, ?, 'XK00001001', NULL, ?, NULL, ?, ?, 0, ?)",
                    "tx-" + i, ONLINE, i == 2 ? "FAILED" : "COMPLETED", now.minus(Duration.ofHours(i + 1)),
                    now.minus(Duration.ofHours(i + 1)), now.minus(Duration.ofHours(i + 1)));
        }
        code(sql, "code-1", "620102001001", "CONVENIENCE_SERVICE_STATION", now.minus(Duration.ofHours(1)), now.plus(Duration.ofHours(71)),
                null, null);
        code(sql, "code-2", "620102000000", "GOVERNMENT_SERVICE_CENTER", now.minus(Duration.ofDays(2)), now.plus(Duration.ofDays(1)),
                now.minus(Duration.ofDays(1)), ONLINE);
        code(sql, "code-3", "622901100200", "POST_OFFICE", now.minus(Duration.ofDays(5)), now.minus(Duration.ofDays(2)),
                null, null);
    }

    static void kiosk(Sql sql, String id, boolean enabled, Instant now) {
        sql.update("INSERT INTO kiosks (kiosk_id, secret_hash, enabled, updated_at) VALUES (?, 'unused', ?, ?)", id,
                enabled, now);
    }

    /** An enrolled kiosk as fleet-trust's EnrolmentStore records it (and revokes it). */
    static void enrolled(Sql sql, String id, String region, String address, String status, Instant enrolledAt,
                         Instant revokedAt) {
        sql.update("INSERT INTO enrolled_kiosks (kiosk_id, name, region_code, site_type, address, host_organisation, "
                + "contact, status, enrolled_at, revoked_at) VALUES (?, ?, ?, 'CONVENIENCE_SERVICE_CENTER', ?, "
                + "'七里河区便民服务中心', '值班员 0931-2345678', ?, ?, ?)", id, "终端 " + id, region, address, status,
                enrolledAt, revokedAt);
    }

    static void state(Sql sql, String id, String status, Instant heartbeat, String paper) {
        sql.update("INSERT INTO fleet_kiosk_state VALUES (?, ?, ?, ?, '1.4.2')", id, status, heartbeat, paper);
    }

    static void alert(Sql sql, String id, String kiosk, String rule, String subject, String state, Instant at) {
        sql.update("INSERT INTO fleet_alert (alert_id, kiosk_id, rule_code, subject, state, opened_at) "
                + "VALUES (?, ?, ?, ?, ?, ?)", id, kiosk, rule, subject, state, at);
    }

    static void help(Sql sql, String id, String kiosk, Instant at, Instant closed) {
        sql.update("INSERT INTO flow_help_request VALUES (?, ?, 'SITE-620102-01', 'XK00001001', 'identify', "
                + "'FACE_FAILED', 5, '工作人员马上到', '0931-1234567', ?, ?)", id, kiosk, at, closed);
    }

    static void evaluation(Sql sql, String id, int score, String reasons, String comment, Instant at,
                           String followUp, LocalDate callBackBy, LocalDate rectifyBy) {
        sql.update("INSERT INTO flow_evaluation VALUES (?, ?, 'XK00001001', ?, 'COMPLETED', ?, ?, ?, ?, ?, ?)", id,
                ONLINE, "BJ" + id, score >= 3 ? "SATISFIED" : "DISSATISFIED", score, reasons, comment, at, at);
        if (followUp != null) {
            sql.update("INSERT INTO flow_evaluation_follow_up (evaluation_id, state, call_back_by, rectify_by) "
                    + "VALUES (?, ?, ?, ?)", id, followUp, callBackBy, rectifyBy);
        }
    }

    /** An enrolment code as fleet-trust's EnrolmentStore stores it: a SHA-256 hash, a hint, the site. */
    static void code(Sql sql, String hint, String region, String type, Instant created, Instant expires, Instant used,
                     String kiosk) {
        sql.update("INSERT INTO enrolment_codes (code_hash, code_hint, region_code, site_type, address, "
                + "host_organisation, contact, created_at, expires_at, used_at, used_by) VALUES (?, ?, ?, ?, "
                + "'兰州市城关区张掖路1号', '城关区政务服务中心', '值班员 0931-8888888', ?, ?, ?, ?)", sha256(hint), hint,
                region, type, created, expires, used, kiosk);
    }

    static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
