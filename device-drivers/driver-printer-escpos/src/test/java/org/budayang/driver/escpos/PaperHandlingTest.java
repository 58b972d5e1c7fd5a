package org.budayang.driver.escpos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.budayang.driver.Condition;
import org.budayang.driver.DeviceStatus;
import org.budayang.driver.Health;
import org.budayang.driver.RecommendedAction;
import org.budayang.driver.escpos.emulator.PrintedReceipt;
import org.budayang.driver.escpos.emulator.PrinterEmulator.PaperLevel;
import org.budayang.driver.op.CancelToken;
import org.budayang.driver.op.Deadline;
import org.budayang.driver.op.Outcome;
import org.budayang.driver.printer.PrintJob;
import org.budayang.driver.printer.PrintJobState;
import org.budayang.driver.printer.Receipt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Paper out before, during and after a job, the reprint once paper is back (exactly once more), the same job id
 * twice, paper low, cover open and cutter error: the real driver against the emulator over a pty and over TCP.
 */
class PaperHandlingTest {

    private static Receipt receipt(String number) {
        Receipt.Builder builder = Receipt.builder().heading("受理凭证").pair("办件编号", number);
        for (int i = 1; i <= 12; i++) {
            builder.text("第" + i + "项材料：身份证明、申请表、照片各一份，原件核验后退还。");
        }
        return builder.qr("https://zwfw.gansu.gov.cn/bjcx?bjbh=" + number).cut().build();
    }

    @ParameterizedTest
    @EnumSource(CableKind.class)
    void paperOutBeforeTheJobSendsNothingAndTheReprintPrintsOnce(CableKind kind) throws Exception {
        try (Rig rig = new Rig(kind).started()) {
            rig.emulator.paper(PaperLevel.OUT);
            Outcome<PrintJob> refused = rig.print("before-1", receipt("B-1"));
            Outcome.DeviceError<PrintJob> error = assertInstanceOf(Outcome.DeviceError.class, refused);
            assertEquals("PAPER_OUT", error.code());
            PrintJob failed = rig.printer.job("before-1").orElseThrow();
            assertEquals(PrintJobState.FAILED, failed.state());
            assertEquals("PAPER_OUT", failed.failureCode());
            assertEquals(0, failed.attempts(), "nothing was sent");
            assertEquals(0, rig.emulator.buffered(), "nothing waits in the printer");
            DeviceStatus status = rig.printer.status();
            assertEquals(Health.USER_ERROR, status.health());
            assertTrue(status.has(Condition.PAPER_OUT));
            assertEquals(RecommendedAction.CLEAR, status.action());

            rig.emulator.paper(PaperLevel.OK);
            Thread.sleep(100);
            assertEquals(List.of(), rig.emulator.receipts(), "paper back prints nothing by itself");
            Outcome<PrintJob> reprint = rig.print("before-1", receipt("B-1"));
            assertTrue(reprint.isSuccess(), "reprint: " + reprint);
            assertEquals(1, reprint.valueIfSuccess().orElseThrow().attempts());
            assertEquals(1, rig.awaitReceipt(1).number());
            assertEquals(Health.ONLINE, rig.printer.status().health());
        }
    }

    @ParameterizedTest
    @EnumSource(CableKind.class)
    void paperOutDuringTheJobFailsItClearsTheBufferAndTheReprintPrintsExactlyOnceMore(CableKind kind)
            throws Exception {
        try (Rig rig = new Rig(kind).started()) {
            int length = rig.printer.encoder().encode(receipt("D-1")).length;
            rig.emulator.paperOutAfter(length / 2);
            Outcome<PrintJob> stopped = rig.print("during-1", receipt("D-1"));
            Outcome.DeviceError<PrintJob> error = assertInstanceOf(Outcome.DeviceError.class, stopped);
            assertEquals("PAPER_OUT", error.code());
            PrintJob failed = rig.printer.job("during-1").orElseThrow();
            assertEquals(PrintJobState.FAILED, failed.state());
            assertEquals(1, failed.attempts());
            assertTrue(failed.detail().contains("stopped"), failed.detail());
            PrintedReceipt torn = rig.awaitReceipt(1);
            assertEquals(PrintedReceipt.Cut.TORN, torn.cut(), "the half receipt is torn off, not cut");
            assertEquals(0, rig.emulator.buffered(), "the driver cleared the printer's buffer (DLE ENQ 2)");
            assertEquals(Health.USER_ERROR, rig.printer.status().health());

            rig.emulator.paper(PaperLevel.OK);
            Thread.sleep(150);
            assertEquals(1, rig.emulator.receipts().size(), "the rest of the job does not come out later");
            Outcome<PrintJob> reprint = rig.print("during-1", receipt("D-1"));
            assertTrue(reprint.isSuccess(), "reprint: " + reprint);
            assertEquals(2, reprint.valueIfSuccess().orElseThrow().attempts());
            PrintedReceipt whole = rig.awaitReceipt(2);
            assertEquals(PrintedReceipt.Cut.PARTIAL, whole.cut());
            assertTrue(whole.text().contains("第12项材料"), "the reprint is whole");

            Outcome<PrintJob> again = rig.print("during-1", receipt("D-1"));
            assertTrue(again.isSuccess());
            assertEquals(2, again.valueIfSuccess().orElseThrow().attempts(), "a PRINTED job is not sent again");
            Thread.sleep(150);
            assertEquals(2, rig.emulator.receipts().size(), "printed exactly once more");
        }
    }

