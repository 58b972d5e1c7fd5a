package org.budayang.provisioning.fleet;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.budayang.api.fleet.DeviceHealth;
import org.budayang.api.fleet.DeviceState;
import org.budayang.api.fleet.KioskSelf;
import org.budayang.api.fleet.SelftestUpload;
import org.budayang.provisioning.cli.Term;

/**
 * What central sees of this kiosk ({@link KioskSelf}) as the technician reads it: one finding per line, each marked
 * OK / WARN / INFO, with a stable code for the warnings (also in {@code status --json}): the certificate expiring
 * within {@value #CERTIFICATE_WARN_DAYS} days, no or an old heartbeat, devices not serving, open alerts, no or a
 * failed self-test at central, a local report central does not have, and a clock more than
 * {@value #CLOCK_WARN_SECONDS} s off central's.
 */
public final class StatusReport {
    public static final int CERTIFICATE_WARN_DAYS = 30;
    public static final int CLOCK_WARN_SECONDS = 60;
    /** A heartbeat older than this while the kiosk app should be running is worth a look. */
    static final Duration HEARTBEAT_OLD = Duration.ofMinutes(10);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    /**
     * One line of the report.
     *
     * @param mark how it is marked
     * @param code the warning's stable code, empty for OK and INFO lines
     * @param text Chinese / English
     */
    public record Finding(Term.Mark mark, String code, String text) {
        public Finding {
            Objects.requireNonNull(mark, "Finding.mark is required");
            Objects.requireNonNull(code, "Finding.code is required (may be empty)");
            Objects.requireNonNull(text, "Finding.text is required");
        }
    }

    private StatusReport() {
    }

    /** The findings of central's answer, with the local report kept on the kiosk (if any). */
    public static List<Finding> of(CentralClient.Timed answer, Optional<SelftestUpload> local) {
        KioskSelf self = answer.self();
        List<Finding> lines = new ArrayList<>();
        lines.add(info("终端 Kiosk: " + self.kioskId() + " 「" + self.name() + "」 (" + self.status() + ")"));
        lines.add(info("站点 Site: " + self.regionCode() + " · " + self.siteType() + " · " + self.address()));
        lines.add(info("注册于 Enrolled at: " + time(self.enrolledAt())));
        certificate(self, answer.gotAt(), lines);
        heartbeat(self, lines);
        alerts(self, lines);
        lines.add(info("待执行命令 Pending commands: " + self.pendingCommands()));
        selftest(self, local, lines);
        long offset = answer.clockOffsetMillis();
        String shown = String.format(java.util.Locale.ROOT, "%+.1f s", offset / 1000.0);
        lines.add(Math.abs(offset) > CLOCK_WARN_SECONDS * 1000L
                ? warn("CLOCK_OFFSET", "本机时钟与中心相差 " + shown + "，请校正日期和时间 / the kiosk's clock is " + shown
                + " off central's (central minus kiosk): set the date and time (timedatectl set-ntp true)")
                : ok("时钟差（中心 − 本机） Clock difference central − kiosk: " + shown));
        return lines;
    }

    private static void certificate(KioskSelf self, Instant now, List<Finding> lines) {
        Duration left = Duration.between(now, self.certificateNotAfter());
        String until = time(self.certificateNotAfter());
        if (left.isNegative()) {
            lines.add(warn("CERTIFICATE_EXPIRED", "证书已过期 / the certificate expired at " + until
                    + " by the kiosk's clock: check the clock, then enrol again"));
        } else if (left.toDays() < CERTIFICATE_WARN_DAYS) {
            lines.add(warn("CERTIFICATE_EXPIRES_SOON", "证书将在 " + left.toDays() + " 天后过期 / the certificate expires"
                    + " in " + left.toDays() + " days (" + until + "): the kiosk app renews it in its last "
                    + CERTIFICATE_WARN_DAYS + " days; if it does not, enrol again with a new code"));
        } else {
            lines.add(ok("证书有效期至 Certificate valid until: " + until + " (" + left.toDays() + " 天 days)"));
        }
    }

