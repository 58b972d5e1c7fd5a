package org.budayang.kiosk.ui.tech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import org.budayang.api.catalog.DeviceRole;
import org.budayang.driver.DeviceStatus;
import org.budayang.driver.Health;
import org.budayang.driver.escpos.TextEncoding;
import org.budayang.driver.escpos.emulator.PrinterEmulator;
import org.budayang.driver.escpos.emulator.PrinterEmulator.PaperLevel;
import org.budayang.driver.link.DeviceEnd;
import org.budayang.driver.printer.ReceiptPrinter;
import org.budayang.driver.runtime.DriverRegistry;
import org.budayang.driver.testkit.LoopbackSockets;
import org.budayang.kiosk.devices.KioskDevices;
import org.budayang.kiosk.ui.UiFixture;
import org.budayang.kiosk.ui.common.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * "已处理（如纸已补充）" in the technician panel's view model, without the FX toolkit: the real {@code escpos} driver
 * (built by the kiosk's device configuration) against the ESC/POS emulator over loopback TCP, its status feeding
 * the device board and the board feeding the panel as in the kiosk; the clearing runs on executors the test
 * controls.
 */
class TechnicianClearingTest {
    private final PrinterEmulator emulator = new PrinterEmulator(TextEncoding.GB18030, 48);
    private final LoopbackSockets cable = LoopbackSockets.open();
    private final DeviceEnd port = DeviceEnd.start("ESC/POS printer emulator", emulator::serve,
            () -> cable.accept(Duration.ofMillis(200)), Duration.ofMillis(10), "tcp " + cable.host() + ":" + cable.port());
    private final Queue<Runnable> background = new ArrayDeque<>();
    private KioskDevices devices;
    private ReceiptPrinter printer;
    private UiFixture fixture;
    private TechnicianViewModel vm;

    @BeforeEach
    void start() throws Exception {
        Map<String, String> settings = new HashMap<>(cable.hostSettings());
        settings.put("statusTimeout", "500ms");
        fixture = UiFixture.create(b -> b.device(DeviceRole.RECEIPT_PRINTER, "escpos", settings));
        devices = KioskDevices.create(fixture.config, Path.of("kiosk-test.properties"), DriverRegistry.builder().build(),
                fixture.devices, Clock.systemUTC());
        printer = devices.receiptPrinter().orElseThrow();
        printer.onStatusChange(status -> fixture.devices.update(DeviceRole.RECEIPT_PRINTER, status));
        printer.open();
        printer.enable();
        fixture.devices.update(DeviceRole.RECEIPT_PRINTER, printer.status());
        vm = new TechnicianViewModel(fixture.catalog, Messages.load(Locale.SIMPLIFIED_CHINESE),
                ZoneId.of("Asia/Shanghai"), "城关区政务服务中心", "620102", URI.create("http://127.0.0.1:1"),
                () -> { }, fixture.devices.snapshot());
        fixture.devices.onChange(vm::showDevices);
        vm.useClearing(new DeviceClearing(role -> role == DeviceRole.RECEIPT_PRINTER ? Optional.of(printer)
                : Optional.empty(), background::add, Runnable::run, Duration.ofSeconds(2)));
    }

    @AfterEach
    void stop() {
        if (devices != null) {
            devices.close();
        }
        if (printer != null) {
            printer.close();
        }
        port.close();
        cable.close();
        emulator.close();
    }

    @Test
    void theButtonIsOfferedWhilePaperIsOutAndPressingItAfterRefillingBringsThePrinterOnline() throws Exception {
        assertFalse(row(DeviceRole.RECEIPT_PRINTER).clearable(), "ONLINE: nothing to clear");

        emulator.paper(PaperLevel.OUT);
        printer.refreshStatus(org.budayang.driver.op.Deadline.in(Duration.ofSeconds(2)),
                org.budayang.driver.op.CancelToken.none()); // the supervisor's next poll
        assertEquals(Health.USER_ERROR, fixture.devices.status(DeviceRole.RECEIPT_PRINTER).health());
        assertTrue(row(DeviceRole.RECEIPT_PRINTER).clearable(), "paper out recommends CLEAR");
        assertTrue(row(DeviceRole.RECEIPT_PRINTER).line().contains("PAPER_OUT"));

        emulator.paper(PaperLevel.OK);
        vm.conditionCleared(DeviceRole.RECEIPT_PRINTER);
        assertEquals(DeviceRole.RECEIPT_PRINTER, vm.clearingProperty().get(), "running off the calling thread");
        assertEquals("凭条打印机：正在让设备重新检查……", vm.clearResultProperty().get());
        vm.conditionCleared(DeviceRole.RECEIPT_PRINTER);
        assertEquals(1, background.size(), "a second press while it runs is ignored");
        runBackground();

        assertNull(vm.clearingProperty().get());
        assertEquals("凭条打印机：已处理，设备现为 ONLINE", vm.clearResultProperty().get());
        assertEquals(Health.ONLINE, fixture.devices.status(DeviceRole.RECEIPT_PRINTER).health(),
                "the board follows from the driver's status listener");
        assertFalse(row(DeviceRole.RECEIPT_PRINTER).clearable(), "the button is gone with the condition");
    }

    @Test
    void pressingWhileThePaperIsStillOutSaysSoAndKeepsTheButton() throws Exception {
        emulator.paper(PaperLevel.OUT);
        printer.refreshStatus(org.budayang.driver.op.Deadline.in(Duration.ofSeconds(2)),
                org.budayang.driver.op.CancelToken.none());

        vm.conditionCleared(DeviceRole.RECEIPT_PRINTER);
        runBackground();

        assertEquals("凭条打印机：设备仍报告 USER_ERROR（PAPER_OUT），请再检查后重试", vm.clearResultProperty().get());
        assertTrue(row(DeviceRole.RECEIPT_PRINTER).clearable());
    }

    @Test
    void aSilentPrinterAndAClosedOneAreReportedNotThrown() throws Exception {
        emulator.paper(PaperLevel.OUT);
        printer.refreshStatus(org.budayang.driver.op.Deadline.in(Duration.ofSeconds(2)),
                org.budayang.driver.op.CancelToken.none());
        emulator.silent(true);
        vm.conditionCleared(DeviceRole.RECEIPT_PRINTER);
        runBackground();
        assertTrue(vm.clearResultProperty().get().startsWith("凭条打印机：设备没有应答（"),
                vm.clearResultProperty().get());
        assertEquals(Health.OFFLINE, fixture.devices.status(DeviceRole.RECEIPT_PRINTER).health());

        // OFFLINE recommends RESET, not CLEAR: no button, and a press (e.g. a stale one) is ignored
        assertFalse(row(DeviceRole.RECEIPT_PRINTER).clearable());
        vm.conditionCleared(DeviceRole.RECEIPT_PRINTER);
        assertTrue(background.isEmpty());

        emulator.silent(false);
        printer.close(); // the supervisor is reopening it, while the panel still shows the last paper out
        fixture.devices.update(DeviceRole.RECEIPT_PRINTER, new DeviceStatus(Health.USER_ERROR,
                java.util.Set.of(org.budayang.driver.Condition.PAPER_OUT), org.budayang.driver.RecommendedAction.CLEAR,
                fixture.clock.instant(), "last seen paper out"));
        vm.conditionCleared(DeviceRole.RECEIPT_PRINTER);
        runBackground();
        assertTrue(vm.clearResultProperty().get().startsWith("凭条打印机：未能处理 [DEVICE_NOT_READY] "),
                vm.clearResultProperty().get());
    }

    @Test
    void aDriverThatThrowsWhileClearingIsReportedAndTheButtonWorksAgain() {
        org.budayang.driver.Device buggy = (org.budayang.driver.Device) java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {org.budayang.driver.Device.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "conditionCleared" -> throw new IllegalArgumentException("a driver bug");
                    case "driverName" -> "buggy";
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        vm.useClearing(new DeviceClearing(role -> role == DeviceRole.DOCUMENT_PRINTER ? Optional.of(buggy)
                : Optional.empty(), background::add, Runnable::run, Duration.ofSeconds(2)));
        fixture.devices.update(DeviceRole.DOCUMENT_PRINTER, new DeviceStatus(Health.USER_ERROR,
                java.util.Set.of(org.budayang.driver.Condition.PAPER_OUT), org.budayang.driver.RecommendedAction.CLEAR,
                fixture.clock.instant(), "queue budayang-pdf: reasons media-empty-error"));
        vm.conditionCleared(DeviceRole.DOCUMENT_PRINTER);
        assertEquals(DeviceRole.DOCUMENT_PRINTER, vm.clearingProperty().get());
        runBackground();
        assertNull(vm.clearingProperty().get(), "the clearing ended although the driver threw");
        assertTrue(vm.clearResultProperty().get().contains("[DRIVER_FAILED]"), vm.clearResultProperty().get());
        assertTrue(row(DeviceRole.DOCUMENT_PRINTER).clearable(), "staff can press it again");
    }

    @Test
    void aRoleWithoutADeviceGetsNoButtonEvenIfItsStatusAsksForClear() {
        fixture.devices.update(DeviceRole.DOCUMENT_PRINTER, new DeviceStatus(Health.USER_ERROR,
                java.util.Set.of(org.budayang.driver.Condition.PAPER_OUT), org.budayang.driver.RecommendedAction.CLEAR,
                fixture.clock.instant(), "queue budayang-pdf: reasons media-empty-error"));
        assertFalse(row(DeviceRole.DOCUMENT_PRINTER).clearable());
        vm.conditionCleared(DeviceRole.DOCUMENT_PRINTER);
        assertTrue(background.isEmpty());
        assertEquals("", vm.clearResultProperty().get());
    }

    private TechnicianViewModel.DeviceRow row(DeviceRole role) {
        List<TechnicianViewModel.DeviceRow> rows = vm.deviceRows().stream().filter(r -> r.role() == role).toList();
        assertEquals(1, rows.size(), "one row per role: " + vm.deviceRows());
        return rows.get(0);
    }

    private void runBackground() {
        while (!background.isEmpty()) {
            background.poll().run();
        }
    }
}
