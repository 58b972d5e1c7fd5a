package org.budayang.kiosk.ui.tech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.budayang.api.catalog.DeviceRole;
import org.budayang.api.fleet.FleetPaths;
import org.budayang.api.fleet.SelftestUpload;
import org.budayang.api.json.ApiJson;
import org.budayang.driver.Health;
import org.budayang.driver.escpos.emulator.PrinterEmulator.PaperLevel;
import org.budayang.kiosk.identity.ReaderRig;
import org.budayang.kiosk.journal.Journal;
import org.budayang.kiosk.journal.JournalSettings;
import org.budayang.kiosk.journal.OutboxRecord;
import org.budayang.kiosk.journal.OutboxState;
import org.budayang.kiosk.ui.common.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 设备自检 without the FX toolkit: provisioning's self-test run by the page's view model on the kiosk's own devices
 * (the real idcard-sam and escpos drivers, opened by the kiosk's supervisor, each against its emulator on a socat
 * pty), the technician's hand played by the test (a card placed when the page asks for it), the report on disk and
 * in the journal's outbox for central.
 */
class SelftestViewModelTest {
    @TempDir
    Path dataDir;
    private PanelRig rig;
    private Journal journal;
    private final java.util.concurrent.atomic.AtomicInteger wakes = new java.util.concurrent.atomic.AtomicInteger();

    @AfterEach
    void stop() {
        if (rig != null) {
            rig.close();
        }
        if (journal != null) {
            journal.close();
        }
    }

    private SelftestViewModel page(SelftestSender uploads, Duration handTime) {
        rig = new PanelRig(dataDir, true);
        return new SelftestViewModel(rig.devices::device, "城关区政务服务中心", new SelftestFiles(dataDir), uploads,
                "0.1.0-test", Messages.load(Locale.SIMPLIFIED_CHINESE), Clock.systemUTC(), handTime, rig.background,
                rig.fx);
    }

    private SelftestSender outbox() throws Exception {
        journal = Journal.open(new JournalSettings(Files.createDirectories(dataDir.resolve("journal")),
                Duration.ofDays(7)), Clock.systemUTC());
        return SelftestSender.outbox(journal.outbox(), wakes::incrementAndGet);
    }

    private static SelftestViewModel.Row row(SelftestViewModel vm, DeviceRole role) {
        return vm.rows().stream().filter(r -> r.role() == role).findFirst().orElseThrow();
    }

    @Test
    void everyConfiguredDeviceIsExercisedOnTheKiosksOwnLinkAndTheReportIsSavedAndQueuedForCentral() throws Exception {
        SelftestViewModel vm = page(outbox(), Duration.ofSeconds(15));
        assertEquals(List.of(DeviceRole.ID_CARD_READER, DeviceRole.RECEIPT_PRINTER),
                vm.rows().stream().map(SelftestViewModel.Row::role).toList(), "the configured roles, in role order");
        assertEquals("本机配置了 2 台设备。按“开始自检”逐台测试，需要操作时本页会提示。", vm.promptProperty().get());

        vm.start();
        assertEquals(SelftestPhase.RUNNING, vm.phaseProperty().get());
        askedForACard(vm);
        assertEquals("Place an ID card on the reader", vm.promptEnProperty().get());
        assertEquals("第 1 项 / 共 2 项：身份证阅读器", vm.progressProperty().get());
        assertEquals(SelftestViewModel.RowState.TESTING, row(vm, DeviceRole.ID_CARD_READER).state());
        rig.reader.place(ReaderRig.ZHANG_SAN);
        rig.await("the self-test done", () -> vm.phaseProperty().get() == SelftestPhase.DONE);

        SelftestViewModel.Row reader = row(vm, DeviceRole.ID_CARD_READER);
        assertEquals(SelftestViewModel.RowState.PASSED, reader.state(), reader.line());
        assertTrue(reader.line().startsWith("身份证阅读器（idcard-sam）：read an ID card　型号/固件：SAM "), reader.line());
        SelftestViewModel.Row printer = row(vm, DeviceRole.RECEIPT_PRINTER);
        assertEquals(SelftestViewModel.RowState.PASSED, printer.state(), printer.line());
        assertTrue(printer.line().contains("print a test receipt　型号/固件：DLE EOT"), printer.line());
        assertEquals("自检完成：全部通过", vm.promptProperty().get());
        assertEquals("共 2 项：2 项通过，0 项未通过，0 项跳过。\n报告已保存：" + dataDir.resolve("provisioning")
                .resolve("selftest-last.pdf") + "（同目录下有 JSON）\n报告已加入发送队列，联网后送达服务中心。",
                vm.summaryProperty().get());
        assertTrue(rig.printer.awaitReceipts(1, Duration.ofSeconds(5)).get(0).text().contains("打印正常 Printer OK"));
        assertEquals(1, PanelRig.openedHere(rig.readerCable.hostPath()), "the reader's pty is open once: the kiosk's");
        assertEquals(1, PanelRig.openedHere(rig.printerCable.hostPath()), "the printer's pty is open once: the kiosk's");
        assertEquals(Health.ONLINE, rig.board.status(DeviceRole.ID_CARD_READER).health(), "the kiosk keeps it");

        String json = Files.readString(dataDir.resolve("provisioning").resolve("selftest-last.json"));
        JsonNode report = new ObjectMapper().readTree(json);
        assertEquals("budayang.selftest/1", report.path("schema").asText());
        assertTrue(report.path("passed").asBoolean());
        assertEquals(2, report.path("roles").size());
        assertFalse(json.contains(ReaderRig.ZHANG_SAN_ID), "no ID number in the report: " + json);
        assertTrue(json.contains("card 620102********0034 read"), json);
        byte[] pdf = Files.readAllBytes(dataDir.resolve("provisioning").resolve("selftest-last.pdf"));
        assertEquals("%PDF", new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));

