package org.budayang.kiosk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.budayang.api.catalog.DeviceRole;
import org.budayang.api.catalog.ServiceItem;
import org.budayang.api.services.Satisfaction;
import org.budayang.api.services.TransactionRecord;
import org.budayang.kiosk.core.config.KioskConfig;
import org.budayang.kiosk.journal.Journal;
import org.budayang.kiosk.journal.JournalSettings;
import org.budayang.kiosk.journal.OutboxState;
import org.budayang.kiosk.printing.PrintService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What KioskMain gets from {@link DeskWiring}: a kiosk starts without central, and says why it cannot serve. */
class DeskWiringTest {
    @TempDir
    Path dir;

    private static DeskWiring wireNowhere(KioskConfig config) throws Exception {
        URI nowhere = nobodyListening();
        return DeskWiring.wire(config, new CentralApi(nowhere), nowhere, PrintService.none(), Clock.systemUTC());
    }

    private static URI nobodyListening() throws Exception {
        try (ServerSocket free = new ServerSocket(0)) {
            return URI.create("http://127.0.0.1:" + free.getLocalPort());
        }
    }

    /** An item of the catalogue central publishes (read from central's bundled file, no server needed). */
    private static ServiceItem bundledItem(String basicCode) {
        return new org.budayang.central.catalog.CatalogLoader(org.budayang.api.json.ApiJson.mapper(),
                Clock.systemUTC()).loadBundled().items().stream().filter(i -> i.basicCode().equals(basicCode))
                .findFirst().orElseThrow();
    }

    @Test
    void aKioskWithoutCentralStartsItsDeskAndKeepsWhatCentralMustReceive() throws Exception {
        KioskConfig config = KioskConfig.builder(dir).build();
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        String txId;
        try (DeskWiring wiring = wireNowhere(config)) {
            assertInstanceOf(JournalledServiceDesk.class, wiring.desk());
            JournalRecovery.Report report = wiring.recover();
            assertEquals(0, report.unresolved());
            wiring.start(report, timer);
            ServiceItem item = bundledItem("GG00032001");
            ServiceTx tx = wiring.desk().begin(item, null);
            txId = tx.id();
            wiring.desk().evaluate(tx, Satisfaction.SATISFIED, List.of());
            wiring.desk().finish(tx, TransactionRecord.Outcome.ABANDONED, null);
        } finally {
            timer.shutdownNow();
        }
        try (Journal journal = Journal.open(new JournalSettings(config.journalDir(), config.journalRetention()),
                Clock.systemUTC())) {
            assertEquals(List.of(txId + "-ev", txId + "-tx"), journal.outbox().records(OutboxState.PENDING).stream()
                    .map(r -> r.idempotencyKey()).toList(), "waiting for central in the journal file");
        }
    }

    @Test
    void aJournalThatCannotBeOpenedLeavesTheKioskUpWithADeskThatSaysWhy() throws Exception {
        Path blocked = dir.resolve("data");
        Files.createDirectories(blocked);
        Files.writeString(blocked.resolve("journal"), "a file where the journal folder should be");
        KioskConfig config = KioskConfig.builder(blocked).build();
        try (DeskWiring wiring = wireNowhere(config)) {
            ServiceTx tx = wiring.desk().begin(bundledItem("GG00032001"), null);
            ServiceFailure refused = assertThrows(ServiceFailure.class, () -> wiring.desk().query(tx, Map.of()));
            assertEquals("DESK_NOT_AVAILABLE", refused.code());
            assertTrue(refused.getMessage().contains("journal"), refused.getMessage());
            assertEquals(config.sitePhone(), wiring.desk().askHelp(null, "home", "HELP").phone());
        }
    }
}
