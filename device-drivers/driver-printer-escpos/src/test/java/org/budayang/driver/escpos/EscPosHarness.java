package org.budayang.driver.escpos;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.budayang.driver.Device;
import org.budayang.driver.DriverContext;
import org.budayang.driver.DriverSettings;
import org.budayang.driver.escpos.emulator.PrinterEmulator;
import org.budayang.driver.link.LinkLostException;
import org.budayang.driver.link.LinkOpener;
import org.budayang.driver.link.Links;
import org.budayang.driver.op.CancelToken;
import org.budayang.driver.op.Deadline;
import org.budayang.driver.op.Outcome;
import org.budayang.driver.printer.Receipt;
import org.budayang.driver.printer.ReceiptPrinter;
import org.budayang.driver.testkit.DeviceContract;

/**
 * The escpos driver, built by its provider, against the printer emulator over a real {@link Cable}, for the
 * {@link DeviceContract}. The representative operation prints a short receipt under a fresh job id. The status
 * timeout (800 ms) lies between the contract's slow answers (600 ms, which must succeed) and its 1 s deadline.
 */
final class EscPosHarness implements DeviceContract.Harness {
    private static final AtomicInteger JOBS = new AtomicInteger();
    private static final Receipt RECEIPT = Receipt.builder().heading("受理凭证").pair("办件编号", "GA-2026-000123")
            .text("契约测试 contract test").cut().build();

    private final PrinterEmulator emulator = new PrinterEmulator(TextEncoding.GB18030, 48);
    private final Cable cable;

    EscPosHarness(Cable.Kind kind) {
        cable = kind.connect(emulator);
    }

    @Override
    public LinkOpener hostOpener() {
        return Links.opener(DriverSettings.of(Rig.ROLE, cable.hostSettings()));
    }

    @Override
    public Device createDevice(LinkOpener opener) {
        Map<String, String> settings = new HashMap<>(cable.hostSettings());
        settings.put("statusTimeout", "800ms");
        settings.put("printPoll", "300ms");
        EscPosPrinterProvider provider = new EscPosPrinterProvider(checked -> {
            Links.opener(checked);
            return opener;
        }, Links.SETTING_KEYS);
        return provider.create(new DriverContext(Rig.ROLE, DriverSettings.of(Rig.ROLE, settings), Clock.systemUTC()));
    }

    @Override
    public String operationName() {
        return "print";
    }

    @Override
    public Outcome<?> operate(Device device, Deadline deadline, CancelToken cancel) throws LinkLostException {
        return ((ReceiptPrinter) device).print("contract-" + JOBS.incrementAndGet(), RECEIPT, deadline, cancel);
    }

    @Override
    public void unplug() {
        cable.unplug();
    }

    @Override
    public void replug() {
        cable.replug();
    }

    @Override
    public void garbage(byte[] bytes) {
        emulator.sendUnasked(bytes);
    }

    @Override
    public void silent(boolean silent) {
        emulator.silent(silent);
    }

    @Override
    public void slow(Duration delay) {
        emulator.slow(delay);
    }

    @Override
    public void close() {
        try {
            cable.close();
        } finally {
            emulator.close();
        }
    }
}
