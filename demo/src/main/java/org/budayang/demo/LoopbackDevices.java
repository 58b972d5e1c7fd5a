package org.budayang.demo;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import org.budayang.driver.escpos.TextEncoding;
import org.budayang.driver.escpos.emulator.PrinterEmulator;
import org.budayang.driver.escpos.emulator.ReceiptFiles;
import org.budayang.driver.escpos.emulator.ReceiptRenderer;
import org.budayang.driver.idcardsam.emulator.ReaderEmulator;
import org.budayang.driver.qrserial.Probe;
import org.budayang.driver.qrserial.ScanEncoding;
import org.budayang.driver.qrserial.Terminator;
import org.budayang.driver.qrserial.emulator.DemoCodes;
import org.budayang.driver.qrserial.emulator.ScannerEmulator;

/** The demo's devices on loopback ports, each an emulator speaking its device's protocol to the real driver. */
final class LoopbackDevices {
    private static final int RECEIPT_COLUMNS = 48;

    private LoopbackDevices() {
    }

    /** The resident ID card reader: the idcard-sam emulator with its demo cards. */
    static LoopbackDevice idCardReader() {
        ReaderEmulator emulator = ReaderEmulator.withDemoCards(20);
        return new LoopbackDevice(new LoopbackDevice.Spec("card", "idCardReader",
                "ID card reader (idcard-sam emulator, " + emulator.cards().size() + " cards)",
                org.budayang.driver.idcardsam.emulator.EmulatorConsole.HELP,
                // look for a card every 300 ms (the driver's default is 1 s): a placed card shows within ~1 s
                Map.of("driver", "idcard-sam", "pollInterval", "300ms"), emulator,
                (command, out) -> new org.budayang.driver.idcardsam.emulator.EmulatorConsole(emulator, out)
                        .execute(command),
                () -> { }));
    }

    /** The QR code scanner (医保电子凭证, payment codes): the qr-serial emulator answering Newland queries. */
    static LoopbackDevice scanner() {
        ScannerEmulator emulator = new ScannerEmulator(Probe.NEWLAND, ScanEncoding.UTF_8, Terminator.CR);
        DemoCodes codes = new DemoCodes(System.nanoTime());
        return new LoopbackDevice(new LoopbackDevice.Spec("scanner", "qrScanner",
                "QR code scanner (qr-serial emulator, Newland commands, UTF-8, CR)",
                org.budayang.driver.qrserial.emulator.EmulatorConsole.HELP,
                Map.of("driver", "qr-serial", "probe", "newland", "terminator", "cr", "encoding", "UTF-8"), emulator,
                (command, out) -> new org.budayang.driver.qrserial.emulator.EmulatorConsole(emulator, codes, out)
                        .execute(command),
                () -> { }));
    }

    /**
     * The receipt printer: the ESC/POS emulator (80 mm, 48 columns, GB18030). Every receipt the kiosk prints is
     * decoded and written to {@code folder} as a PNG and as text, and announced on {@code announce}.
     */
    static LoopbackDevice receiptPrinter(Path folder, PrintWriter announce) {
        PrinterEmulator emulator = new PrinterEmulator(TextEncoding.GB18030, RECEIPT_COLUMNS);
        emulator.keepAtMost(100); // the receipts are on disk (var/demo/receipts); a demo left running must not grow
        ReceiptFiles files = new ReceiptFiles(folder.toAbsolutePath(), new ReceiptRenderer());
        emulator.onReceipt(files);
        emulator.onReceipt(receipt -> {
            announce.println("printer: receipt " + receipt.number() + " printed (" + receipt.cut() + " cut) -> "
                    + files.png(receipt.number()));
            announce.flush();
        });
        return new LoopbackDevice(new LoopbackDevice.Spec("printer", "receiptPrinter",
                "receipt printer (ESC/POS emulator, " + RECEIPT_COLUMNS + " columns, GB18030; receipts to "
                        + folder.toAbsolutePath() + ")",
                org.budayang.driver.escpos.emulator.EmulatorConsole.HELP,
                Map.of("driver", "escpos", "columns", Integer.toString(RECEIPT_COLUMNS), "encoding", "GB18030"),
                emulator,
                (command, out) -> new org.budayang.driver.escpos.emulator.EmulatorConsole(emulator, out)
                        .execute(command),
                files::close));
    }

    /**
     * The bill acceptor: the ITL SSP emulator (six 人民币 channels, acknowledged polling) behind the real cash-ssp
     * driver; {@code cash insert 20} puts a 20 元 note in, {@code cash jam}, {@code cash remove}… script its faults.
     */
    static LoopbackDevice cashAcceptor() {
        org.budayang.driver.cashssp.emulator.AcceptorEmulator emulator =
                new org.budayang.driver.cashssp.emulator.AcceptorEmulator();
        return new LoopbackDevice(new LoopbackDevice.Spec("cash", "cashAcceptor",
                "bill acceptor (cash-ssp emulator, ITL SSP, 1-100 元 notes)",
                org.budayang.driver.cashssp.emulator.EmulatorConsole.HELP,
                Map.of("driver", "cash-ssp"), emulator,
                (command, out) -> new org.budayang.driver.cashssp.emulator.EmulatorConsole(emulator, out)
                        .execute(command),
                () -> { }));
    }
}
