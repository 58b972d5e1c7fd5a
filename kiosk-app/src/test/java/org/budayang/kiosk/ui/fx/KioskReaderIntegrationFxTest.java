package org.budayang.kiosk.ui.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.budayang.api.catalog.DeviceRole;
import org.budayang.driver.Health;
import org.budayang.driver.idcardsam.emulator.ReaderEmulator;
import org.budayang.driver.link.Link;
import org.budayang.driver.link.LinkLostException;
import org.budayang.driver.runtime.DriverRegistry;
import org.budayang.driver.testkit.LoopbackSockets;
import org.budayang.kiosk.catalog.TestCatalogs;
import org.budayang.kiosk.core.config.KioskConfig;
import org.budayang.kiosk.devices.KioskDevices;
import org.budayang.kiosk.identity.IdCardAccess;
import org.budayang.kiosk.identity.ReaderRig;
import org.budayang.kiosk.ui.UiFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The kiosk's real composition for the ID card reader: the device.* configuration resolved by the driver
 * runtime ({@link KioskDevices}: DriverRegistry with ServiceLoader, DeviceConfiguration, Supervisor feeding
 * the device board) and the shell, against the reader emulator over a real loopback TCP connection.
 */
class KioskReaderIntegrationFxTest extends KioskFxTest {
    private final ReaderEmulator emulator = ReaderEmulator.withDemoCards(0);
    private final LoopbackSockets cable = LoopbackSockets.open();
    private final ExecutorService deviceThread = Executors.newSingleThreadExecutor();
    private volatile boolean serving = true;
    private KioskDevices devices;

    private void serveEmulator() {
        Thread acceptor = new Thread(() -> {
            while (serving) {
                try {
                    Link link = cable.accept(Duration.ofMillis(300));
                    emulator.start(link);
                } catch (LinkLostException nobodyYet) {
                    // nobody connected in this slice; listen again
                }
            }
        }, "emulator-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    @AfterEach
    void stopDevices() {
        serving = false;
        if (devices != null) {
            devices.close();
        }
        emulator.close();
        cable.close();
        deviceThread.shutdownNow();
    }

    @Test
    void placeRemoveSilenceAndRecoveryThroughTheRealComposition() throws Exception {
        serveEmulator();
        Map<String, String> settings = new HashMap<>(cable.hostSettings());
        settings.put("pollInterval", "200ms");
        settings.put("commandTimeout", "1s");
        UiFixture fixture = UiFixture.create(b -> b.device(DeviceRole.ID_CARD_READER, "idcard-sam", settings));
        fixture.deviceEvents = Platform::runLater;
        KioskConfig config = fixture.config;
        devices = KioskDevices.create(config, Path.of("kiosk-test.properties"), DriverRegistry.builder().build(),
                fixture.devices, Clock.systemUTC(), b -> b.pollInterval(Duration.ofSeconds(1)));
        // the supervisor reports the roles without a driver NOT_CONFIGURED; the document printer the item below
        // also needs has no driver yet (another issue), so it stands in ONLINE here
        fixture.devices.update(DeviceRole.DOCUMENT_PRINTER, org.budayang.driver.DeviceStatus.online(fixture.clock.instant()));
        launch(fixture, Duration.ofMillis(400), new IdCardAccess(devices.idCardReader().orElseThrow(), deviceThread,
                Platform::runLater, Duration.ofSeconds(5)));
        devices.start();
        ReaderRig.await("the reader ONLINE", () -> fixture.devices.status(DeviceRole.ID_CARD_READER).health()
                == Health.ONLINE, Duration.ofSeconds(5));

        emulator.place(ReaderRig.ZHANG_SAN);
        awaitShowing("张*　620102********0034", 5);
        assertTrue(showing("取走身份证即结束办理"));
        emulator.remove();
        awaitShowing("请触摸屏幕开始", 5);

        // a reader that goes silent while a citizen is identified cannot vouch for the card: the session ends, and
        // whoever places a card once it is back sees their own name, never the previous holder's
        emulator.place(ReaderRig.ZHANG_SAN);
        awaitShowing("张*　620102********0034", 5);
        emulator.silent(true);
        awaitShowing("请触摸屏幕开始", 8);
        emulator.remove();
        emulator.place(2);
        emulator.silent(false);
        awaitShowing("李*英　620103********0049", 8);
        assertTrue(!showing("张*　620102********0034"), "the previous holder is gone");
        emulator.remove();
        awaitShowing("请触摸屏幕开始", 5);

        robot.interact(() -> {
            vm().start();
            vm().openDepartment(TestCatalogs.item(TestCatalogs.RESIDENCE_PROOF).department());
            vm().openItem(TestCatalogs.item(TestCatalogs.RESIDENCE_PROOF));
        });
        assertTrue(vm().guide().canStartProperty().get(), "reader ONLINE: the item can be started");

        emulator.silent(true);
        ReaderRig.await("the reader OFFLINE", () -> fixture.devices.status(DeviceRole.ID_CARD_READER).health()
                == Health.OFFLINE, Duration.ofSeconds(5));
        awaitShowing("暂不可办：身份证阅读器未连接", 5);

        emulator.silent(false);
        long back = System.nanoTime();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> vm().guide().canStartProperty().get());
        long millis = (System.nanoTime() - back) / 1_000_000;
        assertTrue(millis <= 5000, "available again within 5 s, took " + millis + " ms");
        assertEquals(Health.ONLINE, fixture.devices.status(DeviceRole.ID_CARD_READER).health());
    }
}
