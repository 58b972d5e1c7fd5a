package org.budayang.kiosk.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.budayang.api.catalog.ServiceItem;
import org.budayang.central.db.DatabaseConfig;
import org.budayang.driver.escpos.emulator.PrintedReceipt;
import org.budayang.kiosk.identity.ReaderRig;
import org.budayang.kiosk.journal.OutboxState;
import org.budayang.kiosk.service.DeskRig;
import org.budayang.kiosk.ui.flow.FlowState;
import org.budayang.kiosk.ui.shell.Screen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * One citizen, end to end, with nothing doubled on the kiosk's path: the real kiosk window (KioskApplication under
 * Monocle, real robot clicks), the REAL idcard-sam driver reading demo card 1 (张三) from its emulator, the camera
 * whose still is central's own simulated live capture of 张三 (so central's 人证比对 matches), the REAL
 * JournalledServiceDesk against the REAL central in a child JVM (sandbox 社保 department, H2 file), the REAL escpos
 * driver printing into its emulator over TCP, and the outbox delivering the evaluation and the transaction record to
 * central. Item: 社会保险个人权益记录查询 (IDENTIFY, FACE_CHECK, CONFIRM, PRINT to the receipt printer, EVALUATE).
 */
class CitizenFlowEndToEndTest {
    private static final String RIGHTS_RECORD = "社会保险个人权益记录查询";
    /** The title 社保's sandbox gives the record (the receipt's heading). */
    private static final String RECORD_TITLE = "社会保险个人权益记录";

    @RegisterExtension
    static final E2eSession SESSION = new E2eSession(new E2eKiosk.Options(false, false, false, Duration.ofSeconds(15)));
    /** The id central gave the kiosk at enrolment, for the database queries. */
    private static String kioskId;

    @Test
    void aCitizenReadsCardPassesFacePrintsOnceAndCentralGetsOneEvaluationAndOneRecord() throws Exception {
        E2eKiosk kiosk = SESSION.kiosk();
        kioskId = kiosk.central().kioskId();
        ServiceItem item = kiosk.item(RIGHTS_RECORD);
        kiosk.startWithZhangSansCard(item);
        kiosk.faceToCamera();
        kiosk.await("the flow screen after central's 人证比对", () -> kiosk.vm().screenProperty().get() == Screen.FLOW
                && kiosk.vm().flow().status().stateProperty().get() == FlowState.READY);

        kiosk.tap("#flow-next");
        kiosk.rateAndGoHome("VERY_SATISFIED");
        assertFalse(kiosk.vm().identified());
        assertEquals(3, kiosk.taps(), "下一步, 非常满意, 返回首页 after the face: three taps");

        List<PrintedReceipt> receipts = kiosk.receipts().receipts();
        assertEquals(1, receipts.size(), "one receipt out of the slot: " + receipts);
        PrintedReceipt receipt = receipts.get(0);
        assertTrue(receipt.isWhole(), receipt.describe());
        assertTrue(receipt.text().startsWith(RECORD_TITLE), receipt.text());
        assertFalse(receipt.text().contains(ReaderRig.ZHANG_SAN_ID), "the receipt masks the ID number");
        assertEquals(1, receipt.qrCodes().size(), receipt.describe());
        String qr = receipt.qrCodes().get(0).payload();
        assertTrue(qr.startsWith("http"), "the QR decodes to a link: " + qr);

        awaitOutboxSent(kiosk.desk());
        kiosk.closeDesk();
        kiosk.central().close();
        try (Connection db = centralDatabase()) {
            assertEquals(1, count(db, "SELECT COUNT(*) FROM flow_evaluation WHERE kiosk_id = ?"));
            assertEquals(List.of("VERY_SATISFIED|" + item.implementationCode()),
                    rows(db, "SELECT level_name || '|' || item_code FROM flow_evaluation WHERE kiosk_id = ?"));
            assertEquals(1, count(db, "SELECT COUNT(*) FROM flow_transaction WHERE kiosk_id = ?"));
            assertEquals(List.of("COMPLETED|1|" + item.implementationCode() + "|-"), rows(db, "SELECT outcome || '|' "
                    + "|| printed || '|' || item_code || '|' || COALESCE(failure_code, '-') FROM flow_transaction "
                    + "WHERE kiosk_id = ?"));
        }

        List<String> lines = kiosk.log().everything();
        assertFalse(lines.isEmpty(), "the kiosk logged its work");
        for (String line : lines) {
            assertFalse(line.contains(ReaderRig.ZHANG_SAN_ID), "ID number in the log: " + line);
            assertFalse(line.contains("张三"), "name in the log: " + line);
            assertFalse(line.contains("庆阳路"), "address in the log: " + line);
        }
    }

    private static void awaitOutboxSent(DeskRig desk) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (desk.journal.outbox().records(OutboxState.SENT).size() < 2
                || !desk.journal.outbox().records(OutboxState.PENDING).isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the outbox did not deliver within 15 s: sent "
                        + desk.journal.outbox().records(OutboxState.SENT).size() + ", pending "
                        + desk.journal.outbox().records(OutboxState.PENDING).size());
            }
            Thread.sleep(50);
        }
    }

    /** Central's H2 file, opened once central has stopped and released it. */
    private Connection centralDatabase() throws Exception {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(SESSION.dir().resolve("central"))) {
            files = walk.filter(p -> p.getFileName().toString().endsWith(".mv.db")).toList();
        }
        assertEquals(1, files.size(), "central's H2 file: " + files);
        String name = files.get(0).toString();
        DatabaseConfig config = DatabaseConfig.h2File(Path.of(name.substring(0, name.length() - ".mv.db".length())));
        return DriverManager.getConnection(config.jdbcUrl(), config.user(), config.password());
    }

    private static int count(Connection db, String sql) throws Exception {
        return Integer.parseInt(rows(db, sql).get(0));
    }

    private static List<String> rows(Connection db, String sql) throws Exception {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setString(1, kioskId);
            List<String> rows = new ArrayList<>();
            try (ResultSet set = statement.executeQuery()) {
                while (set.next()) {
                    rows.add(set.getString(1));
                }
            }
            return rows;
        }
    }
}
