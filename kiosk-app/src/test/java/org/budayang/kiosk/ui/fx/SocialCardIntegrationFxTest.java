package org.budayang.kiosk.ui.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import org.budayang.api.catalog.ServiceItem;
import org.budayang.api.identity.CitizenIdentity;
import org.budayang.kiosk.catalog.TestCatalogs;
import org.budayang.kiosk.identity.CameraAccess;
import org.budayang.kiosk.identity.CitizenSession;
import org.budayang.kiosk.identity.IdCardAccess;
import org.budayang.kiosk.identity.IdentityDevices;
import org.budayang.kiosk.identity.ScannerAccess;
import org.budayang.kiosk.identity.SocialCardAccess;
import org.budayang.kiosk.identity.SocialCardRig;
import org.budayang.kiosk.security.LogCapture;
import org.budayang.kiosk.ui.KioskApplication;
import org.budayang.kiosk.ui.UiFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * 社保卡 through the real {@code pcsc-sscard} driver over jcardsim's PC/SC terminals with a simulated card: the
 * driver's card watcher sees the card inserted, the kiosk reads it off the FX thread, the citizen is identified as
 * SSCARD, and pulling the card ends the session.
 */
class SocialCardIntegrationFxTest extends KioskFxTest {
    private final ExecutorService device = Executors.newSingleThreadExecutor();
    private SocialCardRig rig;

    @BeforeEach
    void start() throws Exception {
        rig = new SocialCardRig();
        IdentityDevices identity = new IdentityDevices(
                new SocialCardAccess(rig.reader, device, Platform::runLater, SocialCardAccess.DEFAULT_READ_BUDGET),
                ScannerAccess.none(), CameraAccess.none(), IdentityDevices.none().faceCheck(), Runnable::run,
                Platform::runLater);
        UiFixture fixture = UiFixture.standard();
        this.fx = fixture;
        FxToolkit.setupFixture(() -> {
            fixture.catalog.refresh();
            app = new KioskApplication(fixture.context(Duration.ofMillis(400), IdCardAccess.none())
                    .withIdentity(identity), true);
            stage = new javafx.stage.Stage();
            app.start(stage);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stop() {
        rig.close();
        device.shutdownNow();
    }

    @Test
    void anInsertedCardIdentifiesAsSscardAndPullingItEndsTheSession() {
        ServiceItem item = TestCatalogs.items().stream()
                .filter(i -> i.implementationCode().equals(TestCatalogs.INSURANCE_CERTIFICATE)).findFirst()
                .orElseThrow();
        try (LogCapture logs = new LogCapture("org.budayang")) {
            robot.interact(() -> {
                vm().start();
                vm().openItem(item);
            });
            robot.clickOn("#guide-start");
            robot.clickOn("#way-SOCIAL_CARD");
            awaitShowing("请将社保卡插入读卡口（芯片朝里）", 5);

            rig.insert();
            awaitShowing("本事项的自助办理流程即将上线，请按指南准备材料。", 5);
            CitizenSession session = vm().identification().session().orElseThrow();
            assertEquals(CitizenIdentity.socialSecurityCard(SocialCardRig.NUMBER, SocialCardRig.CARD_NUMBER),
                    session.identity());
            assertEquals("张*", session.maskedName());

            robot.clickOn("知道了");
            robot.interact(() -> vm().goHome());
            awaitShowing("拔出社保卡即结束办理", 5);
            assertTrue(showing("张*　620102********0034"));

            rig.remove();
            awaitShowing("请触摸屏幕开始", 5);
            assertTrue(session.isWiped());
            for (String line : logs.everything()) {
                for (String secret : List.of(SocialCardRig.NUMBER, SocialCardRig.CARD_NUMBER, "张三")) {
                    assertFalse(line.contains(secret), "a log line carries card data: " + line);
                }
            }
        }
    }
}
