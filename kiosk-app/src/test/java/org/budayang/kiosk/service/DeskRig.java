package org.budayang.kiosk.service;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.budayang.api.catalog.DeviceRole;
import org.budayang.driver.Health;
import org.budayang.driver.runtime.DriverRegistry;
import org.budayang.kiosk.core.config.KioskConfig;
import org.budayang.kiosk.devices.DeviceBoard;
import org.budayang.kiosk.devices.KioskDevices;
import org.budayang.kiosk.core.enrol.KioskCredentials;
import org.budayang.kiosk.journal.Journal;
import org.budayang.kiosk.journal.JournalSettings;
import org.budayang.kiosk.journal.OutboxDeliverer;
import org.budayang.kiosk.printing.GuideLinks;
import org.budayang.kiosk.printing.PrintService;

/**
 * The kiosk side of the desk as KioskMain wires it (journal under a data dir, central's API over mutual TLS with the
 * certificate of the kiosk's enrolment in {@code fleetDir},
 * the REAL escpos driver found through the driver runtime and connected over TCP to a printer emulator, a print
 * service delivering on the printer thread, the outbox deliverer, the recovery), with the outbox's peer given apart
 * ({@link Inbox} until central serves evaluations and transactions). Used in the test JVM and in the crash child.
 */
public final class DeskRig implements AutoCloseable {
    public final Journal journal;
    final CentralApi api;
    final CentralApi outboxApi;
    final KioskDevices devices;
    final ExecutorService printerThread = Executors.newSingleThreadExecutor();
    public final JournalledServiceDesk desk;
    public final OutboxDeliverer deliverer;
    final JournalRecovery recovery;

    /**
     * @param fleetDir  the kiosk's enrolment ({@code CentralProcess.kioskFleetDir()})
     * @param central   central's public URL (guide links on receipts)
     * @param outbox    where the outbox delivers, over mutual TLS: the {@link Inbox} or central's own https URL
     */
    public DeskRig(Path dataDir, Path fleetDir, URI central, URI outbox, int printerPort, DeskEvents events)
            throws InterruptedException {
        this(dataDir, fleetDir, central, outbox, printerPort, null, events);
    }

    /**
     * As above, with the REAL {@code cups} driver as the documentPrinter (its settings, e.g. the uri of a test
     * cupsd's queue) when {@code documentPrinter} is not null.
     */
    public DeskRig(Path dataDir, Path fleetDir, URI central, URI outbox, int printerPort,
                   Map<String, String> documentPrinter, DeskEvents events) throws InterruptedException {
        Clock clock = Clock.systemDefaultZone();
        journal = Journal.open(new JournalSettings(dataDir.resolve("journal"), Duration.ofDays(7)), clock);
        KioskCredentials credentials = KioskCredentials.load(fleetDir).orElseThrow(() -> new IllegalStateException(
                "no kiosk enrolment in " + fleetDir));
        api = CentralApi.mutualTls(credentials);
        outboxApi = CentralApi.mutualTls(credentials, outbox);
        Map<String, String> printer = new HashMap<>();
        printer.put("link", "tcp");
        printer.put("host", "127.0.0.1");
        printer.put("tcpPort", Integer.toString(printerPort));
        printer.put("statusTimeout", "800ms");
        printer.put("printPoll", "100ms");
        KioskConfig.Builder builder = KioskConfig.builder(dataDir).device(DeviceRole.RECEIPT_PRINTER, "escpos",
                printer);
        if (documentPrinter != null) {
            builder.device(DeviceRole.DOCUMENT_PRINTER, "cups", documentPrinter);
        }
        KioskConfig config = builder.build();
        DeviceBoard board = new DeviceBoard(clock, Runnable::run);
        devices = KioskDevices.create(config, dataDir.resolve("kiosk.properties"), DriverRegistry.builder().build(),
                board, clock, b -> b.pollInterval(Duration.ofMillis(300)));
        devices.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        for (DeviceRole role : documentPrinter == null ? java.util.List.of(DeviceRole.RECEIPT_PRINTER)
                : java.util.List.of(DeviceRole.RECEIPT_PRINTER, DeviceRole.DOCUMENT_PRINTER)) {
            while (board.status(role).health() != Health.ONLINE) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the " + role.configKey() + " did not come ONLINE: "
                            + board.status(role));
                }
                Thread.sleep(50);
            }
        }
        PrintService printing = PrintService.builder().receiptPrinter(devices.receiptPrinter().orElseThrow())
                .documentPrinter(devices.documentPrinter().orElse(null)).background(printerThread).fx(Runnable::run)
                .receiptBudget(Duration.ofSeconds(10)).documentBudget(Duration.ofSeconds(60)).build();
        deliverer = new OutboxDeliverer(journal.outbox(), new CentralApiSender(outboxApi), clock,
                Duration.ofMillis(200), Duration.ofSeconds(1), Duration.ofMillis(200));
        desk = JournalledServiceDesk.builder().journal(journal).api(api).printer(printing)
                .links(GuideLinks.central(central)).clock(clock).sitePhone("0931-12345")
                .printWait(Duration.ofSeconds(20)).outboxWake(deliverer::wake).events(events).build();
        recovery = new JournalRecovery(journal, desk, api, clock, JournalRecovery.DEFAULT_REPRINT_WINDOW);
    }

    @Override
    public void close() throws Exception {
        deliverer.close();
        devices.close();
        printerThread.shutdownNow();
        journal.close();
        api.close();
        outboxApi.close();
    }
}
