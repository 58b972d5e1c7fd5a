package org.budayang.kiosk.ui.tech;

import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.budayang.api.catalog.DeviceRole;
import org.budayang.driver.Condition;
import org.budayang.driver.DeviceStatus;
import org.budayang.driver.Health;
import org.budayang.driver.RecommendedAction;
import org.budayang.driver.printer.ReceiptPrinter;
import org.budayang.kiosk.printing.TestPrinters;
import org.budayang.kiosk.ui.UiFixture;
import org.budayang.kiosk.ui.shell.ShellViewModel;

/**
 * The technician panel's "已处理（如纸已补充）" for {@code ScreenshotTool} (call with the panel open): the receipt
 * printer out of paper with the button beside it, then the panel after the press with its result line.
 */
public final class TechnicianShots {
    private TechnicianShots() {
    }

    /** @param shot takes a screenshot named by the argument plus the theme/orientation suffix */
    public static void render(UiFixture fx, ShellViewModel vm, Consumer<String> shot) {
        ReceiptPrinter printer = TestPrinters.scripted().device();
        vm.technician().useClearing(new DeviceClearing(role -> role == DeviceRole.RECEIPT_PRINTER
                ? Optional.of(printer) : Optional.empty(), Runnable::run, Runnable::run, DeviceClearing.DEFAULT_BUDGET));
        fx.devices.update(DeviceRole.RECEIPT_PRINTER, new DeviceStatus(Health.USER_ERROR, Set.of(Condition.PAPER_OUT),
                RecommendedAction.CLEAR, fx.clock.instant(), "DLE EOT 4 = 0x72 (paper end), tcp 127.0.0.1:9100"));
        vm.devicesChanged(fx.devices.snapshot());
        shot.accept("technician-clear");
        vm.technician().conditionCleared(DeviceRole.RECEIPT_PRINTER);
        fx.devices.update(DeviceRole.RECEIPT_PRINTER, printer.status());
        vm.devicesChanged(fx.devices.snapshot());
        shot.accept("technician-cleared");
    }
}
