package org.budayang.kiosk.ui.printing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.budayang.api.catalog.DeviceRole;
import org.budayang.api.catalog.ServiceItem;
import org.budayang.driver.Condition;
import org.budayang.driver.DeviceStatus;
import org.budayang.driver.Health;
import org.budayang.driver.RecommendedAction;
import org.budayang.kiosk.availability.DeviceProblem;
import org.budayang.kiosk.catalog.TestCatalogs;
import org.budayang.kiosk.printing.PrintService;
import org.budayang.kiosk.printing.TestPrinters;
import org.budayang.kiosk.ui.UiFixture;
import org.budayang.kiosk.ui.shell.ShellViewModel;
import org.junit.jupiter.api.Test;

/** 打印一次性告知单 from the guide through the shell's ViewModels, without the toolkit (scripted printer). */
class GuidePrintingTest {
    private final TestPrinters.Scripted printer = TestPrinters.scripted();
    private final UiFixture fx = UiFixture.standard();
    private final ShellViewModel vm;
    private final ServiceItem transfer = TestCatalogs.item(TestCatalogs.MEDICAL_TRANSFER);

    GuidePrintingTest() {
        fx.printing = PrintService.builder().receiptPrinter(printer.device()).background(Runnable::run)
                .fx(Runnable::run).build();
        fx.catalog.refresh();
        vm = new ShellViewModel(fx.context());
        vm.start();
        vm.openDepartment(transfer.department());
        vm.openItem(transfer);
    }

    private void printerStatus(DeviceStatus status) {
        fx.devices.update(DeviceRole.RECEIPT_PRINTER, status);
    }

    @Test
    void theNoticeOfTheShownItemIsPrintedAsItsOwnJob() {
        assertTrue(vm.guide().canPrintNoticeProperty().get());
        vm.printNotice();
        assertEquals(PrintProgressState.PRINTED, vm.printing().stateProperty().get());
        assertEquals("一次性告知单", vm.printing().titleProperty().get());
        String first = vm.printing().jobId();
        vm.printing().close();
        vm.printNotice();
        assertTrue(!first.equals(vm.printing().jobId()), "a second press is a new citizen request");
        assertEquals(List.of(first, vm.printing().jobId()), printer.printedJobIds());
    }

    @Test
    void withoutPaperTheButtonIsOffWithTheReasonAndPressingItPrintsNothing() {
        printerStatus(new DeviceStatus(Health.USER_ERROR, Set.of(Condition.PAPER_OUT), RecommendedAction.CLEAR,
                fx.clock.instant(), "paper end"));
        assertFalse(vm.guide().canPrintNoticeProperty().get());
        assertEquals(Optional.of(DeviceProblem.PAPER_OUT), vm.guide().noticePrinterProperty().get());
        assertFalse(vm.guide().canStartProperty().get(), "the item itself needs the receipt printer");
        vm.printNotice();
        assertEquals(PrintProgressState.IDLE, vm.printing().stateProperty().get());
        assertEquals(List.of(), printer.printedJobIds());

        printerStatus(DeviceStatus.online(fx.clock.instant()));
        assertTrue(vm.guide().canPrintNoticeProperty().get(), "paper back: available again by itself");
        assertEquals(Optional.empty(), vm.guide().noticePrinterProperty().get());
    }

    @Test
    void aKioskWithoutAReceiptPrinterOffersNoNoticeButtonAndNoReasonThatNeverClears() {
        UiFixture bare = UiFixture.standard(); // PrintService.none(): no receipt printer configured
        bare.devices.update(DeviceRole.RECEIPT_PRINTER, DeviceStatus.notConfigured(bare.clock.instant(),
                "no driver configured for receiptPrinter"));
        bare.catalog.refresh();
        ShellViewModel shell = new ShellViewModel(bare.context());
        shell.start();
        shell.openDepartment(transfer.department());
        shell.openItem(transfer);
        assertFalse(shell.guide().receiptPrinterConfigured(), "the view hides the button");
        assertEquals(Optional.empty(), shell.guide().noticePrinterProperty().get(), "and shows no reason");
        assertFalse(shell.guide().canPrintNoticeProperty().get());
        shell.printNotice();
        assertEquals(PrintProgressState.IDLE, shell.printing().stateProperty().get());
        shell.stop();

        assertTrue(vm.guide().receiptPrinterConfigured(), "configured: the button is shown");
        printerStatus(DeviceStatus.offline(fx.clock.instant(), "no answer"));
        assertEquals(Optional.of(DeviceProblem.OFFLINE), vm.guide().noticePrinterProperty().get(),
                "configured but not serving: shown disabled with the reason");
        assertFalse(vm.guide().canPrintNoticeProperty().get());
    }

    @Test
    void theSessionWipeClosesTheFailureScreenAndForgetsTheJob() {
        printer.paperOutOnNextJob();
        vm.printNotice();
        assertEquals(PrintProgressState.FAILED, vm.printing().stateProperty().get());
        vm.wipe();
        assertEquals(PrintProgressState.IDLE, vm.printing().stateProperty().get());
        assertEquals("", vm.printing().jobId());
        assertEquals("", vm.printing().anotherWayLinkProperty().get());
    }
}
