package org.budayang.kiosk.ui.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
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
import javafx.scene.control.Button;
import org.budayang.api.catalog.DeviceRole;
import org.budayang.api.catalog.Material;
import org.budayang.api.catalog.ServiceItem;
import org.budayang.driver.DeviceStatus;
import org.budayang.driver.Health;
import org.budayang.driver.escpos.TextEncoding;
import org.budayang.driver.escpos.emulator.PrintedReceipt;
import org.budayang.driver.escpos.emulator.PrinterEmulator;
import org.budayang.driver.escpos.emulator.PrinterEmulator.PaperLevel;
import org.budayang.driver.link.DeviceEnd;
import org.budayang.driver.printer.PrintJob;
import org.budayang.driver.runtime.DriverRegistry;
import org.budayang.driver.testkit.LoopbackSockets;
import org.budayang.kiosk.catalog.TestCatalogs;
import org.budayang.kiosk.devices.KioskDevices;
import org.budayang.kiosk.identity.ReaderRig;
import org.budayang.kiosk.printing.GuideLinks;
import org.budayang.kiosk.printing.PrintService;
import org.budayang.kiosk.ui.UiFixture;
import org.budayang.kiosk.ui.printing.QrReading;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Printing through the kiosk's real composition: the {@code device.receiptPrinter.*} configuration resolved by the
 * driver runtime (the real {@code escpos} driver via ServiceLoader, the supervisor feeding the device board) against
 * the ESC/POS printer emulator over a real loopback TCP connection (a network printer's port 9100).
 */
class ReceiptPrintingFxTest extends KioskFxTest {
    private static final ServiceItem TRANSFER = TestCatalogs.item(TestCatalogs.MEDICAL_TRANSFER);

    private final PrinterEmulator emulator = new PrinterEmulator(TextEncoding.GB18030, 48);
    private final LoopbackSockets cable = LoopbackSockets.open();
    private final DeviceEnd port = DeviceEnd.start("ESC/POS printer emulator", emulator::serve,
            () -> cable.accept(Duration.ofMillis(200)), Duration.ofMillis(10), "tcp " + cable.host() + ":" + cable.port());
    private final ExecutorService printerThread = Executors.newSingleThreadExecutor();
    private KioskDevices devices;
    private UiFixture fixture;

    @AfterEach
    void stopDevices() {
        if (devices != null) {
            devices.close();
        }
        printerThread.shutdownNow();
        port.close();
        cable.close();
        emulator.close();
    }

    private void startKioskAtTheGuide() throws Exception {
        Map<String, String> settings = new HashMap<>(cable.hostSettings());
        settings.put("statusTimeout", "800ms");
        settings.put("printPoll", "100ms");
        fixture = UiFixture.create(b -> b.device(DeviceRole.RECEIPT_PRINTER, "escpos", settings));
        fixture.deviceEvents = Platform::runLater;
        devices = KioskDevices.create(fixture.config, Path.of("kiosk-test.properties"), DriverRegistry.builder().build(),
                fixture.devices, Clock.systemUTC(), b -> b.pollInterval(Duration.ofMillis(300)));
        // the item also needs the ID card reader, which has its own integration test: it stands in ONLINE here
        fixture.devices.update(DeviceRole.ID_CARD_READER, DeviceStatus.online(fixture.clock.instant()));
        fixture.printing = PrintService.builder().receiptPrinter(devices.receiptPrinter().orElseThrow())
                .background(printerThread).fx(Platform::runLater).receiptBudget(Duration.ofSeconds(8)).build();
        launch(fixture);
        devices.start();
        ReaderRig.await("the receipt printer ONLINE", () -> fixture.devices.status(DeviceRole.RECEIPT_PRINTER).health()
                == Health.ONLINE, Duration.ofSeconds(5));
        robot.interact(() -> {
            vm().start();
            vm().openDepartment(TRANSFER.department());
            vm().openItem(TRANSFER);
        });
        awaitShowing("可以在本机办理", 5);
    }

    private Button button(String id) {
        return node(id, Button.class);
    }

    @Test
    void paperOutMakesPrinterItemsUnavailableWithTheReasonAndPaperBackRestoresThemByThemselves() throws Exception {
        startKioskAtTheGuide();
        assertFalse(button("#guide-print-notice").isDisabled());

        emulator.paper(PaperLevel.OUT);
        awaitShowing("暂不可办：凭条打印机的打印纸已用完", 5);
        assertTrue(showing("暂不可打印：凭条打印机的打印纸已用完"));
        assertTrue(button("#guide-print-notice").isDisabled());
        assertTrue(button("#guide-start").isDisabled());

        emulator.paper(PaperLevel.LOW);
        ReaderRig.await("paper low reported", () -> fixture.devices.status(DeviceRole.RECEIPT_PRINTER).health()
                == Health.DEGRADED, Duration.ofSeconds(5));
        awaitShowing("可以在本机办理", 5);
        assertFalse(button("#guide-print-notice").isDisabled(), "paper low still prints");

        emulator.coverOpen(true);
        awaitShowing("暂不可办：凭条打印机暂停服务", 5);
        emulator.coverOpen(false);
        emulator.paper(PaperLevel.OK);
        awaitShowing("可以在本机办理", 5);
        assertFalse(button("#guide-print-notice").isDisabled());

        emulator.silent(true);
        awaitShowing("暂不可办：凭条打印机未连接", 8);
        assertTrue(button("#guide-print-notice").isDisabled());
        emulator.silent(false);
        awaitShowing("可以在本机办理", 10);
        assertFalse(button("#guide-print-notice").isDisabled(), "the supervisor reopened it: available by itself");
    }

    @Test
    void paperOutDuringTheJobShowsWhatHappenedOffersTheOtherWaysAndTheRetryPrintsExactlyOnce() throws Exception {
        startKioskAtTheGuide();
        URI guide = GuideLinks.central(fixture.config.centralUrl()).link(TRANSFER);
        emulator.paperOutAfter(400);
        robot.clickOn("#guide-print-notice");
        awaitShowing("打印纸用完了，本次没有打印成功", 10);
        assertEquals("PAPER_OUT", vm().printing().failureCodeProperty().get());
        String jobId = vm().printing().jobId();
        assertTrue(button("#print-retry").isDisabled(), "no retry while the paper is out");
        assertTrue(showing("打印机恢复后即可重新打印"));
        assertEquals(PrintedReceipt.Cut.TORN, emulator.awaitReceipts(1, Duration.ofSeconds(5)).get(0).cut(),
                "half a notice came out and was torn off");

        robot.clickOn("#print-another-way");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(showing("请用手机扫描下方二维码，查看一次性告知单"));
        assertEquals(guide.toString(), QrReading.read(node("#print-qr", javafx.scene.image.ImageView.class)),
                "the QR on screen leads to the item's guide");
        robot.clickOn("#print-help");
        assertTrue(showing("请向现场工作人员求助，或拨打咨询电话：" + TRANSFER.guide().consultationPhone()));

        emulator.paper(PaperLevel.OK);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !button("#print-retry").isDisabled());
        robot.clickOn("#print-retry");
        awaitShowing("打印完成，请取走凭条", 10);
        assertEquals(jobId, vm().printing().jobId(), "the retry is the same job");
        assertEquals(2, devices.receiptPrinter().orElseThrow().job(jobId).map(PrintJob::attempts).orElse(0));

        List<PrintedReceipt> receipts = emulator.awaitReceipts(2, Duration.ofSeconds(5));
        PrintedReceipt whole = receipts.get(1);
        assertTrue(whole.isWhole(), "the reprint is cut, not torn: " + whole);
        assertTrue(whole.text().contains(TRANSFER.name()), whole.describe());
        for (Material m : TRANSFER.guide().materials()) {
            assertTrue(whole.text().replace("\n", "").contains(m.name()), m.name() + " missing:\n" + whole.describe());
        }
        assertEquals(List.of(guide.toString()), whole.qrCodes().stream().map(q -> q.payload()).toList());

        robot.clickOn("#print-back");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(node("#print-progress", javafx.scene.Node.class).isVisible());
        Thread.sleep(300);
        assertEquals(2, emulator.receipts().size(), "printed exactly once more, nothing came out later");
    }
}
