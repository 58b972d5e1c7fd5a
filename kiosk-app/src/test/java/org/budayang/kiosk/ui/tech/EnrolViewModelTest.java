package org.budayang.kiosk.ui.tech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.security.cert.CertificateNotYetValidException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLHandshakeException;
import org.budayang.kiosk.core.enrol.EnrolmentException;
import org.budayang.kiosk.core.enrol.KioskEnrolment;
import org.budayang.kiosk.ui.common.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 注册到中心 page's view model without the FX toolkit: the values are checked before any call, the sheet is
 * found on a "USB stick" directory, enrolment runs on an executor the test drives, against a closed port for the
 * unreachable case (the real enrolment against the real central is {@code TechnicianEnrolFxTest}).
 */
class EnrolViewModelTest {
    private static final String FINGERPRINT = "3FA1097C" + "0".repeat(48) + "0B44E291";
    private static final Messages MESSAGES = Messages.load(Locale.SIMPLIFIED_CHINESE);

    @TempDir
    Path dir;
    private final Queue<Runnable> background = new ArrayDeque<>();
    private final AtomicInteger restarts = new AtomicInteger();

    private EnrolViewModel vm(URI centralUrl) {
        return new EnrolViewModel(new KioskEnrolment(dir.resolve("fleet"), Clock.systemUTC(), new SecureRandom()),
                "测试机", centralUrl, MESSAGES, ZoneId.of("Asia/Shanghai"), background::add, Runnable::run,
                restarts::incrementAndGet, new SheetFiles(dir.resolve("media")));
    }

    @Test
    void showsNotEnrolledAndPrefillsTheUrlFromCentralsHost() {
        EnrolViewModel vm = vm(URI.create("http://central.lz.gov.cn:8080"));
        assertTrue(vm.currentProperty().get().startsWith("未注册"), vm.currentProperty().get());
        assertEquals("https://central.lz.gov.cn/api/v1/enrol", vm.urlProperty().get());
        assertEquals(EnrolPhase.EDITING, vm.phaseProperty().get());
    }

    @Test
    void theCodeIsNormalisedAndCheckedBeforeAnyCall() {
        assertEquals("7K3M-Q9XD-2HPA-V8TN", EnrolViewModel.normaliseCode(" 7k3m q9xd-2hpa v8tn "));
        assertNull(EnrolViewModel.normaliseCode("7K3M-Q9XD-2HPA-V8T"), "15 characters");
        assertNull(EnrolViewModel.normaliseCode("7K3M-Q9XD-2HPA-V8TO"), "O is not in central's alphabet");
        EnrolViewModel vm = vm(URI.create("http://127.0.0.1:1"));
        vm.codeProperty().set("7K3M-Q9XD");
        vm.fingerprintProperty().set(FINGERPRINT);
        vm.enrol();
        assertEquals("CODE_FORMAT", vm.errorCodeProperty().get());
        assertEquals("注册码格式不对：“7K3M-Q9XD”应为 16 位（XXXX-XXXX-XXXX-XXXX，数字和除 I、L、O、U 外的字母）",
                vm.messageProperty().get());
        vm.codeProperty().set("7k3mq9xd2hpav8tn");
        vm.fingerprintProperty().set("3F:A1:09");
        vm.enrol();
        assertEquals("FINGERPRINT_FORMAT", vm.errorCodeProperty().get());
        assertEquals("CA 指纹格式不对：应为 64 位十六进制，现为 6 位", vm.messageProperty().get());
        vm.fingerprintProperty().set(FINGERPRINT);
        vm.urlProperty().set("http://127.0.0.1:1/api/v1/enrol");
        vm.enrol();
        assertEquals("URL_FORMAT", vm.errorCodeProperty().get());
        assertEquals("7K3M-Q9XD-2HPA-V8TN", vm.codeProperty().get(), "the code is shown as it will be sent");
        assertTrue(background.isEmpty(), "nothing was sent");
        assertEquals(EnrolPhase.EDITING, vm.phaseProperty().get());
    }

    @Test
    void theFingerprintsFirstAndLastGroupsAreShownForComparison() {
        EnrolViewModel vm = vm(URI.create("http://127.0.0.1:1"));
        assertEquals("", vm.fingerprintGroupsProperty().get());
        vm.fingerprintProperty().set(FINGERPRINT.toLowerCase(Locale.ROOT));
        assertEquals("3F:A1:09:7C … 0B:44:E2:91", vm.fingerprintGroupsProperty().get());
        vm.fingerprintProperty().set(FINGERPRINT.substring(1));
        assertEquals("", vm.fingerprintGroupsProperty().get(), "63 digits: nothing to compare yet");
    }

