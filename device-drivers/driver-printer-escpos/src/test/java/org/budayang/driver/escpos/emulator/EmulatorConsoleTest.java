package org.budayang.driver.escpos.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.budayang.driver.escpos.ReceiptEncoder;
import org.budayang.driver.escpos.TextEncoding;
import org.budayang.driver.printer.Receipt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The emulator console's commands change the emulated printer; receipts land in the output directory. */
class EmulatorConsoleTest {

    @Test
    void commandsChangeThePrinterAndBadOnesAreExplained() {
        PrinterEmulator emulator = new PrinterEmulator(TextEncoding.GB18030, 48);
        StringWriter text = new StringWriter();
        EmulatorConsole console = new EmulatorConsole(emulator, new PrintWriter(text, true));
        assertTrue(console.execute("paper low"));
        assertEquals(PrinterEmulator.PaperLevel.LOW, emulator.paperLevel());
        console.execute("paper out");
        assertEquals(0x72, emulator.statusByte(4));
        console.execute("paper ok");
        console.execute("cover open");
        assertEquals(0x16, emulator.statusByte(2));
        console.execute("cover closed");
        console.execute("cutter error");
        assertEquals(0x1A, emulator.statusByte(3));
        console.execute("cutter ok");
        console.execute("silent on");
        assertTrue(emulator.describe().contains("SILENT"));
        console.execute("silent off");
        console.execute("run-out 300");
        assertTrue(emulator.describe().contains("after 300 bytes"), emulator.describe());
        console.execute("paper sideways");
        assertTrue(text.toString().contains("not understood: 'paper sideways'; expected paper low|out|ok"),
                text.toString());
        console.execute("list");
        assertTrue(text.toString().contains("no receipts yet"));
        assertFalse(console.execute("quit"));
    }

    @Test
    void receiptsAreWrittenAsPngAndText(@TempDir Path dir) throws Exception {
        PrinterEmulator emulator = new PrinterEmulator(TextEncoding.GB18030, 32);
        ReceiptFiles files = new ReceiptFiles(dir, new ReceiptRenderer());
        emulator.onReceipt(files);
        byte[] bytes = new ReceiptEncoder(32, TextEncoding.GB18030).encode(Receipt.builder().heading("缴费凭证")
                .pair("金额（元）", "12.50").qr("https://x.cn/p/1").cut().build());
        emulator.receive(bytes, bytes.length);
        files.flush(java.time.Duration.ofSeconds(10));
        assertTrue(Files.size(files.png(1)) > 500, "a PNG was written");
        String decoded = Files.readString(files.text(1));
        assertTrue(decoded.contains("缴费凭证") && decoded.contains("12.50") && decoded.contains("[QR M 6] https://x.cn/p/1"),
                decoded);
        StringWriter text = new StringWriter();
        new EmulatorConsole(emulator, new PrintWriter(text, true)).execute("list");
        assertTrue(text.toString().contains("#1 PARTIAL"), text.toString());
    }
}
