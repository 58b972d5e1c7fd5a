package org.budayang.driver.escpos.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A new start of the emulator (the demo's) continues the folder's numbering instead of overwriting receipts. */
class ReceiptFilesTest {

    private static PrintedReceipt receipt(int number, String text) {
        return new PrintedReceipt(number, List.of(new Printed.Line(List.of(new Printed.Run(text, false, false, false,
                false)), 0)), PrintedReceipt.Cut.PARTIAL, 32);
    }

    @Test
    void aSecondStartContinuesAfterTheHighestNumberAndOverwritesNothing(@TempDir Path dir) throws Exception {
        try (ReceiptFiles first = new ReceiptFiles(dir, new ReceiptRenderer())) {
            first.accept(receipt(1, "第一次启动 一号"));
            first.accept(receipt(2, "第一次启动 二号"));
            first.flush(Duration.ofSeconds(10));
            assertEquals(dir.resolve("receipt-0002.txt"), first.text(2));
        }
        Files.writeString(dir.resolve("notes.txt"), "not a receipt");
        try (ReceiptFiles second = new ReceiptFiles(dir, new ReceiptRenderer())) {
            second.accept(receipt(1, "第二次启动 一号"));
            second.flush(Duration.ofSeconds(10));
            assertEquals(dir.resolve("receipt-0003.txt"), second.text(1), "numbering goes on after 0002");
            assertEquals(dir.resolve("receipt-0003.png"), second.png(1));
            assertTrue(Files.readString(second.text(1)).contains("第二次启动 一号"));
        }
        assertTrue(Files.readString(dir.resolve("receipt-0001.txt")).contains("第一次启动 一号"), "kept");
        assertTrue(Files.readString(dir.resolve("receipt-0002.txt")).contains("第一次启动 二号"), "kept");
        assertTrue(Files.size(dir.resolve("receipt-0001.png")) > 100, "the first start's PNG is still there");
    }
}
