package org.budayang.kiosk.ui.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import org.budayang.api.catalog.DeviceRole;
import org.budayang.api.catalog.ServiceItem;
import org.budayang.api.identity.CitizenIdentity;
import org.budayang.driver.DeviceStatus;
import org.budayang.driver.camera.CaptureAdvice;
import org.budayang.driver.testkit.Await;
import org.budayang.kiosk.catalog.TestCatalogs;
import org.budayang.kiosk.identity.CameraAccess;
import org.budayang.kiosk.identity.CitizenSession;
import org.budayang.kiosk.identity.IdCardAccess;
import org.budayang.kiosk.identity.IdentityDevices;
import org.budayang.kiosk.identity.ReaderRig;
import org.budayang.kiosk.identity.ScannerAccess;
import org.budayang.kiosk.identity.SocialCardAccess;
import org.budayang.kiosk.identity.TestDevices;
import org.budayang.kiosk.ui.UiFixture;
import org.budayang.kiosk.ui.shell.Overlay;
import org.budayang.kiosk.ui.shell.Screen;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The identification choice and face capture screens in the kiosk window: the real idcard-sam driver against its
 * emulator for the ID card, in-test devices for the 社保卡 reader, the scanner and the camera until their drivers
 * are merged (then {@code IdentificationDriversFxTest} runs the real ones). Device threads and Platform::runLater
 * as in the kiosk.
 */
class IdentificationChoiceFxTest extends KioskFxTest {
    private final TestDevices.Scanner scanner = new TestDevices.Scanner();
    private final TestDevices.SocialCardReader socialReader = new TestDevices.SocialCardReader();
    private final TestDevices.TestCamera camera = new TestDevices.TestCamera();
    private ReaderRig rig;
    private List<ExecutorService> threads;

    @BeforeEach
    void start() throws Exception {
        rig = new ReaderRig();
        ExecutorService device = Executors.newSingleThreadExecutor();
        ExecutorService scanning = Executors.newSingleThreadExecutor();
        ExecutorService cameraWork = Executors.newSingleThreadExecutor();
        threads = List.of(device, scanning, cameraWork);
        IdentityDevices identity = new IdentityDevices(
                new SocialCardAccess(socialReader, device, Platform::runLater, Duration.ofSeconds(2)),
                new ScannerAccess(scanner, scanning, Platform::runLater, Duration.ofSeconds(10)),
                new CameraAccess(camera, cameraWork, Platform::runLater, Duration.ofSeconds(2)),
                frame -> (frame.argb()[0] & 0xFF) > 150 ? CaptureAdvice.READY : CaptureAdvice.TOO_FAR,
                cameraWork, Platform::runLater);
        launchWith(UiFixture.standard(), rig.access(device, Platform::runLater), identity);
    }

