package org.budayang.provisioning.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.budayang.api.fleet.SelftestCheck;
import org.budayang.api.fleet.SelftestUpload;
import org.budayang.provisioning.selftest.RoleResult;
import org.budayang.provisioning.selftest.SelftestReport;
import org.budayang.provisioning.selftest.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kept report: its file, its conversion to service-api's upload and the key that makes a resend a repeat. */
class SelftestUploadsTest {
    @TempDir
    Path dir;

    private static SelftestReport report(Instant at, String detail) {
        return new SelftestReport("城关区测试银行网点", at, List.of(
                new RoleResult("receiptPrinter", "escpos", "open and identify", Verdict.FAIL, "PAPER_OUT",
                        "TM-T88 firmware 30.12", detail, "缺纸：装入打印纸并合上纸仓盖。", "Out of paper",
                        Duration.ofMillis(321)),
                new RoleResult("camera", "camera-images", "capture a frame", Verdict.PASS, "OK", "", "640x480 JPEG", "",
                        "", Duration.ofMillis(40))));
    }

    @Test
    void aReportBecomesTheUploadAndTheSameReportAlwaysHasTheSameKey() throws Exception {
        Instant at = Instant.parse("2026-11-27T08:00:00.123456789Z");
        LastSelftest last = new LastSelftest(dir.resolve("provisioning").resolve(KioskDirs.SELFTEST_LAST));
        assertEquals(Optional.empty(), last.read(), "no self-test yet");
        last.save(report(at, "x".repeat(700)).toJson());

        SelftestUpload upload = last.read().orElseThrow();

        assertEquals(Instant.parse("2026-11-27T08:00:00.123Z"), upload.ranAt());
        assertEquals(SelftestUploads.APP_VERSION, upload.appVersion());
        SelftestCheck printer = upload.checks().get(0);
        assertEquals("receiptPrinter", printer.role());
        assertFalse(printer.passed());
        assertEquals("PAPER_OUT", printer.code());
        assertEquals(500, printer.detail().length());
        assertTrue(printer.detail().endsWith("…"));
        assertEquals("缺纸：装入打印纸并合上纸仓盖。", printer.adviceZh());
        assertEquals(321, printer.tookMillis());
        assertTrue(upload.checks().get(1).passed());
        assertEquals(1, upload.failures());

        String body = SelftestUploads.body(upload);
        String key = SelftestUploads.idempotencyKey(body);
        assertTrue(key.matches("selftest-[0-9a-f]{48}"), key);
        assertEquals(key, SelftestUploads.idempotencyKey(SelftestUploads.body(last.read().orElseThrow())),
                "read again: the same key");
        last.save(report(at.plusSeconds(1), "x").toJson());
        assertNotEquals(key, SelftestUploads.idempotencyKey(SelftestUploads.body(last.read().orElseThrow())),
                "another report: another key");
        assertFalse(Files.exists(last.file().resolveSibling(KioskDirs.SELFTEST_LAST + ".tmp")), "no leftover");
    }

    @Test
    void aFileThatIsNoReportIsNamedWithWhatIsWrong() throws Exception {
        LastSelftest last = new LastSelftest(dir.resolve(KioskDirs.SELFTEST_LAST));
        last.save("{\"schema\":\"budayang.probe/1\"}");
        IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class, last::read);
        assertEquals(last.file() + " is not a self-test report (schema is 'budayang.probe/1', not budayang.selftest/1);"
                + " run selftest again", wrong.getMessage());
        last.save("{\"schema\":");
        assertTrue(assertThrows(IllegalArgumentException.class, last::read).getMessage().contains("(not JSON: "));
    }

    @Test
    void theDataDirectoryIsResolvedAgainstTheConfigurationsFolderAsTheKioskDoes() {
        Path config = Path.of("/etc/budayang/kiosk.properties");
        assertEquals(Path.of("/etc/budayang/data/fleet"), KioskDirs.of(config, Map.of("data.dir", "data"))
                .orElseThrow().fleet());
        assertEquals(Path.of("/var/lib/budayang/provisioning/selftest-last.json"),
                KioskDirs.of(config, Map.of("data.dir", "/var/lib/budayang/")).orElseThrow().selftestLast());
        assertEquals(Optional.empty(), KioskDirs.of(config, Map.of("data.dir", " ")));
        assertEquals(Optional.empty(), KioskDirs.of(config, Map.of()));
    }
}