        List<OutboxRecord> pending = journal.outbox().records(OutboxState.PENDING);
        assertEquals(1, pending.size());
        assertEquals(SelftestSender.KIND, pending.get(0).kind());
        assertEquals(FleetPaths.KIOSK_SELFTESTS, pending.get(0).path());
        SelftestUpload upload = ApiJson.mapper().readValue(pending.get(0).body(), SelftestUpload.class);
        assertTrue(upload.passed());
        assertEquals("0.1.0-test", upload.appVersion());
        assertEquals(List.of("idCardReader", "receiptPrinter"), upload.checks().stream().map(c -> c.role()).toList());
        assertEquals(1, wakes.get(), "the outbox deliverer was woken");
    }

    @Test
    void aSkippedRoleIsNotAFailureAndAFailureSaysWhatToDo() throws Exception {
        SelftestViewModel vm = page(SelftestSender.notEnrolled(), Duration.ofSeconds(15));
        rig.printer.paper(PaperLevel.OUT);
        rig.await("the supervisor sees the paper out", () -> rig.board.status(DeviceRole.RECEIPT_PRINTER).health()
                == Health.USER_ERROR);

        vm.start();
        askedForACard(vm);
        vm.skip();
        rig.await("the self-test done", () -> vm.phaseProperty().get() == SelftestPhase.DONE);

        assertEquals(SelftestViewModel.RowState.SKIPPED, row(vm, DeviceRole.ID_CARD_READER).state());
        SelftestViewModel.Row printer = row(vm, DeviceRole.RECEIPT_PRINTER);
        assertEquals(SelftestViewModel.RowState.FAILED, printer.state());
        assertTrue(printer.line().startsWith("凭条打印机（escpos）：[PAPER_OUT] USER_ERROR"), printer.line());
        assertEquals("处理建议：缺纸：装入打印纸并合上纸仓盖。", printer.advice());
        assertEquals("自检完成：请按各项的处理建议处理后重新自检", vm.promptProperty().get());
        assertTrue(vm.summaryProperty().get().startsWith("共 2 项：0 项通过，1 项未通过，1 项跳过。\n报告已保存："),
                vm.summaryProperty().get());
        assertTrue(vm.summaryProperty().get().endsWith("\n本机未注册，报告只保存在本机。"), vm.summaryProperty().get());
        JsonNode report = new ObjectMapper().readTree(dataDir.resolve("provisioning").resolve("selftest-last.json")
                .toFile());
        assertEquals(1, report.path("roles").size(), "a skipped role is not in the report");
        assertEquals("PAPER_OUT", report.path("roles").get(0).path("code").asText());

        rig.printer.paper(PaperLevel.OK);
        assertTrue(rig.printer.receipts().isEmpty(), "nothing printed without paper");
    }

    @Test
    void leavingWhileItRunsStopsItAndSavesNothing() {
        SelftestViewModel vm = page(SelftestSender.notEnrolled(), Duration.ofSeconds(15));
        vm.start();
        askedForACard(vm);
        assertTrue(assertThrowsState(vm::start).contains("SELFTEST_PHASE: starting the self-test is not possible in"
                + " phase RUNNING"));

        vm.stop();
        rig.await("the page ready again", () -> vm.phaseProperty().get() == SelftestPhase.READY);
        assertEquals("自检已停止，未保存报告。", vm.summaryProperty().get());
        assertFalse(Files.exists(dataDir.resolve("provisioning").resolve("selftest-last.json")));
        assertTrue(rig.printer.receipts().isEmpty(), "the printer after the stopped role was not tested");
        assertTrue(vm.rows().stream().allMatch(r -> r.state() == SelftestViewModel.RowState.WAITING));
    }

    private void askedForACard(SelftestViewModel vm) {
        try {
            rig.await("the page asks for an ID card", () -> vm.promptProperty().get().equals("请把一张身份证放在读卡区"));
        } catch (AssertionError notAsked) {
            throw new AssertionError(notAsked.getMessage() + "; the page shows " + vm.promptProperty().get() + " "
                    + vm.rows() + " " + vm.summaryProperty().get(), notAsked);
        }
    }

    private static String assertThrowsState(Runnable action) {
        return org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, action::run).getMessage();
    }
}