    private static void heartbeat(KioskSelf self, List<Finding> lines) {
        if (self.lastHeartbeatAt() == null) {
            lines.add(warn("NO_HEARTBEAT", "中心尚未收到心跳 / central has no heartbeat of this kiosk yet: start the"
                    + " kiosk application (it reports every 30 s)"));
            return;
        }
        Duration ago = Duration.between(self.lastHeartbeatAt(), self.serverTime());
        String when = "最近心跳 Last heartbeat: " + time(self.lastHeartbeatAt()) + " (" + ago.toSeconds() + " s ago)";
        lines.add(ago.compareTo(HEARTBEAT_OLD) > 0 ? warn("HEARTBEAT_OLD", when + "; 应用是否在运行？ / is the kiosk"
                + " application running?") : ok(when));
        for (DeviceHealth device : self.devices()) {
            boolean serving = device.state() == DeviceState.ONLINE || device.state() == DeviceState.BUSY;
            String text = "    " + device.role() + ": " + device.state()
                    + (device.conditions().isEmpty() ? "" : " " + device.conditions())
                    + (device.action() == null || device.action().equals("NONE") ? "" : " → " + device.action())
                    + (device.fillPercent() == null ? "" : " (" + device.fillPercent() + " %)");
            lines.add(serving ? ok(text) : warn("DEVICE_NOT_SERVING", text));
        }
    }

    private static void alerts(KioskSelf self, List<Finding> lines) {
        if (self.openAlerts().isEmpty()) {
            lines.add(ok("无未处理告警 / no open alerts"));
            return;
        }
        lines.add(warn("OPEN_ALERTS", "未处理告警 " + self.openAlerts().size() + " 条 / " + self.openAlerts().size()
                + " open alert(s):"));
        for (KioskSelf.OpenAlert alert : self.openAlerts()) {
            lines.add(info("    " + alert.severity() + " " + alert.rule() + (alert.role() == null ? "" : " " + alert.role())
                    + " (" + alert.state() + " since " + time(alert.since()) + ")"
                    + (alert.message().isEmpty() ? "" : ": " + alert.message())));
        }
    }

    private static void selftest(KioskSelf self, Optional<SelftestUpload> local, List<Finding> lines) {
        KioskSelf.SelftestSummary last = self.lastSelftest();
        if (last == null) {
            lines.add(warn("NO_SELFTEST", "中心没有本机的自检报告 / central has no self-test report of this kiosk"));
        } else if (last.passed()) {
            lines.add(ok("中心的最近自检 Last self-test at central: ran " + time(last.ranAt()) + ", " + last.checks()
                    + " checked, all passed"));
        } else {
            lines.add(warn("SELFTEST_FAILED", "中心的最近自检有失败项 / last self-test at central (ran "
                    + time(last.ranAt()) + "): " + last.failures() + " of " + last.checks() + " failed "
                    + last.failedRoles()));
        }
        if (local.isPresent() && (last == null || !sameMillisecond(last.ranAt(), local.get().ranAt()))) {
            lines.add(warn("SELFTEST_NOT_AT_CENTRAL", "本机最新的自检报告尚未送达中心 / the newest report on this kiosk"
                    + " (ran " + time(local.get().ranAt()) + ") has not reached central: run status --send-selftest"));
        } else if (local.isEmpty() && last == null) {
            lines.add(info("    请运行自检 / run 'budayang provision selftest': on an enrolled kiosk it sends its report"));
        }
    }

    private static boolean sameMillisecond(Instant a, Instant b) {
        return a.toEpochMilli() == b.toEpochMilli();
    }

    /** An instant as the technician reads it, in UTC. */
    public static String time(Instant instant) {
        return TIME.format(instant);
    }

    private static Finding ok(String text) {
        return new Finding(Term.Mark.OK, "", text);
    }

    private static Finding info(String text) {
        return new Finding(Term.Mark.INFO, "", text);
    }

    private static Finding warn(String code, String text) {
        return new Finding(Term.Mark.WARN, code, text);
    }
}
