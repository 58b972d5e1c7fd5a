package org.budayang.provisioning.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.budayang.api.fleet.DeviceHealth;
import org.budayang.api.fleet.DeviceState;
import org.budayang.api.fleet.KioskSelf;
import org.budayang.api.fleet.SelftestCheck;
import org.budayang.api.fleet.SelftestUpload;
import org.budayang.provisioning.cli.Term;
import org.junit.jupiter.api.Test;

/**
 * The warnings of {@code status} that a freshly enrolled kiosk cannot show against a real central (an expiring
 * certificate, an old heartbeat, devices not serving, open alerts, a failed self-test), from central's answer as a
 * value; and their absence when all is well.
 */
class StatusReportTest {
    private static final Instant NOW = Instant.parse("2026-11-27T08:00:00Z");

    private static KioskSelf self(Instant notAfter, Instant heartbeat, List<DeviceHealth> devices,
                                  List<KioskSelf.OpenAlert> alerts, KioskSelf.SelftestSummary selftest) {
        return new KioskSelf("KSK-620102000000-0007", "城关区测试银行网点", "620102000000", "银行", "城关区测试路 3 号",
                "ACTIVE", NOW.minus(Duration.ofDays(300)), notAfter, heartbeat, devices, alerts, 2, selftest, NOW);
    }

    private static CentralClient.Timed answered(KioskSelf self, Duration kioskBehind) {
        Instant kiosk = NOW.minus(kioskBehind);
        return new CentralClient.Timed(self, kiosk.minusMillis(20), kiosk.plusMillis(20));
    }

    private static String codes(List<StatusReport.Finding> findings) {
        return findings.stream().map(StatusReport.Finding::code).filter(c -> !c.isEmpty())
                .collect(Collectors.joining(","));
    }

    @Test
    void aKioskInTroubleGetsEveryWarningWithItsCode() {
        KioskSelf self = self(NOW.plus(Duration.ofDays(12)), NOW.minus(Duration.ofMinutes(42)),
                List.of(new DeviceHealth("receiptPrinter", DeviceState.DEGRADED, List.of("PAPER_LOW"), "CLEAR",
                        NOW.minus(Duration.ofHours(1)), null),
                        new DeviceHealth("idCardReader", DeviceState.ONLINE, List.of(), "NONE", NOW, null)),
                List.of(new KioskSelf.OpenAlert("DEVICE_DEGRADED", "receiptPrinter", "WARNING", "OPEN",
                        NOW.minus(Duration.ofHours(1)), "paper low")),
                new KioskSelf.SelftestSummary(NOW.minus(Duration.ofDays(1)), NOW.minus(Duration.ofDays(1)), false, 3, 1,
                        List.of("receiptPrinter:PAPER_OUT")));
        SelftestUpload newer = new SelftestUpload("provision-0.1.0", NOW.minus(Duration.ofHours(2)), List.of(
                new SelftestCheck("camera", "camera-images", "capture a frame", true, "OK", "", "", "", 40)));

        List<StatusReport.Finding> findings = StatusReport.of(answered(self, Duration.ofSeconds(75)),
                Optional.of(newer));

        assertEquals("CERTIFICATE_EXPIRES_SOON,HEARTBEAT_OLD,DEVICE_NOT_SERVING,OPEN_ALERTS,SELFTEST_FAILED,"
                + "SELFTEST_NOT_AT_CENTRAL,CLOCK_OFFSET", codes(findings));
        String text = findings.stream().map(f -> f.mark() + " " + f.text()).collect(Collectors.joining("\n"));
        assertTrue(text.contains("WARN 证书将在 12 天后过期 / the certificate expires in 12 days (2026-12-09 08:00:00 UTC)"),
                text);
        assertTrue(text.contains("WARN 最近心跳 Last heartbeat: 2026-11-27 07:18:00 UTC (2520 s ago); 应用是否在运行？"), text);
        assertTrue(text.contains("WARN     receiptPrinter: DEGRADED [PAPER_LOW] → CLEAR"), text);
        assertTrue(text.contains("OK     idCardReader: ONLINE\n"), text);
        assertTrue(text.contains("INFO     WARNING DEVICE_DEGRADED receiptPrinter (OPEN since 2026-11-27 07:00:00 UTC): "
                + "paper low"), text);
        assertTrue(text.contains("1 of 3 failed [receiptPrinter:PAPER_OUT]"), text);
        assertTrue(text.contains("WARN 本机时钟与中心相差 +75.0 s"), text);
        assertTrue(text.contains("INFO 待执行命令 Pending commands: 2"), text);
    }

    @Test
    void aHealthyKioskHasNoWarning() {
        Instant ranAt = NOW.minus(Duration.ofHours(3)).plusNanos(123_456_789);
        KioskSelf self = self(NOW.plus(Duration.ofDays(300)), NOW.minus(Duration.ofSeconds(20)), List.of(), List.of(),
                new KioskSelf.SelftestSummary(ranAt.truncatedTo(java.time.temporal.ChronoUnit.MILLIS), NOW, true, 1, 0,
                        List.of()));
        SelftestUpload local = new SelftestUpload("provision-0.1.0", ranAt, List.of(
                new SelftestCheck("camera", "camera-images", "capture a frame", true, "OK", "", "", "", 40)));

        List<StatusReport.Finding> findings = StatusReport.of(answered(self, Duration.ofSeconds(-3)),
                Optional.of(local));

        assertEquals("", codes(findings), "central keeps milliseconds: the same report is not 'missing'");
        assertTrue(findings.stream().noneMatch(f -> f.mark() == Term.Mark.WARN));
        assertTrue(findings.stream().anyMatch(f -> f.text().equals("时钟差（中心 − 本机） Clock difference central − kiosk:"
                + " -3.0 s")), findings.toString());
    }
}