    @ParameterizedTest
    @EnumSource(CableKind.class)
    void paperOutRightAfterTheJobCountsAsNotPrinted(CableKind kind) throws Exception {
        try (Rig rig = new Rig(kind).started()) {
            int length = rig.printer.encoder().encode(receipt("A-1")).length;
            rig.emulator.paperOutAfter(length);
            Outcome<PrintJob> outcome = rig.print("after-1", receipt("A-1"));
            Outcome.DeviceError<PrintJob> error = assertInstanceOf(Outcome.DeviceError.class, outcome);
            assertEquals("PAPER_OUT", error.code());
            PrintJob failed = rig.printer.job("after-1").orElseThrow();
            assertTrue(failed.detail().startsWith("status after the job"), failed.detail());
            assertEquals(PrintedReceipt.Cut.PARTIAL, rig.awaitReceipt(1).cut(), "it did come off");

            rig.emulator.paper(PaperLevel.OK);
            assertTrue(rig.print("after-1", receipt("A-1")).isSuccess());
            assertEquals(2, rig.awaitReceipt(2).number());
        }
    }

    @ParameterizedTest
    @EnumSource(CableKind.class)
    void theSameJobIdTwiceIsPrintedOnce(CableKind kind) throws Exception {
        try (Rig rig = new Rig(kind).started()) {
            PrintJob first = rig.print("twice-1", receipt("T-1")).valueIfSuccess().orElseThrow();
            PrintJob second = rig.print("twice-1", receipt("T-1")).valueIfSuccess().orElseThrow();
            assertEquals(first, second);
            Thread.sleep(150);
            assertEquals(1, rig.emulator.receipts().size());
        }
    }

    @ParameterizedTest
    @EnumSource(CableKind.class)
    void paperLowIsDegradedAndStillPrints(CableKind kind) throws Exception {
        try (Rig rig = new Rig(kind).started()) {
            rig.emulator.paper(PaperLevel.LOW);
            assertTrue(rig.print("low-1", receipt("L-1")).isSuccess());
            DeviceStatus status = rig.printer.status();
            assertEquals(Health.DEGRADED, status.health());
            assertTrue(status.has(Condition.PAPER_LOW));
            assertEquals(PrintedReceipt.Cut.PARTIAL, rig.awaitReceipt(1).cut());
        }
    }

    @ParameterizedTest
    @EnumSource(CableKind.class)
    void coverOpenAndCutterErrorRefuseTheJobWithTheirCodes(CableKind kind) throws Exception {
        try (Rig rig = new Rig(kind).started()) {
            rig.emulator.coverOpen(true);
            assertEquals("COVER_OPEN", assertInstanceOf(Outcome.DeviceError.class,
                    rig.print("cover-1", receipt("C-1"))).code());
            assertEquals(Health.USER_ERROR, rig.printer.status().health());
            assertTrue(rig.printer.status().has(Condition.COVER_OPEN));
            rig.emulator.coverOpen(false);

            rig.emulator.cutterError(true);
            assertEquals("CUTTER_ERROR", assertInstanceOf(Outcome.DeviceError.class,
                    rig.print("cutter-1", receipt("C-2"))).code());
            assertEquals(Health.HARDWARE_ERROR, rig.printer.status().health());
            assertEquals(RecommendedAction.MAINTENANCE, rig.printer.status().action());
            rig.emulator.cutterError(false);

            assertTrue(rig.printer.refreshStatus(Deadline.in(Rig.PATIENT), CancelToken.none()).isSuccess());
            assertEquals(Health.ONLINE, rig.printer.status().health());
            assertTrue(rig.print("cover-1", receipt("C-1")).isSuccess(), "the refused job prints once cleared");
            assertEquals(1, rig.awaitReceipt(1).number());
        }
    }
}