    private void launchWith(UiFixture fixture, IdCardAccess cardReader, IdentityDevices identity) throws Exception {
        this.fx = fixture;
        FxToolkit.setupFixture(() -> {
            fixture.catalog.refresh();
            app = new org.budayang.kiosk.ui.KioskApplication(
                    fixture.context(Duration.ofMillis(400), cardReader).withIdentity(identity), true);
            stage = new javafx.stage.Stage();
            app.start(stage);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stop() {
        rig.close();
        threads.forEach(ExecutorService::shutdownNow);
    }

    private void startItem(String code) {
        ServiceItem item = TestCatalogs.items().stream().filter(i -> i.implementationCode().equals(code))
                .findFirst().orElseThrow();
        robot.interact(() -> {
            vm().start();
            vm().openItem(item);
        });
        robot.clickOn("#guide-start");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void showsExactlyTheWorkingWaysAndAnUnpluggedReadersWayDisappears() {
        startItem(TestCatalogs.INSURED_CERTIFICATE);
        assertEquals(Screen.IDENTIFY, vm().screenProperty().get());
        assertTrue(showing("请选择身份核验方式"));
        assertTrue(showing("正在办理：医保参保凭证打印"));
        assertTrue(showing("身份证"));
        assertTrue(showing("社保卡"));
        assertTrue(showing("医保电子凭证"));

        robot.interact(() -> fx.devices.update(DeviceRole.ID_CARD_READER,
                DeviceStatus.offline(Instant.now(), "no answer on the reader's link")));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(showing("身份证"), "the ID card way disappears with its reader");
        assertTrue(showing("社保卡"));

        robot.interact(() -> {
            fx.devices.update(DeviceRole.SOCIAL_CARD_READER, DeviceStatus.offline(Instant.now(), "unplugged"));
            fx.devices.update(DeviceRole.QR_SCANNER, DeviceStatus.offline(Instant.now(), "unplugged"));
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(showing("现在没有可用的身份核验方式，请呼叫帮办或到人工窗口办理"));
        robot.clickOn("#identify-none-help");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Overlay.HELP, vm().overlayProperty().get());
    }

    @Test
    void aScannedVoucherIdentifiesAsEcToken() {
        startItem(TestCatalogs.INSURED_CERTIFICATE);
        robot.clickOn("#way-EC_TOKEN");
        awaitShowing("请打开“医保电子凭证”二维码，对准扫码口", 5);
        scanner.scan("https://example.gov.cn/some/link/abc");
        awaitShowing("这不是医保电子凭证。请在医保App、微信或支付宝中打开“医保电子凭证”", 5);
        scanner.scan(TestDevices.EC_TOKEN);
        awaitShowing("本事项的自助办理流程即将上线，请按指南准备材料。", 5);
        assertEquals(Screen.GUIDE, vm().screenProperty().get(), "no face check for this item: back at the guide");
        CitizenSession session = vm().identification().session().orElseThrow();
        assertEquals(CitizenIdentity.ecToken(TestDevices.EC_TOKEN), session.identity());
        assertTrue(visibleTexts().stream().noneMatch(t -> t.contains(TestDevices.EC_TOKEN)));
    }

    @Test
    void theIdCardThenTheFaceAndTheStillGoesWithTheSession() {
        startItem(TestCatalogs.NO_CRIMINAL_RECORD);
        assertTrue(showing("＋ 刷脸"));
        robot.clickOn("#way-ID_CARD");
        awaitShowing("请将身份证放在读卡区", 5);
        rig.emulator.place(ReaderRig.ZHANG_SAN);
        awaitShowing("刷脸核验", 5);
        assertEquals(Screen.FACE, vm().screenProperty().get());
        camera.frame(100);
        awaitShowing("请靠近一点", 5);
        robot.clickOn("#face-capture");
        awaitShowing("没有拍好：请靠近一点", 5);
        assertTrue(showing("已试 1 次，共可试 3 次"));
        // READY frames until three checks in a row capture the face; no fixed budget (a loaded CI machine is slow)
        Await.until("the face is captured and the screen leaves FACE", () -> {
            if (vm().screenProperty().get() != Screen.FACE) {
                return true;
            }
            camera.frame(200);
            return false;
        }, Duration.ofSeconds(10));
        awaitShowing("本事项的自助办理流程即将上线，请按指南准备材料。", 5);
        CitizenSession session = vm().identification().session().orElseThrow();
        assertEquals(CitizenIdentity.CertType.IDCARD, session.certType());
        assertTrue(session.hasFace(), "the still is kept with the session, in memory");

        rig.emulator.remove();
        awaitShowing("请触摸屏幕开始", 5);
        assertTrue(session.isWiped(), "taking the card away wipes the identity and the still");
    }

    @Test
    void aSocialSecurityCardReadThroughTheChoiceAndPulledEndsTheSession() {
        startItem(TestCatalogs.INSURANCE_CERTIFICATE);
        robot.clickOn("#way-SOCIAL_CARD");
        awaitShowing("请将社保卡插入读卡口（芯片朝里）", 5);
        socialReader.answer(org.budayang.driver.op.Outcome.success(TestDevices.ZHANG_SAN_CARD));
        socialReader.event(org.budayang.driver.idcard.CardEvent.Type.PLACED);
        awaitShowing("本事项的自助办理流程即将上线，请按指南准备材料。", 5);
        CitizenSession session = vm().identification().session().orElseThrow();
        assertEquals(CitizenIdentity.socialSecurityCard("620102195803150034", "A12345678"), session.identity());
        socialReader.event(org.budayang.driver.idcard.CardEvent.Type.REMOVED);
        awaitShowing("请触摸屏幕开始", 5);
        assertTrue(session.isWiped());
    }
}
