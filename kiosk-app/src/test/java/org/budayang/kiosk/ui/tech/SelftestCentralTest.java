package org.budayang.kiosk.ui.tech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.budayang.api.catalog.DeviceRole;
import org.budayang.api.fleet.FleetPaths;
import org.budayang.api.fleet.KioskSelf;
import org.budayang.api.json.ApiJson;
import org.budayang.driver.Health;
import org.budayang.driver.escpos.emulator.PrinterEmulator.PaperLevel;
import org.budayang.kiosk.core.enrol.MutualTlsHttpClients;
import org.budayang.kiosk.identity.ReaderRig;
import org.budayang.kiosk.journal.Journal;
import org.budayang.kiosk.journal.JournalSettings;
import org.budayang.kiosk.journal.OutboxDeliverer;
import org.budayang.kiosk.journal.OutboxRecord;
import org.budayang.kiosk.journal.OutboxState;
import org.budayang.kiosk.service.CentralApiSender;
import org.budayang.kiosk.service.CentralProcess;
import org.budayang.kiosk.ui.common.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The panel's self-test report reaches the REAL central (its main class in a child JVM, the kiosk enrolled with a
 * code sheet): queued in the journal's outbox while central is down (nothing lost, retried), delivered over mutual
 * TLS by the kiosk's outbox deliverer once central is back, and then what central shows the kiosk itself
 * ({@code GET /api/v1/kiosks/self}) names the failed role.
 */
class SelftestCentralTest {
    @TempDir
    Path dir;
    private CentralProcess central;
    private PanelRig rig;
    private Journal journal;
    private OutboxDeliverer deliverer;

    @AfterEach
    void stop() throws Exception {
        if (deliverer != null) {
            deliverer.close();
        }
        if (journal != null) {
            journal.close();
        }
        if (rig != null) {
            rig.close();
        }
        if (central != null) {
            central.close();
        }
    }

    @Test
    void theReportWaitsInTheOutboxWhileCentralIsDownAndCentralHasItOnceItIsBack() throws Exception {
        central = CentralProcess.start(dir.resolve("central"));
        central.stop();
        journal = Journal.open(new JournalSettings(Files.createDirectories(dir.resolve("journal")), Duration.ofDays(7)),
                Clock.systemUTC());
        deliverer = new OutboxDeliverer(journal.outbox(), new CentralApiSender(central.api()), Clock.systemUTC(),
                Duration.ofMillis(200), Duration.ofMillis(500), Duration.ofMillis(200));
        deliverer.start();
        rig = new PanelRig(dir.resolve("data"), true);
        rig.printer.paper(PaperLevel.OUT);
        rig.await("the supervisor sees the paper out", () -> rig.board.status(DeviceRole.RECEIPT_PRINTER).health()
                == Health.USER_ERROR);
        SelftestViewModel vm = new SelftestViewModel(rig.devices::device, "城关区政务服务中心",
                new SelftestFiles(dir.resolve("data")), SelftestSender.outbox(journal.outbox(), deliverer::wake),
                "0.1.0-test", Messages.load(Locale.SIMPLIFIED_CHINESE), Clock.systemUTC(), Duration.ofSeconds(15),
                rig.background, rig.fx);

        vm.start();
        rig.await("the page asks for an ID card", () -> vm.promptProperty().get().equals("请把一张身份证放在读卡区"));
        rig.reader.place(ReaderRig.ZHANG_SAN);
        rig.await("the self-test done", () -> vm.phaseProperty().get() == SelftestPhase.DONE);
        assertTrue(vm.summaryProperty().get().endsWith("报告已加入发送队列，联网后送达服务中心。"), vm.summaryProperty().get());
        rig.await("a failed delivery while central is down", () -> journal.outbox().records(OutboxState.PENDING)
                .stream().anyMatch(r -> r.kind().equals(SelftestSender.KIND) && r.attempts() > 0));
        OutboxRecord waiting = journal.outbox().records(OutboxState.PENDING).get(0);
        assertTrue(waiting.lastError().contains("CENTRAL_UNREACHABLE") || waiting.lastError().contains("refused"),
                waiting.lastError());

        central.startAgain();
        deliverer.wake();
        rig.await("the report delivered", () -> journal.outbox().records(OutboxState.SENT).size() == 1);
        assertTrue(journal.outbox().records(OutboxState.PENDING).isEmpty());
        assertTrue(journal.outbox().records(OutboxState.DEAD).isEmpty());

        HttpClient client = HttpClient.newBuilder().sslContext(MutualTlsHttpClients.sslContext(central.credentials()))
                .connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> self = client.send(HttpRequest.newBuilder(URI.create(central.credentials().apiUrl()
                + FleetPaths.KIOSK_SELF)).timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, self.statusCode(), self.body());
        KioskSelf.SelftestSummary last = ApiJson.mapper().readValue(self.body(), KioskSelf.class).lastSelftest();
        assertFalse(last.passed());
        assertEquals(2, last.checks());
        assertEquals(1, last.failures());
        assertEquals(List.of("receiptPrinter:PAPER_OUT"), last.failedRoles(), "central names the role and its code");
    }
}
