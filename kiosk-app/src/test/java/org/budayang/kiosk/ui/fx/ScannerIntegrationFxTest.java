package org.budayang.kiosk.ui.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.budayang.api.catalog.DeviceRole;
import org.budayang.api.catalog.ServiceItem;
import org.budayang.api.identity.CitizenIdentity;
import org.budayang.driver.DeviceStatus;
import org.budayang.driver.Health;
import org.budayang.driver.qrserial.Probe;
import org.budayang.driver.qrserial.ScanEncoding;
import org.budayang.driver.qrserial.Terminator;
import org.budayang.driver.qrserial.emulator.DemoCodes;
import org.budayang.driver.link.DeviceEnd;
import org.budayang.driver.qrserial.emulator.ScannerEmulator;
import org.budayang.driver.runtime.DriverRegistry;
import org.budayang.driver.testkit.LoopbackSockets;
import org.budayang.kiosk.catalog.TestCatalogs;
import org.budayang.kiosk.devices.KioskDevices;
import org.budayang.kiosk.identity.CameraAccess;
import org.budayang.kiosk.identity.IdCardAccess;
import org.budayang.kiosk.identity.IdentityDevices;
import org.budayang.kiosk.identity.ReaderRig;
import org.budayang.kiosk.identity.ScannerAccess;
import org.budayang.kiosk.identity.SocialCardAccess;
import org.budayang.kiosk.security.LogCapture;
import org.budayang.kiosk.ui.KioskApplication;
import org.budayang.kiosk.ui.UiFixture;
import org.budayang.kiosk.ui.shell.Screen;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * 医保电子凭证 through the real composition: {@code device.qrScanner} configured as the real {@code qr-serial}
 * driver (ServiceLoader, DeviceConfiguration, Supervisor feeding the device board) against the scanner emulator
 * over a loopback TCP connection. A scanner that stops answering its probe goes OFFLINE and its way disappears;
 * a scanned token identifies the citizen as ECTOKEN.
 */
class ScannerIntegrationFxTest extends KioskFxTest {
    private final ScannerEmulator emulator = new ScannerEmulator(Probe.NEWLAND, ScanEncoding.UTF_8, Terminator.CR);
    private final LoopbackSockets cable = LoopbackSockets.open();
    private final ExecutorService scannerThread = Executors.newSingleThreadExecutor();
    private DeviceEnd end;
    private KioskDevices devices;

    @AfterEach
    void stopDevices() {
        if (devices != null) {
            devices.close();
        }
        if (end != null) {
            end.close();
        }
        emulator.close();
        cable.close();
        scannerThread.shutdownNow();
    }

    @Test
    void aScannedVoucherIdentifiesAndASilentScannersWayDisappears() throws Exception {
        end = DeviceEnd.start("QR scanner emulator", emulator::serve, () -> cable.accept(Duration.ofMillis(300)),
                Duration.ofMillis(50), "loopback scanner");
        Map<String, String> settings = new HashMap<>(cable.hostSettings());
        settings.put("probe", "newland");
        settings.put("probe-timeout", "500ms");
        UiFixture fixture = UiFixture.create(b -> b.device(DeviceRole.QR_SCANNER, "qr-serial", settings));
        fixture.deviceEvents = Platform::runLater;
        devices = KioskDevices.create(fixture.config, Path.of("kiosk-test.properties"),
                DriverRegistry.builder().build(), fixture.devices, Clock.systemUTC(),
                b -> b.pollInterval(Duration.ofMillis(500)));
        // no drivers configured for these here: they stand in ONLINE so that the item can be started
        for (DeviceRole role : List.of(DeviceRole.ID_CARD_READER, DeviceRole.DOCUMENT_PRINTER)) {
            fixture.devices.update(role, DeviceStatus.online(fixture.clock.instant()));
        }
        IdentityDevices identity = new IdentityDevices(SocialCardAccess.none(),
                new ScannerAccess(devices.codeScanner().orElseThrow(), scannerThread, Platform::runLater,
                        Duration.ofSeconds(10)),
                CameraAccess.none(), IdentityDevices.none().faceCheck(), Runnable::run, Platform::runLater);
        this.fx = fixture;
        FxToolkit.setupFixture(() -> {
            fixture.catalog.refresh();
            app = new KioskApplication(fixture.context(Duration.ofMillis(400), IdCardAccess.none())
                    .withIdentity(identity), true);
            stage = new javafx.stage.Stage();
            app.start(stage);
        });
        devices.start();
        ReaderRig.await("the scanner ONLINE", () -> fixture.devices.status(DeviceRole.QR_SCANNER).health()
                == Health.ONLINE, Duration.ofSeconds(8));

        ServiceItem item = TestCatalogs.items().stream()
                .filter(i -> i.implementationCode().equals(TestCatalogs.INSURED_CERTIFICATE)).findFirst().orElseThrow();
        robot.interact(() -> {
            vm().start();
            vm().openItem(item);
        });
        robot.clickOn("#guide-start");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> vm().screenProperty().get() == Screen.IDENTIFY);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> wayShown("EC_TOKEN"));

        emulator.silent(true);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !wayShown("EC_TOKEN"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(wayShown("ID_CARD"), "the other ways stay: " + visibleTexts() + " ways "
                + vm().identificationChoice().ways() + " noWay " + vm().identificationChoice().noWayProperty().get()
                + " chosen " + vm().identificationChoice().chosenProperty().get() + " screen "
                + vm().screenProperty().get() + " " + fixture.devices.snapshot());
        emulator.silent(false);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> wayShown("EC_TOKEN"));

        String token = new DemoCodes(7).ectoken();
        try (LogCapture logs = new LogCapture("org.budayang")) {
            robot.clickOn("#way-EC_TOKEN");
            awaitShowing("请打开“医保电子凭证”二维码，对准扫码口", 5);
            emulator.scan("134567890123456789");
            awaitShowing("这不是医保电子凭证。请在医保App、微信或支付宝中打开“医保电子凭证”", 5);
            emulator.scan(token);
            awaitShowing("本事项的自助办理流程即将上线，请按指南准备材料。", 5);
            assertEquals(Screen.GUIDE, vm().screenProperty().get());
            assertEquals(CitizenIdentity.ecToken(token), vm().identification().session().orElseThrow().identity());
            for (String line : logs.everything()) {
                assertFalse(line.contains(token) || line.contains("134567890123456789"),
                        "a log line carries a scanned code: " + line);
            }
        }
        robot.interact(() -> vm().finish());
        assertFalse(visibleTexts().stream().anyMatch(t -> t.contains(token.substring(0, 8))));
    }

    /** Whether the way's button is on the choice screen now. */
    private boolean wayShown(String way) {
        // this test's window only: earlier tests' hidden windows may still hold way buttons
        return robot.from(stage.getScene().getRoot()).lookup("#way-" + way).tryQuery()
                .map(javafx.scene.Node::isVisible).orElse(false)
                && vm().screenProperty().get() == Screen.IDENTIFY;
    }
}
