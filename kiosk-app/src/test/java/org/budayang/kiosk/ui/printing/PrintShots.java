package org.budayang.kiosk.ui.printing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.budayang.api.catalog.DeviceRole;
import org.budayang.api.catalog.ServiceItem;
import org.budayang.driver.Condition;
import org.budayang.driver.DeviceStatus;
import org.budayang.driver.Health;
import org.budayang.driver.RecommendedAction;
import org.budayang.kiosk.printing.PrintService;
import org.budayang.kiosk.printing.TestPrinters;
import org.budayang.kiosk.ui.UiFixture;
import org.budayang.kiosk.ui.shell.ShellViewModel;

/**
 * The print screens for {@code ScreenshotTool}: guide with the printer out of paper, 正在打印…, 请取走凭条, and the
 * failure screen (retry waiting, QR and help shown, retry enabled again). Jobs are held until released so that
 * the 正在打印… state can be shot.
 */
public final class PrintShots {
    private final TestPrinters.Scripted printer = TestPrinters.scripted();
    private final List<Runnable> held = new ArrayList<>();

    /** Gives the fixture a printing service whose jobs wait for {@link #release()}; call before building the shell. */
    public PrintShots(UiFixture fixture) {
        fixture.printing = PrintService.builder().receiptPrinter(printer.device()).background(held::add)
                .fx(Runnable::run).build();
    }

    private void release() {
        List<Runnable> now = new ArrayList<>(held);
        held.clear();
        now.forEach(Runnable::run);
    }

    /**
     * @param shot takes a screenshot named by the argument plus the theme/orientation suffix
     */
    public void render(UiFixture fx, ShellViewModel vm, ServiceItem item, Consumer<String> shot) {
        DeviceStatus paperOut = new DeviceStatus(Health.USER_ERROR, Set.of(Condition.PAPER_OUT),
                RecommendedAction.CLEAR, fx.clock.instant(), "paper end");
        vm.goHome();
        vm.openDepartment(item.department());
        vm.openItem(item);
        fx.devices.update(DeviceRole.RECEIPT_PRINTER, paperOut);
        vm.devicesChanged(fx.devices.snapshot());
        shot.accept("guide-paper-out");
        fx.devices.update(DeviceRole.RECEIPT_PRINTER, DeviceStatus.online(fx.clock.instant()));
        vm.devicesChanged(fx.devices.snapshot());
        vm.printNotice();
        shot.accept("print-progress");
        release();
        shot.accept("print-done");
        vm.printing().close();

        printer.paperOutOnNextJob();
        vm.printNotice();
        release();
        fx.devices.update(DeviceRole.RECEIPT_PRINTER, paperOut);
        vm.devicesChanged(fx.devices.snapshot());
        shot.accept("print-failed");
        vm.printing().showAnotherWay();
        vm.printing().callHelp();
        shot.accept("print-failed-qr");
        fx.devices.update(DeviceRole.RECEIPT_PRINTER, DeviceStatus.online(fx.clock.instant()));
        vm.devicesChanged(fx.devices.snapshot());
        shot.accept("print-retry");
        vm.printing().close();
    }
}
