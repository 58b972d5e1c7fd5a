package org.budayang.kiosk.ui.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.input.MouseButton;
import org.budayang.api.catalog.DeviceRole;
import org.budayang.api.catalog.ServiceItem;
import org.budayang.driver.DeviceStatus;
import org.budayang.driver.Health;
import org.budayang.driver.escpos.TextEncoding;
import org.budayang.driver.escpos.emulator.PrinterEmulator;
import org.budayang.driver.escpos.emulator.PrinterEmulator.PaperLevel;
import org.budayang.driver.link.DeviceEnd;
import org.budayang.driver.op.CancelToken;
import org.budayang.driver.op.Deadline;
import org.budayang.driver.runtime.DriverRegistry;
import org.budayang.driver.testkit.LoopbackSockets;
import org.budayang.kiosk.catalog.TestCatalogs;
import org.budayang.kiosk.devices.KioskDevices;
import org.budayang.kiosk.identity.ReaderRig;
import org.budayang.kiosk.printing.PrintService;
import org.budayang.kiosk.ui.UiFixture;
import org.budayang.kiosk.ui.tech.DeviceClearing;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * "已处理（如纸已补充）" through the kiosk's real composition: the {@code escpos} driver from the device configuration,
 * supervised, against the ESC/POS emulator over loopback TCP. The supervisor polls only every 10 minutes here, so
 * that nothing but the technician's press brings the printer back: paper out → the panel offers the button →
 * paper in → press → the receipt printer is ONLINE and the guide's print button is enabled again.
 */
class PaperReplacedFxTest extends KioskFxTest {
    private static final ServiceItem TRANSFER = TestCatalogs.item(TestCatalogs.MEDICAL_TRANSFER);

    private final PrinterEmulator emulator = new PrinterEmulator(TextEncoding.GB18030, 48);
    private final LoopbackSockets cable = LoopbackSockets.open();
    private final DeviceEnd port = DeviceEnd.start("ESC/POS printer emulator", emulator::serve,
            () -> cable.accept(Duration.ofMillis(200)), Duration.ofMillis(10), "tcp " + cable.host() + ":" + cable.port());
    private final ExecutorService printerThread = Executors.newSingleThreadExecutor();
    private final ExecutorService deviceThread = Executors.newSingleThreadExecutor();
    private KioskDevices devices;
    private UiFixture fixture;

    @AfterEach
    void stopDevices() {
        if (devices != null) {
            devices.close();
        }
        printerThread.shutdownNow();
        deviceThread.shutdownNow();
        port.close();
        cable.close();
        emulator.close();
    }

    @Test
    void paperOutOffersTheButtonAndPressingItAfterRefillingMakesTheItemPrintableAgain() throws Exception {
        Map<String, String> settings = new HashMap<>(cable.hostSettings());
        settings.put("statusTimeout", "800ms");
        fixture = UiFixture.create(b -> b.device(DeviceRole.RECEIPT_PRINTER, "escpos", settings));
        fixture.deviceEvents = Platform::runLater;
        devices = KioskDevices.create(fixture.config, Path.of("kiosk-test.properties"), DriverRegistry.builder().build(),
                fixture.devices, Clock.systemUTC(), b -> b.pollInterval(Duration.ofMinutes(10)));
        fixture.devices.update(DeviceRole.ID_CARD_READER, DeviceStatus.online(fixture.clock.instant()));
        fixture.printing = PrintService.builder().receiptPrinter(devices.receiptPrinter().orElseThrow())
                .background(printerThread).fx(Platform::runLater).receiptBudget(Duration.ofSeconds(8)).build();
        launch(fixture);
        // what the composition root does with the supervised devices
        robot.interact(() -> vm().technician().useClearing(new DeviceClearing(
                role -> role == DeviceRole.RECEIPT_PRINTER ? devices.receiptPrinter() : Optional.empty(),
                deviceThread, Platform::runLater, DeviceClearing.DEFAULT_BUDGET)));
        devices.start();
        ReaderRig.await("the receipt printer ONLINE", () -> receiptPrinter() == Health.ONLINE, Duration.ofSeconds(5));
        robot.interact(() -> {
            vm().start();
            vm().openDepartment(TRANSFER.department());
            vm().openItem(TRANSFER);
        });
        awaitShowing("可以在本机办理", 5);

        emulator.paper(PaperLevel.OUT);
        // the supervisor's next poll, without waiting 10 minutes for it
        devices.receiptPrinter().orElseThrow().refreshStatus(Deadline.in(Duration.ofSeconds(3)), CancelToken.none());
        awaitShowing("暂不可办：凭条打印机的打印纸已用完", 5);
        assertTrue(button("#guide-print-notice").isDisabled());

        openTechnicianPanel();
        assertTrue(showing("已处理（如纸已补充）"), "the panel offers the button beside the receipt printer");
        assertTrue(showing(lineOf("凭条打印机（receiptPrinter）：USER_ERROR")));

        emulator.paper(PaperLevel.OK); // staff put a new roll in
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        assertEquals(Health.USER_ERROR, receiptPrinter(), "nothing comes back by itself before the press");

        robot.clickOn("#tech-clear-receiptPrinter");
        awaitShowing("凭条打印机：已处理，设备现为 ONLINE", 5);
        assertEquals(Health.ONLINE, receiptPrinter());
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(showing("已处理（如纸已补充）"), "the button is gone with the condition");

        robot.clickOn("#tech-back");
        awaitShowing("可以在本机办理", 5);
        assertFalse(button("#guide-print-notice").isDisabled(), "the guide's print button is enabled again");
    }

    private Health receiptPrinter() {
        return fixture.devices.status(DeviceRole.RECEIPT_PRINTER).health();
    }

    /** The visible text that starts with {@code prefix} (a device line ends with its detail). */
    private String lineOf(String prefix) {
        return visibleTexts().stream().filter(t -> t.startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no line starting '" + prefix + "' in " + visibleTexts()));
    }

    private void openTechnicianPanel() {
        robot.moveTo("#tech-corner").press(MouseButton.PRIMARY);
        WaitForAsyncUtils.sleep(700, TimeUnit.MILLISECONDS);
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        for (char c : UiFixture.DEMO_PIN.toCharArray()) {
            robot.clickOn("#pin-key-" + c);
        }
        robot.clickOn("#pin-submit");
        awaitShowing("维护面板", 5);
    }

    private Button button(String id) {
        return node(id, Button.class);
    }
}