    @Test
    void theSheetIsFoundOnTheUsbStickOrAtTheTypedPath() throws Exception {
        EnrolViewModel vm = vm(URI.create("http://127.0.0.1:1"));
        vm.readSheet();
        assertEquals("SHEET_NOT_FOUND", vm.errorCodeProperty().get());
        assertTrue(vm.messageProperty().get().startsWith("找不到注册单，请插入 U 盘或输入注册单路径（SHEET_NOT_FOUND）"),
                vm.messageProperty().get());

        Path stick = Files.createDirectories(dir.resolve("media").resolve("kiosk").resolve("TECH"));
        Files.writeString(stick.resolve(SheetFiles.NAME), "{\"code\":\"7K3M-Q9XD-2HPA-V8TN\",\"caFingerprint\":\""
                + FINGERPRINT + "\",\"enrolUrl\":\"https://central.lz.gov.cn:8443/api/v1/enrol\"}",
                StandardCharsets.UTF_8);
        vm.readSheet();
        assertEquals("", vm.errorCodeProperty().get(), vm.messageProperty().get());
        assertEquals("7K3M-Q9XD-2HPA-V8TN", vm.codeProperty().get());
        assertEquals("3F:A1:09:7C", vm.fingerprintProperty().get().substring(0, 11));
        assertEquals("https://central.lz.gov.cn:8443/api/v1/enrol", vm.urlProperty().get());
        assertEquals(stick.resolve(SheetFiles.NAME).toString(), vm.sheetPathProperty().get());

        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"code\":\"7K3M-Q9XD-2HPA-V8TN\"}", StandardCharsets.UTF_8);
        vm.sheetPathProperty().set(broken.toString());
        vm.readSheet();
        assertEquals("SHEET_UNREADABLE", vm.errorCodeProperty().get());
    }

    @Test
    void anUnreachableCentralIsReportedOffTheCallingThreadAndNothingIsStored() throws Exception {
        int closed;
        try (ServerSocket probe = new ServerSocket(0)) {
            closed = probe.getLocalPort();
        }
        EnrolViewModel vm = vm(URI.create("http://127.0.0.1:" + closed));
        vm.codeProperty().set("7K3M-Q9XD-2HPA-V8TN");
        vm.fingerprintProperty().set(FINGERPRINT);
        vm.urlProperty().set("https://127.0.0.1:" + closed + "/api/v1/enrol");
        vm.enrol();
        assertEquals(EnrolPhase.SENDING, vm.phaseProperty().get());
        assertEquals("正在生成密钥 → 发送申请……", vm.progressProperty().get());
        assertThrows(IllegalStateException.class, vm::readSheet, "no reading while it runs");
        assertThrows(IllegalStateException.class, vm::confirmRestart, "no restart before a success");
        background.poll().run();
        assertEquals(EnrolPhase.EDITING, vm.phaseProperty().get());
        assertEquals("CENTRAL_UNREACHABLE", vm.errorCodeProperty().get());
        assertTrue(vm.messageProperty().get().startsWith("无法连接服务中心：请检查网络、注册地址和端口（CENTRAL_UNREACHABLE）\n详情："),
                vm.messageProperty().get());
        assertEquals("", vm.progressProperty().get());
        assertFalse(Files.exists(dir.resolve("fleet").resolve("kiosk.p12")));
        assertEquals(0, restarts.get());
    }

    @Test
    void tlsFailuresAreToldApartFingerprintMismatchAndAWrongClock() {
        SSLHandshakeException pinned = new SSLHandshakeException("certificate_unknown");
        pinned.initCause(new CertificateException("CA_FINGERPRINT_MISMATCH: no certificate the server sent has the CA"
                + " fingerprint of the code sheet"));
        EnrolmentException mismatch = new EnrolmentException("CENTRAL_UNREACHABLE", "TLS failed", pinned);
        assertEquals("CA_FINGERPRINT_MISMATCH", EnrolErrors.code(mismatch));
        assertTrue(EnrolErrors.describe(MESSAGES, mismatch).startsWith("CA 指纹不符"));

        SSLHandshakeException early = new SSLHandshakeException("PKIX path validation failed");
        early.initCause(new CertificateException("validity", new CertificateNotYetValidException("NotBefore: 2026")));
        EnrolmentException clock = new EnrolmentException("CENTRAL_UNREACHABLE", "TLS failed", early);
        assertEquals("CLOCK_WRONG", EnrolErrors.code(clock));
        assertTrue(EnrolErrors.describe(MESSAGES, clock).startsWith("本机时钟可能不正确"));

        EnrolmentException central = new EnrolmentException("ENROLMENT_CODE_EXPIRED", "Central refused /api/v1/enrol");
        assertEquals("注册码已过期，请向运维申请新的注册码（ENROLMENT_CODE_EXPIRED）\n详情：ENROLMENT_CODE_EXPIRED: Central "
                + "refused /api/v1/enrol", EnrolErrors.describe(MESSAGES, central));
        assertTrue(EnrolErrors.describe(MESSAGES, new EnrolmentException("SOMETHING_NEW", "x")).startsWith("注册失败（SOMETHING_NEW）"));
    }
}
