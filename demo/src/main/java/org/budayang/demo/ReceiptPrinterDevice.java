package org.budayang.demo;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.budayang.driver.escpos.TextEncoding;
import org.budayang.driver.escpos.emulator.EmulatorConsole;
import org.budayang.driver.escpos.emulator.PrinterEmulator;
import org.budayang.driver.escpos.emulator.ReceiptFiles;
import org.budayang.driver.escpos.emulator.ReceiptRenderer;
import org.budayang.driver.link.DeviceEnd;

/**
 * The receipt printer: the ESC/POS emulator (80 mm, 48 columns, GB18030). Every receipt the kiosk prints is decoded
 * and written to the receipts folder as a PNG and as text, and announced on the console.
 */
final class ReceiptPrinterDevice extends LoopbackDevice {
    private static final int COLUMNS = 48;

    private final PrinterEmulator emulator = new PrinterEmulator(TextEncoding.GB18030, COLUMNS);
    private final ReceiptFiles files;
    private final Path folder;

    ReceiptPrinterDevice(Path folder, PrintWriter announce) {
        this.folder = folder.toAbsolutePath();
        this.files = new ReceiptFiles(this.folder, new ReceiptRenderer());
        emulator.onReceipt(files);
        emulator.onReceipt(receipt -> {
            announce.println("printer: receipt " + receipt.number() + " printed (" + receipt.cut() + " cut) -> "
                    + files.png(receipt.number()));
            announce.flush();
        });
    }

    @Override
    public String word() {
        return "printer";
    }

    @Override
    public String role() {
        return "receiptPrinter";
    }

    @Override
    public String summary() {
        return "receipt printer (ESC/POS emulator, " + COLUMNS + " columns, GB18030; receipts to " + folder + ") "
                + where();
    }

    @Override
    public String help() {
        return EmulatorConsole.HELP;
    }

    @Override
    public void execute(String command, PrintWriter out) {
        new EmulatorConsole(emulator, out).execute(command);
    }

    @Override
    protected String label() {
        return "ESC/POS printer emulator";
    }

    @Override
    protected DeviceEnd.Service service() {
        return emulator::serve;
    }

    @Override
    protected Map<String, String> driverSettings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("driver", "escpos");
        settings.put("columns", Integer.toString(COLUMNS));
        settings.put("encoding", "GB18030");
        return settings;
    }

    @Override
    protected void closeEmulator() {
        files.close();
        emulator.close();
    }
}
