package org.budayang.kiosk.service;

import java.time.Duration;
import java.util.List;
import org.budayang.driver.escpos.TextEncoding;
import org.budayang.driver.escpos.emulator.PrintedReceipt;
import org.budayang.driver.escpos.emulator.PrinterEmulator;
import org.budayang.driver.link.DeviceEnd;
import org.budayang.driver.testkit.LoopbackSockets;

/**
 * The ESC/POS receipt printer emulator on a loopback TCP port (a network printer's 9100), serving one kiosk link
 * after another: when a kiosk process is killed, the next one connects to the same printer, whose printed receipts
 * (what came out of the slot) survive in this JVM.
 */
public final class PrinterRig implements AutoCloseable {
    public final PrinterEmulator emulator = new PrinterEmulator(TextEncoding.GB18030, 48);
    private final LoopbackSockets cable = LoopbackSockets.open();
    private final DeviceEnd end = DeviceEnd.start("ESC/POS printer emulator", emulator::serve,
            () -> cable.accept(Duration.ofMillis(200)), Duration.ofMillis(10), "tcp 127.0.0.1:" + cable.port());

    public int port() {
        return cable.port();
    }

    public List<PrintedReceipt> receipts() {
        return emulator.receipts();
    }

    /** The receipts whose text contains {@code marker}. */
    public List<PrintedReceipt> receiptsWith(String marker) {
        return emulator.receipts().stream().filter(r -> r.text().contains(marker)).toList();
    }

    @Override
    public void close() {
        end.close();
        cable.close();
        emulator.close();
    }
}
