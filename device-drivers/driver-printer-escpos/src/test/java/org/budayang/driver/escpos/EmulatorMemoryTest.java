package org.budayang.driver.escpos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.budayang.driver.printer.Receipt;
import org.budayang.driver.escpos.emulator.PrintedReceipt;
import org.junit.jupiter.api.Test;

/** An emulator left running (the demo, a soak) keeps only its newest receipts in memory but counts them all. */
class EmulatorMemoryTest {
    @Test
    void aBoundedEmulatorKeepsTheNewestReceiptsAndCountsEveryOne() throws Exception {
        try (Rig rig = new Rig(CableKind.TCP).started()) {
            rig.emulator.keepAtMost(2);
            for (int i = 1; i <= 5; i++) {
                Receipt receipt = Receipt.builder().heading("受理凭证").pair("办件编号", "BJ-000" + i).cut().build();
                assertTrue(rig.print("memory-" + i, receipt).isSuccess(), "receipt " + i);
                int printed = i;
                org.budayang.driver.testkit.Await.until("receipt " + i + " counted",
                        () -> rig.emulator.receiptCount() == printed, Rig.PATIENT);
            }
            List<PrintedReceipt> kept = rig.emulator.receipts();
            assertEquals(2, kept.size(), "only the newest two are kept");
            assertTrue(kept.get(0).text().contains("BJ-0004") && kept.get(1).text().contains("BJ-0005"),
                    kept.get(0).text() + " / " + kept.get(1).text());
            assertEquals(5, rig.emulator.receiptCount());
            assertThrows(IllegalArgumentException.class, () -> rig.emulator.keepAtMost(0));
        }
    }
}
