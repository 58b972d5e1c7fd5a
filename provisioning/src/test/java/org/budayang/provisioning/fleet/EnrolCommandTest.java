package org.budayang.provisioning.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.budayang.api.json.ApiJson;
import org.budayang.kiosk.core.enrol.KioskCredentials;
import org.budayang.provisioning.ProvisionCli;
import org.budayang.provisioning.cli.ExitCodes;
import org.budayang.kiosk.core.config.ConfigStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code enrol} against the REAL central in this JVM over real TLS: a code from ops enrols the kiosk into
 * {@code <data.dir>/fleet}, central.url follows, and the kept self-test report reaches central; a wrong, used or
 * expired code, a wrong CA fingerprint, an unreachable central, a half-written configuration and an enrolled kiosk
 * are each refused with the kiosk panel's words, and each leaves every file of the kiosk as it was.
 */
class EnrolCommandTest {
    @TempDir
    static Path work;
    private static TestCentral central;

    @BeforeAll
    static void startCentral() throws Exception {
        central = new TestCentral(work.resolve("central"));
    }

    @AfterAll
    static void stopCentral() {
        if (central != null) {
            central.close();
        }
    }

    private static String[] typed(JsonNode sheet) {
        return new String[] {"enrol", "--code", sheet.path("code").asText().toLowerCase(Locale.ROOT),
            "--ca-fingerprint", sheet.path("caFingerprint").asText(), "--central", central.tlsUrl()};
    }

