package org.budayang.kiosk.ui.printing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.budayang.api.catalog.DeviceRole;
import org.budayang.driver.Condition;
import org.budayang.driver.DeviceStatus;
import org.budayang.driver.Health;
import org.budayang.driver.RecommendedAction;
import org.budayang.driver.printer.Receipt;
import org.budayang.kiosk.availability.AvailabilityService;
import org.budayang.kiosk.devices.DeviceBoard;
import org.budayang.kiosk.printing.PrintRequest;
import org.budayang.kiosk.printing.PrintService;
import org.budayang.kiosk.printing.TestPrinters;
import org.budayang.kiosk.ui.common.Messages;
import org.junit.jupiter.api.Test;

/** The print screen's ViewModel without the toolkit, against a scripted printer (never in integration tests). */
class PrintProgressViewModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T02:30:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final URI LINK = URI.create("http://127.0.0.1:8080/api/v1/catalog?item=620102-YB01-QT00052001");
    private static final Receipt RECEIPT = Receipt.builder().heading("一次性告知单").cut().build();
    private static final DeviceStatus PAPER_OUT = new DeviceStatus(Health.USER_ERROR, Set.of(Condition.PAPER_OUT),
            RecommendedAction.CLEAR, CLOCK.instant(), "paper end");

    private final TestPrinters.Scripted printer = TestPrinters.scripted();
    private final DeviceBoard board = new DeviceBoard(CLOCK, Runnable::run);
    private final AvailabilityService availability = AvailabilityService.withDeviceStatuses(CLOCK, () -> true,
            board::status);
    private final PrintProgressViewModel vm = new PrintProgressViewModel(
            PrintService.builder().receiptPrinter(printer.device()).background(Runnable::run).fx(Runnable::run).build(),
            Messages.load(Locale.SIMPLIFIED_CHINESE), availability::deviceProblem);

    PrintProgressViewModelTest() {
        board.update(DeviceRole.RECEIPT_PRINTER, DeviceStatus.online(CLOCK.instant()));
    }

    private void start(String jobId) {
        vm.start(PrintRequest.receipt(jobId, RECEIPT, LINK), "一次性告知单", "0931-12333");
    }

    @Test
    void aGoodPrintSaysTakeYourSlip() {
        List<PrintProgressState> states = new ArrayList<>();
        vm.stateProperty().addListener((obs, old, now) -> states.add(now));
        start("notice-1");
        assertEquals(List.of(PrintProgressState.PRINTING, PrintProgressState.PRINTED), states);
        assertEquals("打印完成，请取走凭条", vm.messageProperty().get());
        assertEquals("一次性告知单", vm.titleProperty().get());
        assertEquals("", vm.anotherWayLinkProperty().get());
        vm.close();
        assertEquals(PrintProgressState.IDLE, vm.stateProperty().get());
    }

    @Test
    void aPrinterDriverThatThrowsEndsThePrintFailedAndTheScreenCanBeClosed() {
        printer.throwOnNextJob();
        start("notice-bug");
        assertEquals(PrintProgressState.FAILED, vm.stateProperty().get(), "not stuck in PRINTING");
        assertEquals("DRIVER_FAILED", vm.failureCodeProperty().get());
        vm.close();
        assertEquals(PrintProgressState.IDLE, vm.stateProperty().get());
        start("notice-bug");
        assertEquals(PrintProgressState.PRINTED, vm.stateProperty().get(), "the same job prints on the retry");
    }

    @Test
    void paperOutShowsWhatHappenedAndTheRetryWaitsForPaperThenPrintsExactlyOnce() {
        printer.paperOutOnNextJob();
        board.update(DeviceRole.RECEIPT_PRINTER, PAPER_OUT);
        start("notice-2");
        assertEquals(PrintProgressState.FAILED, vm.stateProperty().get());
        assertEquals("打印纸用完了，本次没有打印成功", vm.messageProperty().get());
        assertEquals("PAPER_OUT", vm.failureCodeProperty().get());
        assertFalse(vm.retryEnabledProperty().get(), "no retry while the paper is still out");
        assertEquals("打印机恢复后即可重新打印", vm.retryHintProperty().get());
        vm.retry();
        assertEquals(PrintProgressState.FAILED, vm.stateProperty().get(), "a disabled retry does nothing");

        vm.showAnotherWay();
        assertTrue(vm.anotherWayShownProperty().get());
        assertEquals(LINK.toString(), vm.anotherWayLinkProperty().get());
        assertEquals("请用手机扫描下方二维码，查看一次性告知单", vm.anotherWayCaptionProperty().get());
        vm.callHelp();
        assertTrue(vm.helpShownProperty().get());
        assertEquals("请向现场工作人员求助，或拨打咨询电话：0931-12333", vm.helpTextProperty().get());

        board.update(DeviceRole.RECEIPT_PRINTER, DeviceStatus.online(CLOCK.instant()));
        vm.printerChanged();
        assertTrue(vm.retryEnabledProperty().get(), "paper back: retry enabled by itself");
        assertEquals("", vm.retryHintProperty().get());
        vm.retry();
        assertEquals(PrintProgressState.PRINTED, vm.stateProperty().get());
        assertEquals(List.of("notice-2"), printer.printedJobIds(), "the same job id, printed once");
        assertEquals(2, printer.attempts("notice-2"));
    }

    @Test
    void theWipeForgetsEverythingAndCloseWaitsForTheJob() {
        printer.paperOutOnNextJob();
        start("notice-3");
        vm.showAnotherWay();
        IllegalStateException busy = assertThrows(IllegalStateException.class, () -> start("notice-4"));
        assertTrue(busy.getMessage().contains("FAILED") && busy.getMessage().contains("notice-4"), busy.getMessage());
        vm.wipe();
        assertEquals(PrintProgressState.IDLE, vm.stateProperty().get());
        assertEquals("", vm.jobId());
        assertEquals("", vm.anotherWayLinkProperty().get());
        assertEquals("", vm.helpTextProperty().get());
        assertFalse(vm.anotherWayShownProperty().get());
    }

    @Test
    void theStateMachineRefusesJumps() {
        assertFalse(PrintProgressState.IDLE.canMoveTo(PrintProgressState.PRINTED));
        assertFalse(PrintProgressState.IDLE.canMoveTo(PrintProgressState.FAILED));
        assertTrue(PrintProgressState.FAILED.canMoveTo(PrintProgressState.PRINTING));
    }

    @Test
    void theViewModelHoldsNoNodes() {
        List<String> offences = new ArrayList<>();
        for (Field f : PrintProgressViewModel.class.getDeclaredFields()) {
            if (f.getType().getName().startsWith("javafx.scene.")) {
                offences.add(f.getName());
            }
        }
        for (Method m : PrintProgressViewModel.class.getDeclaredMethods()) {
            if (m.getReturnType().getName().startsWith("javafx.scene.")) {
                offences.add(m.getName());
            }
        }
        assertEquals(List.of(), offences);
    }
}
