package org.budayang.kiosk.ui.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.budayang.api.fleet.FleetPaths;
import org.budayang.api.json.ApiJson;
import org.budayang.kiosk.core.enrol.KioskCredentials;
import org.budayang.kiosk.core.enrol.KioskEnrolment;
import org.budayang.kiosk.core.enrol.MutualTlsHttpClients;
import org.budayang.kiosk.service.CentralProcess;
import org.budayang.kiosk.ui.UiFixture;
import org.budayang.kiosk.ui.common.Messages;
import org.budayang.kiosk.ui.shell.Overlay;
import org.budayang.kiosk.ui.tech.EnrolPhase;
import org.budayang.kiosk.ui.tech.EnrolViewModel;
import org.budayang.kiosk.ui.tech.SheetFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * 注册到中心 in the technician panel (issue #9) against the REAL central in a child JVM: ops create a code
 * ({@code POST /api/v1/ops/enrolment-codes}), the technician types it (touch keys) with the sheet's fingerprint and
 * URL or reads the sheet from a "USB stick" directory, enrols, and the stored credentials make a mutual-TLS call
 * central accepts; a wrong code and a wrong fingerprint are refused with their codes and store nothing.
 */
class TechnicianEnrolFxTest extends KioskFxTest {
    private static Path centralDir;
    private static CentralProcess central;

    @TempDir
    Path dir;
    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private final AtomicInteger restarts = new AtomicInteger();
    private EnrolViewModel page;

    @BeforeAll
    static void startCentral() throws Exception {
        centralDir = Files.createTempDirectory("tech-enrol-central");
        central = CentralProcess.start(centralDir);
    }

    @AfterAll
    static void stopCentral() throws Exception {
        if (central != null) {
            central.close();
        }
    }

    @AfterEach
    void stopBackground() {
        background.shutdownNow();
    }

    private Path fleet() {
        return dir.resolve("kiosk").resolve("fleet");
    }

    private void openPage() throws Exception {
        launch(UiFixture.standard());
        robot.interact(() -> {
            page = new EnrolViewModel(new KioskEnrolment(fleet(), Clock.systemUTC(), new SecureRandom()), "测试机",
                    central.url(), Messages.load(Locale.SIMPLIFIED_CHINESE), java.time.ZoneId.of("Asia/Shanghai"),
                    background, Platform::runLater, restarts::incrementAndGet, new SheetFiles(dir.resolve("media")));
            vm().technician().useEnrolment(page);
            vm().openPinPad();
            for (char c : UiFixture.DEMO_PIN.toCharArray()) {
                vm().pinPad().digit(c - '0');
            }
            vm().pinPad().submit();
        });
        assertEquals(Overlay.TECHNICIAN, vm().overlayProperty().get());
        robot.clickOn("#tech-enrol");
        assertTrue(showing("注册到中心"));
    }

    private static JsonNode newCode() throws Exception {
        HttpResponse<String> answer = central.ops("/api/v1/ops/enrolment-codes", "{\"regionCode\":\"620102000000\","
                + "\"siteType\":\"政务服务中心\",\"address\":\"城关区测试路 1 号\",\"hostOrganisation\":\"城关区政务服务中心\","
                + "\"contact\":\"值班员 0931-0000000\"}");
        assertEquals(201, answer.statusCode(), answer.body());
        return ApiJson.mapper().readTree(answer.body());
    }

    /** The code on the touch keys, the fingerprint and URL as a hardware keyboard (or a paste) puts them. */
    private void enterSheet(String code, String fingerprint, String url) {
        robot.clickOn("#enrol-code");
        for (char c : code.toCharArray()) {
            robot.clickOn("#enrol-key-" + (c == '-' ? "hyphen" : String.valueOf(c)));
        }
        robot.interact(() -> {
            node("#enrol-fingerprint", TextField.class).setText(fingerprint);
            node("#enrol-url", TextField.class).setText(url);
        });
    }

    /** The page as the technician sees it, for looking at: target/screenshots/NAME.png. */
    private void shot(String name) throws Exception {
        Path out = Files.createDirectories(Path.of("target", "screenshots"));
        robot.interact(() -> org.budayang.kiosk.ui.ScreenshotTool.writePng(stage.getScene(),
                out.resolve(name + ".png")));
    }

    private String message() {
        return node("#enrol-message", Label.class).getText();
    }

    private void awaitPhase(EnrolPhase... phases) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> java.util.Arrays.asList(phases)
                .contains(page.phaseProperty().get()) && !page.phaseProperty().get().running());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void startAndWait() throws Exception {
        robot.clickOn("#enrol-start");
        WaitForAsyncUtils.waitForFxEvents();
        awaitPhase(EnrolPhase.EDITING, EnrolPhase.ENROLLED, EnrolPhase.CONFIRM_REPLACE);
    }

    @Test
    void enrolsWithTheTypedSheetAndTheCertificateWorksForMutualTls() throws Exception {
        openPage();
        assertTrue(node("#enrol-current", Label.class).getText().startsWith("未注册"));
        assertEquals("https://127.0.0.1/api/v1/enrol", node("#enrol-url", TextField.class).getText(),
                "prefilled from central.url's host; the TLS port is not known before the first enrolment");
        JsonNode sheet = newCode();
        String fingerprint = sheet.path("caFingerprint").asText();
        enterSheet(sheet.path("code").asText(), fingerprint.toLowerCase(Locale.ROOT), sheet.path("enrolUrl").asText());
        String groups = node("#enrol-fingerprint-groups", Label.class).getText();
        String colons = fingerprint.replace(":", "").replaceAll("(..)(?!$)", "$1:");
        assertEquals("请与注册单核对首尾：" + colons.substring(0, 11) + " … " + colons.substring(colons.length() - 11),
                groups);

        startAndWait();

        assertEquals(EnrolPhase.ENROLLED, page.phaseProperty().get(), message());
        KioskCredentials stored = KioskCredentials.load(fleet()).orElseThrow();
        assertTrue(stored.kioskId().startsWith("KSK-"), stored.kioskId());
        assertEquals("注册成功：本机终端编号为 " + stored.kioskId() + "。应用需要重启以使用新证书。", message());
        assertTrue(node("#enrol-current", Label.class).getText().startsWith("已注册：终端编号 " + stored.kioskId()));
        HttpClient client = HttpClient.newBuilder().sslContext(MutualTlsHttpClients.sslContext(stored))
                .connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> poll = client.send(HttpRequest.newBuilder(URI.create(stored.apiUrl() + FleetPaths.COMMANDS
                + "?waitSeconds=0")).timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, poll.statusCode(), "central accepts the kiosk's new certificate: " + poll.body());

        shot("technician-enrol-done");
        robot.clickOn("#enrol-restart");
        assertEquals(1, restarts.get(), "the restart hook (KioskMain: EXIT_RESTART) ran once confirmed");
        assertEquals(EnrolPhase.RESTARTING, page.phaseProperty().get());
    }

    @Test
    void aWrongCodeIsRefusedWithItsCodeAndNothingIsStored() throws Exception {
        openPage();
        JsonNode sheet = newCode();
        enterSheet("7K3M-Q9XD-2HPA-V8TN", sheet.path("caFingerprint").asText(), sheet.path("enrolUrl").asText());
        startAndWait();
        assertEquals(EnrolPhase.EDITING, page.phaseProperty().get());
        assertEquals("ENROLMENT_CODE_UNKNOWN", page.errorCodeProperty().get(), message());
        assertTrue(message().startsWith("注册码错误：不是服务中心签发的注册码，请核对注册单（ENROLMENT_CODE_UNKNOWN）"), message());
        assertFalse(Files.exists(fleet()) && Files.list(fleet()).findAny().isPresent(), "nothing stored");

        enterSheetCodeOnly("12");
        robot.clickOn("#enrol-start");
        assertEquals("CODE_FORMAT", page.errorCodeProperty().get(), "checked before any call: " + message());

        // the touch keys type into the field last touched; paths and URLs in lower case
        robot.clickOn("#enrol-sheet-path");
        robot.clickOn("#enrol-key-slash").clickOn("#enrol-key-M").clickOn("#enrol-key-E").clickOn("#enrol-key-delete");
        assertEquals("/m", node("#enrol-sheet-path", TextField.class).getText());
    }

    private void enterSheetCodeOnly(String code) {
        robot.interact(() -> node("#enrol-code", TextField.class).setText(code));
    }

    @Test
    void aFingerprintMismatchIsRefusedAsPossibleInterceptionThenTheSheetFromUsbEnrolsAndReEnrolAsks() throws Exception {
        openPage();
        JsonNode sheet = newCode();
        String right = sheet.path("caFingerprint").asText().replace(":", "");
        String wrong = right.substring(0, 63) + (right.charAt(63) == '0' ? '1' : '0');
        enterSheet(sheet.path("code").asText(), wrong, sheet.path("enrolUrl").asText());
        startAndWait();
        assertEquals("CA_FINGERPRINT_MISMATCH", page.errorCodeProperty().get(), message());
        assertTrue(message().startsWith("CA 指纹不符：连接到的不是注册单上的服务中心，可能存在网络劫持"), message());
        assertFalse(Files.exists(fleet().resolve("kiosk.p12")), "nothing stored");
        shot("technician-enrol-mismatch");

        // the same, unused code from the sheet on the USB stick (found under media/*/)
        Path usb = Files.createDirectories(dir.resolve("media").resolve("TECH-USB"));
        Files.writeString(usb.resolve(SheetFiles.NAME), sheet.toString(), StandardCharsets.UTF_8);
        robot.clickOn("#enrol-read-sheet");
        assertEquals(right.replaceAll("(..)(?!$)", "$1:"), node("#enrol-fingerprint", TextField.class).getText());
        assertTrue(message().startsWith("已读取注册单 "), message());
        startAndWait();
        assertEquals(EnrolPhase.ENROLLED, page.phaseProperty().get(), message());
        KioskCredentials firstCredentials = KioskCredentials.load(fleet()).orElseThrow();
        String first = firstCredentials.kioskId();

        // re-enrolling asks first; 取消 keeps the certificate
        robot.clickOn("#enrol-back");
        robot.clickOn("#tech-enrol");
        assertTrue(node("#enrol-current", Label.class).getText().contains(first));
        JsonNode another = newCode();
        robot.interact(() -> node("#enrol-code", TextField.class).setText(another.path("code").asText()));
        startAndWait();
        assertEquals(EnrolPhase.CONFIRM_REPLACE, page.phaseProperty().get());
        assertTrue(showing("本机已注册。重新注册将生成新密钥并替换现有证书，确定继续吗？"));
        robot.clickOn("#enrol-cancel");
        assertEquals(EnrolPhase.EDITING, page.phaseProperty().get());
        assertEquals(first, KioskCredentials.load(fleet()).orElseThrow().kioskId());
        robot.clickOn("#enrol-start");
        robot.clickOn("#enrol-confirm");
        awaitPhase(EnrolPhase.ENROLLED, EnrolPhase.EDITING);
        assertEquals(EnrolPhase.ENROLLED, page.phaseProperty().get(), message());
        KioskCredentials second = KioskCredentials.load(fleet()).orElseThrow();
        assertFalse(second.certificate().equals(firstCredentials.certificate()), "a new certificate replaced "
                + first + "'s");
    }
}
