package org.budayang.kiosk.ui.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.budayang.api.catalog.DeviceRole;
import org.budayang.api.catalog.ServiceItem;
import org.budayang.driver.DeviceStatus;
import org.budayang.driver.Health;
import org.budayang.driver.camerastream.emulator.CameraScenes;
import org.budayang.driver.camerastream.face.OpenCvFaceQualityCheck;
import org.budayang.driver.runtime.DriverRegistry;
import org.budayang.kiosk.catalog.TestCatalogs;
import org.budayang.kiosk.devices.KioskDevices;
import org.budayang.kiosk.identity.CameraAccess;
import org.budayang.kiosk.identity.CitizenSession;
import org.budayang.kiosk.identity.IdentityDevices;
import org.budayang.kiosk.identity.OpenCvData;
import org.budayang.kiosk.identity.ReaderRig;
import org.budayang.kiosk.identity.ScannerAccess;
import org.budayang.kiosk.identity.SocialCardAccess;
import org.budayang.kiosk.security.LogCapture;
import org.budayang.kiosk.ui.KioskApplication;
import org.budayang.kiosk.ui.UiFixture;
import org.budayang.kiosk.ui.shell.Screen;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * 刷脸 through the real composition: {@code device.camera} configured as the real {@code camera-images} driver
 * (ServiceLoader, Supervisor, device board) playing the camera emulator's scenes from a folder, the OpenCV face
 * check on Debian's opencv-data cascade, and the real idcard-sam driver against its emulator for the ID card. Skipped
 * without opencv-data, failed when CI=true.
 */
class CameraIntegrationFxTest extends KioskFxTest {
    private final ExecutorService device = Executors.newSingleThreadExecutor();
    private final ExecutorService cameraWork = Executors.newSingleThreadExecutor();
    private ReaderRig rig;
    private KioskDevices devices;

    @AfterEach
    void stopDevices() {
        if (devices != null) {
            devices.close();
        }
        if (rig != null) {
            rig.close();
        }
        device.shutdownNow();
        cameraWork.shutdownNow();
    }

    @Test
    void theAdviceFollowsTheSceneAndAReadyFaceIsCapturedIntoTheSession(@TempDir Path dir) throws Exception {
        OpenCvData.require();
        Path folder = Files.createDirectories(dir.resolve("camera"));
        CameraScenes.show(folder, CameraScenes.Scene.TOO_FAR);
        rig = new ReaderRig();
        UiFixture fixture = UiFixture.create(b -> b.device(DeviceRole.CAMERA, "camera-images",
                Map.of("folder", folder.toString(), "fps", "10")));
        fixture.deviceEvents = Platform::runLater;
        devices = KioskDevices.create(fixture.config, Path.of("kiosk-test.properties"),
                DriverRegistry.builder().build(), fixture.devices, Clock.systemUTC(),
                b -> b.pollInterval(Duration.ofMillis(500)));
        // the reader is the emulator rig (opened by hand), the printer has no driver here: both stand in ONLINE
        for (DeviceRole role : List.of(DeviceRole.ID_CARD_READER, DeviceRole.DOCUMENT_PRINTER)) {
            fixture.devices.update(role, DeviceStatus.online(fixture.clock.instant()));
        }
        IdentityDevices identity = new IdentityDevices(SocialCardAccess.none(), ScannerAccess.none(),
                new CameraAccess(devices.camera().orElseThrow(), cameraWork, Platform::runLater,
                        CameraAccess.DEFAULT_CAPTURE_BUDGET),
                OpenCvFaceQualityCheck.loadDefault(), cameraWork, Platform::runLater);
        this.fx = fixture;
        FxToolkit.setupFixture(() -> {
            fixture.catalog.refresh();
            app = new KioskApplication(fixture.context(Duration.ofMillis(400), rig.access(device, Platform::runLater))
                    .withIdentity(identity), true);
            stage = new javafx.stage.Stage();
            app.start(stage);
        });
        devices.start();
        ReaderRig.await("the camera ONLINE", () -> fixture.devices.status(DeviceRole.CAMERA).health()
                == Health.ONLINE, Duration.ofSeconds(8));

        ServiceItem item = TestCatalogs.items().stream()
                .filter(i -> i.implementationCode().equals(TestCatalogs.NO_CRIMINAL_RECORD)).findFirst().orElseThrow();
        try (LogCapture logs = new LogCapture("org.budayang")) {
            robot.interact(() -> {
                vm().start();
                vm().openItem(item);
            });
            robot.clickOn("#guide-start");
            robot.clickOn("#way-ID_CARD");
            rig.emulator.place(ReaderRig.ZHANG_SAN);
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> vm().screenProperty().get() == Screen.FACE);
            awaitShowing("请靠近一点", 8);
            assertTrue(robot.lookup("#face-preview").queryAs(javafx.scene.image.ImageView.class).getImage() != null,
                    "the live preview is shown");

            CameraScenes.show(folder, CameraScenes.Scene.TWO_FACES);
            awaitShowing("请只留一人在镜头前", 8);
            CameraScenes.show(folder, CameraScenes.Scene.READY);
            awaitShowing("本事项的自助办理流程即将上线，请按指南准备材料。", 10);
            CitizenSession session = vm().identification().session().orElseThrow();
            assertTrue(session.useFace(jpeg -> {
                assertEquals(0xFF, jpeg[0] & 0xFF);
                assertEquals(0xD8, jpeg[1] & 0xFF, "the still is a JPEG");
            }));
            for (String line : logs.everything()) {
                assertTrue(!line.contains(ReaderRig.ZHANG_SAN_ID) && !line.contains("张三"),
                        "a log line carries personal data: " + line);
            }
            rig.emulator.remove();
            awaitShowing("请触摸屏幕开始", 5);
            assertTrue(session.isWiped(), "the still went with the session");
        }
    }
}
