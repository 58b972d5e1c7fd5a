package org.budayang.driver.escpos;

import java.util.concurrent.atomic.AtomicInteger;
import org.budayang.driver.Device;
import org.budayang.driver.escpos.emulator.PrinterEmulator;
import org.budayang.driver.link.LinkLostException;
import org.budayang.driver.link.LinkOpener;
import org.budayang.driver.link.Links;
import org.budayang.driver.op.CancelToken;
import org.budayang.driver.op.Deadline;
import org.budayang.driver.op.Outcome;
import org.budayang.driver.printer.Receipt;
import org.budayang.driver.printer.ReceiptPrinter;
import org.budayang.driver.testkit.CabledHarness;
import org.budayang.driver.testkit.DeviceContract;
import org.budayang.driver.testkit.EmulatorCable;

/**
 * The escpos driver, built by its provider, against the printer emulator over a real {@link EmulatorCable}, for
 * the {@link DeviceContract}. The representative operation prints a short receipt under a fresh job id. The status
 * timeout (800 ms) lies between the contract's slow answers (600 ms, which must succeed) and its 1 s deadline.
 */
final class EscPosHarness extends CabledHarness {
    private static final AtomicInteger JOBS = new AtomicInteger();
    private static final Receipt RECEIPT = Receipt.builder().heading("受理凭证").pair("办件编号", "GA-2026-000123")
            .text("契约测试 contract test").cut().build();

    EscPosHarness(CableKind kind) {
        this(kind, new PrinterEmulator(TextEncoding.GB18030, 48));
    }

    private EscPosHarness(CableKind kind, PrinterEmulator emulator) {
        super(Rig.ROLE, kind.connect(emulator), emulator);
    }

    @Override
    public Device createDevice(LinkOpener opener) {
        return new EscPosPrinterProvider(through(opener), Links.SETTING_KEYS)
                .create(context("statusTimeout", "800ms", "printPoll", "300ms"));
    }

    @Override
    public String operationName() {
        return "print";
    }

    @Override
    public Outcome<?> operate(Device device, Deadline deadline, CancelToken cancel) throws LinkLostException {
        return ((ReceiptPrinter) device).print("contract-" + JOBS.incrementAndGet(), RECEIPT, deadline, cancel);
    }
}
