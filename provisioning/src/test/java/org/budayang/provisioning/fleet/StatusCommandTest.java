package org.budayang.provisioning.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.budayang.api.json.ApiJson;
import org.budayang.kiosk.core.enrol.KioskCredentials;
import org.budayang.provisioning.ProvisionCli;
import org.budayang.provisioning.cli.ExitCodes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code status} and the self-test report's delivery against the REAL central in this JVM over mutual TLS: what
 * central sees of the kiosk with its warnings (no heartbeat, no self-test, a clock off central's), as lines and as
 * JSON; a report that cannot be sent stays on the kiosk and {@code status --send-selftest} sends it later.
 */
class StatusCommandTest {
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

    private static TestKiosk enrolled(String name) throws Exception {
        TestKiosk kiosk = new TestKiosk(work.resolve(name));
        JsonNode sheet = central.newCode();
        int exit = kiosk.run("enrol", "--code", sheet.path("code").asText(), "--ca-fingerprint",
                sheet.path("caFingerprint").asText().toLowerCase(Locale.ROOT), "--central", central.tlsUrl());
        assertEquals(ProvisionCli.EXIT_OK, exit, kiosk.both());
        return kiosk;
    }

    @Test
    void statusShowsWhatCentralSeesWithItsWarningsAsLinesAndAsJson() throws Exception {
        TestKiosk kiosk = enrolled("kiosk-a");
        assertTrue(kiosk.out().contains("[注意 WARN] 尚未运行自检，没有报告可发送 / no self-test was run yet, so no report"
                + " was sent: run 'budayang provision selftest'"), kiosk.out());
        String id = kiosk.credentials().kioskId();

        assertEquals(ProvisionCli.EXIT_OK, kiosk.run("status"), kiosk.both());

        String out = kiosk.out();
        assertTrue(out.contains("不打烊 终端状态 / Budayang kiosk status: " + id + " @ " + central.tlsUrl()), out);
        assertTrue(out.contains("[信息 INFO] 终端 Kiosk: " + id + " 「城关区测试银行网点」 (ACTIVE)"), out);
        assertTrue(out.contains("[信息 INFO] 站点 Site: 620102000000 · "), out);
        assertTrue(out.contains("[通过 OK  ] 证书有效期至 Certificate valid until: " + StatusReport.time(
                kiosk.credentials().certificate().getNotAfter().toInstant())), out);
        assertTrue(out.contains("[注意 WARN] 中心尚未收到心跳 / central has no heartbeat of this kiosk yet"), out);
        assertTrue(out.contains("[通过 OK  ] 无未处理告警 / no open alerts"), out);
        assertTrue(out.contains("[信息 INFO] 待执行命令 Pending commands: 0"), out);
        assertTrue(out.contains("[注意 WARN] 中心没有本机的自检报告 / central has no self-test report of this kiosk"), out);
        assertTrue(out.contains("[通过 OK  ] 时钟差（中心 − 本机） Clock difference central − kiosk: "), out);

        central.clock.move(Duration.ofSeconds(125));
        try {
            assertEquals(ProvisionCli.EXIT_OK, kiosk.run("status"), kiosk.both());
        } finally {
            central.clock.move(Duration.ZERO);
        }
        assertTrue(kiosk.out().contains("[注意 WARN] 本机时钟与中心相差 +12"), kiosk.out());

        assertEquals(ProvisionCli.EXIT_OK, kiosk.run("status", "--json"), kiosk.both());
        JsonNode json = ApiJson.mapper().readTree(kiosk.out());
        assertEquals("budayang.status/1", json.path("schema").asText());
        assertTrue(json.path("ok").asBoolean());
        assertEquals(id, json.path("kioskId").asText());
        assertEquals(id, json.path("self").path("kioskId").asText());
        List<String> warnings = new ArrayList<>();
        json.path("warnings").forEach(w -> warnings.add(w.asText()));
        assertEquals(List.of("NO_HEARTBEAT", "NO_SELFTEST"), warnings);
        assertTrue(Math.abs(json.path("clockOffsetMillis").asLong()) < 60_000, json.toString());
    }

    @Test
    void aReportThatCannotBeSentIsKeptAndSentByStatusSendSelftest() throws Exception {
        TestKiosk kiosk = enrolled("kiosk-b");
        KioskCredentials real = kiosk.credentials();
        int closed;
        try (ServerSocket free = new ServerSocket(0)) {
            closed = free.getLocalPort();
        }
        // central "moves away": the stored URL now points at a closed port
        new KioskCredentials(real.kioskId(), URI.create("https://127.0.0.1:" + closed), real.key(), real.chain(),
                real.ca()).store(kiosk.fleet(), new SecureRandom());

        assertEquals(ProvisionCli.EXIT_OK, kiosk.run("selftest"), "the devices passed: " + kiosk.both());
        assertTrue(kiosk.out().contains("[注意 WARN] 自检报告未能发送，已保留在本机，下次 enrol、selftest 或 status --send-selftest"
                + " 时再发送 / self-test report not sent; kept in " + kiosk.selftestLast()), kiosk.out());
        assertTrue(kiosk.out().contains("cannot reach central at host 127.0.0.1, port " + closed), kiosk.out());
        assertTrue(Files.exists(kiosk.selftestLast()));
        Instant ranAt = Instant.parse(ApiJson.mapper().readTree(kiosk.selftestLast().toFile()).path("at").asText());

        assertEquals(ExitCodes.CENTRAL, kiosk.run("status"), kiosk.both());
        assertTrue(kiosk.out().contains("[失败 FAIL] 无法连接服务中心 / central unreachable: cannot reach central at host"
                + " 127.0.0.1, port " + closed + " (GET /api/v1/kiosks/self): Connect to https://127.0.0.1:" + closed
                + " failed: Connection refused (CENTRAL_UNREACHABLE)"), kiosk.out());

        real.store(kiosk.fleet(), new SecureRandom());
        assertEquals(ProvisionCli.EXIT_OK, kiosk.run("status"), kiosk.both());
        assertTrue(kiosk.out().contains("[注意 WARN] 本机最新的自检报告尚未送达中心 / the newest report on this kiosk (ran "
                + StatusReport.time(ranAt) + ") has not reached central: run status --send-selftest"), kiosk.out());

        for (int time = 0; time < 2; time++) {
            // the second time central recognises the same report by its Idempotency-Key
            assertEquals(ProvisionCli.EXIT_OK, kiosk.run("status", "--send-selftest"), kiosk.both());
            assertTrue(kiosk.out().contains("[通过 OK  ] 自检报告已发送到服务中心 / self-test report sent to central as "
                    + real.kioskId()), kiosk.out());
            assertTrue(kiosk.out().contains("[通过 OK  ] 中心的最近自检 Last self-test at central: ran "
                    + StatusReport.time(ranAt) + ", 1 checked, all passed"), kiosk.out());
            assertFalse(kiosk.out().contains("尚未送达中心"), kiosk.out());
        }
    }

    @Test
    void aKioskNotEnrolledIsToldSoWithItsOwnExitCode() throws Exception {
        TestKiosk kiosk = new TestKiosk(work.resolve("kiosk-c"));

        assertEquals(ExitCodes.ENROLMENT, kiosk.run("status"), kiosk.both());
        assertTrue(kiosk.out().contains("[失败 FAIL] 未注册：本机尚未注册到服务中心 / not enrolled: no credentials in "
                + kiosk.fleet()), kiosk.out());

        assertEquals(ExitCodes.ENROLMENT, kiosk.run("status", "--json"), kiosk.both());
        JsonNode json = ApiJson.mapper().readTree(kiosk.out());
        assertFalse(json.path("ok").asBoolean());
        assertEquals("NOT_ENROLLED", json.path("code").asText());
        assertFalse(Files.exists(kiosk.dataDir()), "status writes nothing");
    }
}
