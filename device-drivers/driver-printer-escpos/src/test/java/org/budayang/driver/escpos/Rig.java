package org.budayang.driver.escpos;

import java.time.Duration;
import org.budayang.driver.escpos.emulator.PrinterEmulator;
import org.budayang.driver.escpos.emulator.PrintedReceipt;
import org.budayang.driver.link.LinkLostException;
import org.budayang.driver.op.CancelToken;
import org.budayang.driver.op.Deadline;
import org.budayang.driver.op.Outcome;
import org.budayang.driver.printer.PrintJob;
import org.budayang.driver.printer.Receipt;
import org.budayang.driver.testkit.EmulatorCable;

/**
 * The real escpos driver, built by its provider from settings, against the printer emulator over a real cable.
 * Status timeout 800 ms, status poll while printing 100 ms.
 */
final class Rig implements AutoCloseable {
    static final String ROLE = "receiptPrinter";
    static final Duration PATIENT = Duration.ofSeconds(5);

    final PrinterEmulator emulator;
    final EmulatorCable cable;
    final EscPosPrinter printer;

    Rig(CableKind kind, TextEncoding encoding, int columns) {
        emulator = new PrinterEmulator(encoding, columns);
        cable = kind.connect(emulator);
        printer = (EscPosPrinter) new EscPosPrinterProvider().create(cable.driverContext(ROLE,
                "encoding", encoding.settingName(), "columns", Integer.toString(columns), "statusTimeout", "800ms",
                "printPoll", "100ms"));
    }

    Rig(CableKind kind) {
        this(kind, TextEncoding.GB18030, 48);
    }

    Rig started() throws LinkLostException {
        printer.open();
        printer.enable();
        return this;
    }

    Outcome<PrintJob> print(String id, Receipt receipt) throws LinkLostException {
        return printer.print(id, receipt, Deadline.in(PATIENT), CancelToken.none());
    }

    PrintedReceipt awaitReceipt(int number) throws InterruptedException {
        var receipts = emulator.awaitReceipts(number, PATIENT);
        if (receipts.size() < number) {
            throw new AssertionError("receipt " + number + " did not come off; the emulator has " + receipts);
        }
        return receipts.get(number - 1);
    }

    @Override
    public void close() {
        printer.close();
        cable.close();
        emulator.close();
    }
}