    private static Path sheetFile(JsonNode sheet, String name) throws Exception {
        Path file = work.resolve(name);
        Files.writeString(file, sheet.toString(), StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void aCodeEnrolsTheKioskSetsCentralUrlAndSendsTheSelftestReportAndAnEnrolledKioskNeedsForce() throws Exception {
        TestKiosk kiosk = new TestKiosk(work.resolve("kiosk-a"));
        assertEquals(ProvisionCli.EXIT_OK, kiosk.run("selftest"), kiosk.both());
        assertTrue(kiosk.out().contains("报告已保存 report kept: " + kiosk.selftestLast()), kiosk.out());
        assertTrue(kiosk.out().contains("本机尚未注册：报告将在注册时发送 / not enrolled yet"), kiosk.out());
        Instant ranAt = Instant.parse(ApiJson.mapper().readTree(kiosk.selftestLast().toFile()).path("at").asText());

        int exit = kiosk.run(typed(central.newCode()));

        assertEquals(ProvisionCli.EXIT_OK, exit, kiosk.both());
        KioskCredentials credentials = kiosk.credentials();
        String id = credentials.kioskId();
        assertTrue(kiosk.out().contains("[通过 OK  ] 注册成功：本机终端编号为 " + id + " / enrolled: this kiosk is " + id),
                kiosk.out());
        assertTrue(kiosk.out().contains("[信息 INFO] 证书有效期至 Certificate valid until: "
                + StatusReport.time(credentials.certificate().getNotAfter().toInstant())), kiosk.out());
        assertEquals(central.tlsUrl(), credentials.apiUrl().toString());
        Map<String, String> config = new ConfigStore(Clock.systemUTC()).read(kiosk.config).values();
        assertEquals(central.tlsUrl(), config.get("central.url"), "central.url follows the enrolment");
        assertEquals("http://127.0.0.1:8080", new ConfigStore(Clock.systemUTC())
                .read(ConfigStore.backupOf(kiosk.config)).values().get("central.url"), "the previous file is the backup");
        assertTrue(kiosk.out().contains("[通过 OK  ] 自检报告已发送到服务中心 / self-test report sent to central as " + id
                + " (ran " + StatusReport.time(ranAt) + ": 1 checked, 0 failed)"), kiosk.out());

        JsonNode self = central.self(credentials);
        assertEquals(id, self.path("kioskId").asText());
        assertEquals("城关区测试银行网点", self.path("name").asText(), "site.name is the name proposed to ops");
        JsonNode last = self.path("lastSelftest");
        assertEquals(1, last.path("checks").asInt(), self.toString());
        assertTrue(last.path("passed").asBoolean(), self.toString());
        assertEquals(ranAt.truncatedTo(ChronoUnit.MILLIS), Instant.parse(last.path("ranAt").asText()));

        // enrolled: a second enrolment is refused unless --force, and changes nothing
        Path sheet = sheetFile(central.newCode(), "sheet-a2.json");
        Map<String, String> before = kiosk.snapshot();
        assertEquals(ExitCodes.ENROLMENT, kiosk.run("enrol", "--sheet", sheet.toString()), kiosk.both());
        assertTrue(kiosk.out().contains("[失败 FAIL] 本机已注册为 " + id + "（证书有效期至 "), kiosk.out());
        assertTrue(kiosk.out().contains("请加 --force / to replace it with a new key and certificate, add --force"),
                kiosk.out());
        assertEquals(before, kiosk.snapshot(), "nothing changed on disk");

        assertEquals(ProvisionCli.EXIT_OK, kiosk.run("enrol", "--sheet", sheet.toString(), "--force", "--name",
                "重装后的终端"), kiosk.both());
        KioskCredentials replaced = kiosk.credentials();
        assertNotEquals(id, replaced.kioskId(), "a new enrolment is a new kiosk at central");
        assertEquals("重装后的终端", central.self(replaced).path("name").asText());
        assertFalse(kiosk.out().contains("central.url: "), "central.url is already right: " + kiosk.out());
        assertTrue(kiosk.out().contains("自检报告已发送到服务中心 / self-test report sent to central as "
                + replaced.kioskId()), kiosk.out());
    }

    @Test
    void wrongUsedAndExpiredCodesAreRefusedInTheKiosksWordsAndNothingIsStored() throws Exception {
        TestKiosk kiosk = new TestKiosk(work.resolve("kiosk-b"));
        JsonNode sheet = central.newCode();
        Map<String, String> before = kiosk.snapshot();

        String[] wrong = typed(sheet);
        wrong[2] = "7K3M-Q9XD-2HPA-V8TN";
        assertEquals(ExitCodes.CENTRAL, kiosk.run(wrong), kiosk.both());
        assertTrue(kiosk.out().contains("[失败 FAIL] 注册码错误：不是服务中心签发的注册码，请核对注册单（ENROLMENT_CODE_UNKNOWN）"
                + " / Wrong code: central did not issue it; check the code sheet"), kiosk.out());
        assertTrue(kiosk.out().contains("未保存任何内容 / nothing stored in " + kiosk.fleet()), kiosk.out());
        assertEquals(before, kiosk.snapshot());

        TestKiosk other = new TestKiosk(work.resolve("kiosk-b-other"));
        assertEquals(ProvisionCli.EXIT_OK, other.run(typed(sheet)), other.both());
        assertEquals(ExitCodes.CENTRAL, kiosk.run(typed(sheet)), kiosk.both());
        assertTrue(kiosk.out().contains("[失败 FAIL] 注册码已被使用：每个注册码只能用一次，请向运维申请新的注册码（ENROLMENT_CODE_USED）"
                + " / Code already used: a code works once; ask ops for a new one"), kiosk.out());
        assertEquals(before, kiosk.snapshot());

        JsonNode expiring = central.newCode();
        central.clock.move(Duration.ofMinutes(11));
        try {
            assertEquals(ExitCodes.CENTRAL, kiosk.run(typed(expiring)), kiosk.both());
        } finally {
            central.clock.move(Duration.ZERO);
        }
        assertTrue(kiosk.out().contains("[失败 FAIL] 注册码已过期，请向运维申请新的注册码（ENROLMENT_CODE_EXPIRED）"
                + " / Code expired; ask ops for a new one"), kiosk.out());
        assertEquals(before, kiosk.snapshot());
    }

    @Test
    void aWrongCaFingerprintIsRefusedAsPossibleInterceptionBeforeTheCodeIsSpent() throws Exception {
        TestKiosk kiosk = new TestKiosk(work.resolve("kiosk-c"));
        JsonNode sheet = central.newCode();
        String right = sheet.path("caFingerprint").asText().replace(":", "");
        String[] args = typed(sheet);
        args[4] = right.substring(0, 63) + (right.charAt(63) == '0' ? '1' : '0');
        Map<String, String> before = kiosk.snapshot();

        assertEquals(ExitCodes.CENTRAL, kiosk.run(args), kiosk.both());

        assertTrue(kiosk.out().contains("[失败 FAIL] CA 指纹不符：连接到的不是注册单上的服务中心，可能存在网络劫持，已拒绝注册，未保存任何内容。"
                + "请核对指纹和地址，并报告运维（CA_FINGERPRINT_MISMATCH） / CA fingerprint mismatch"), kiosk.out());
        assertEquals(before, kiosk.snapshot());
        assertEquals(ProvisionCli.EXIT_OK, kiosk.run(typed(sheet)), "the code was never sent: " + kiosk.both());
    }

    @Test
    void anUnreachableCentralIsNamedByHostAndPortAndNothingIsStored() throws Exception {
        TestKiosk kiosk = new TestKiosk(work.resolve("kiosk-d"));
        int closed;
        try (ServerSocket free = new ServerSocket(0)) {
            closed = free.getLocalPort();
        }
        String[] args = typed(central.newCode());
        args[6] = "https://127.0.0.1:" + closed;
        Map<String, String> before = kiosk.snapshot();

        assertEquals(ExitCodes.CENTRAL, kiosk.run(args), kiosk.both());

        assertTrue(kiosk.out().contains("[失败 FAIL] 无法连接服务中心：请检查网络、注册地址和端口（CENTRAL_UNREACHABLE） / Central"
                + " unreachable: check the network, the URL and the port"), kiosk.out());
        assertTrue(kiosk.out().contains("详情 Detail: CENTRAL_UNREACHABLE: Cannot reach central at https://127.0.0.1:"
                + closed + "/api/v1/enrol"), kiosk.out());
        assertEquals(before, kiosk.snapshot());
    }

    @Test
    void aHalfWrittenConfigurationIsRefusedBeforeCentralIsAsked() throws Exception {
        TestKiosk kiosk = new TestKiosk(work.resolve("kiosk-e"));
        byte[] whole = Files.readAllBytes(kiosk.config);
        Files.write(kiosk.config, Arrays.copyOf(whole, whole.length - 90));
        JsonNode sheet = central.newCode();
        Map<String, String> before = kiosk.snapshot();

        assertEquals(ExitCodes.CONFIG, kiosk.run(typed(sheet)), kiosk.both());

        assertTrue(kiosk.out().contains("[失败 FAIL] 配置文件不完整（写入中断） / configuration file is half-written: "
                + kiosk.config), kiosk.out());
        assertTrue(kiosk.out().contains("未注册，未写入任何内容 / not enrolled, nothing written"), kiosk.out());
        assertEquals(before, kiosk.snapshot());
        TestKiosk other = new TestKiosk(work.resolve("kiosk-e-other"));
        assertEquals(ProvisionCli.EXIT_OK, other.run(typed(sheet)), "central was not asked: " + other.both());
    }

    @Test
    void valuesThatAreNoCodeSheetAreBadArgumentsCheckedBeforeAnythingElse() throws Exception {
        TestKiosk kiosk = new TestKiosk(work.resolve("kiosk-f"));
        Map<String, String> before = kiosk.snapshot();

        assertEquals(ExitCodes.USAGE, kiosk.run("enrol", "--code", "12", "--ca-fingerprint", "AB".repeat(32),
                "--central", "https://central.example.gov.cn:8443"));
        assertTrue(kiosk.err().contains("注册码格式不对：“12”应为 16 位（XXXX-XXXX-XXXX-XXXX，数字和除 I、L、O、U 外的字母）"
                + " / The code \"12\" is not 16 characters"), kiosk.err());
        assertEquals(ExitCodes.USAGE, kiosk.run("enrol", "--code", "7K3M-Q9XD-2HPA-V8TN", "--ca-fingerprint", "AB:CD",
                "--central", "https://central.example.gov.cn:8443"));
        assertTrue(kiosk.err().contains("CA 指纹格式不对：应为 64 位十六进制，现为 4 位"), kiosk.err());
        assertEquals(ExitCodes.USAGE, kiosk.run("enrol", "--code", "7K3M-Q9XD-2HPA-V8TN"));
        assertTrue(kiosk.err().contains("give --sheet FILE, or all of --code, --ca-fingerprint and --central"),
                kiosk.err());
        assertEquals(ExitCodes.USAGE, kiosk.run("enrol", "--sheet", work.resolve("no-such-sheet.json").toString()));
        assertTrue(kiosk.err().contains("注册单无法读取或内容不完整 / The code sheet cannot be read or is incomplete"
                + " (SHEET_UNREADABLE)"), kiosk.err());
        assertEquals(before, kiosk.snapshot());
    }
}
