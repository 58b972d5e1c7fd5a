package org.budayang.kiosk.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.budayang.api.catalog.DeviceRole;
import org.budayang.driver.Health;
import org.budayang.driver.escpos.TextEncoding;
import org.budayang.driver.escpos.emulator.PrinterEmulator;
import org.budayang.driver.link.DeviceEnd;
import org.budayang.driver.runtime.DriverRegistry;
import org.budayang.driver.testkit.LoopbackSockets;
import org.budayang.kiosk.core.config.KioskConfig;
import org.budayang.kiosk.devices.DeviceBoard;
import org.budayang.kiosk.devices.KioskDevices;
import org.budayang.kiosk.journal.Journal;
import org.budayang.kiosk.journal.JournalSettings;
import org.budayang.kiosk.journal.OutboxDeliverer;
import org.budayang.kiosk.printing.GuideLinks;
import org.budayang.kiosk.printing.PrintService;
import org.budayang.kiosk.service.CentralApi;
import org.budayang.kiosk.service.CentralApiSender;
import org.budayang.kiosk.service.DeskEvents;
import org.budayang.kiosk.service.JournalledServiceDesk;

/**
 * The kiosk's desk as KioskMain wires it: the journal (SQLite WAL, synchronous=FULL) under a data directory, central's
 * API over mutual TLS with the kiosk's certificate, the REAL escpos driver (found by the driver runtime) over loopback TCP to the ESC/POS
 * printer emulator, the REAL cups driver to a CUPS queue for A4, the print service on its printer thread, and the outbox delivering to the same central.
 */
final class BenchDesk implements AutoCloseable {
    final PrinterEmulator printer = new PrinterEmulator(TextEncoding.GB18030, 48);
    private final LoopbackSockets cable = LoopbackSockets.open();
    private final DeviceEnd end = DeviceEnd.start("ESC/POS printer emulator", printer::serve,
            () -> cable.accept(Duration.ofMillis(200)), Duration.ofMillis(10), "tcp 127.0.0.1:" + cable.port());
    final Journal journal;
    final CentralApi api;
    final CentralApi outboxApi;
    final KioskDevices devices;
    final ExecutorService printerThread = Executors.newSingleThreadExecutor();
    final JournalledServiceDesk desk;
    final OutboxDeliverer deliverer;

    /**
     * @param cups {@code host:port} of a CUPS server with the queue {@code bench-a4} for the A4 certificates (the
     *             real cups driver), or null for none
     */
    BenchDesk(Path dataDir, BenchCentral central, String cups) throws InterruptedException {
        printer.keepAtMost(20); // the emulator runs in the soak's JVM: its decoded receipts must not count as kiosk heap
        Clock clock = Clock.systemDefaultZone();
        journal = Journal.open(new JournalSettings(dataDir.resolve("journal"), Duration.ofDays(7)), clock);
        api = central.api();
        outboxApi = central.api();
        Map<String, String> settings = new HashMap<>();
        settings.put("link", "tcp");
        settings.put("host", "127.0.0.1");
        settings.put("tcpPort", Integer.toString(cable.port()));
        settings.put("statusTimeout", "800ms");
        settings.put("printPoll", "100ms");
        KioskConfig.Builder builder = KioskConfig.builder(dataDir).device(DeviceRole.RECEIPT_PRINTER, "escpos",
                settings);
        if (cups != null) {
            String[] hostPort = cups.split(":");
            builder.device(DeviceRole.DOCUMENT_PRINTER, "cups", Map.of("host", hostPort[0], "port", hostPort[1],
                    "queue", "bench-a4"));
        }
        KioskConfig config = builder.build();
        DeviceBoard board = new DeviceBoard(clock, Runnable::run);
        devices = KioskDevices.create(config, dataDir.resolve("kiosk.properties"), DriverRegistry.builder().build(),
                board, clock, b -> b.pollInterval(Duration.ofMillis(300)));
        devices.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        for (DeviceRole role : cups == null ? List.of(DeviceRole.RECEIPT_PRINTER)
                : List.of(DeviceRole.RECEIPT_PRINTER, DeviceRole.DOCUMENT_PRINTER)) {
            while (board.status(role).health() != Health.ONLINE) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the " + role + " did not come ONLINE: " + board.status(role));
                }
                Thread.sleep(50);
            }
        }
        PrintService printing = PrintService.builder().receiptPrinter(devices.receiptPrinter().orElseThrow())
                .documentPrinter(devices.documentPrinter().orElse(null))
                .background(printerThread).fx(Runnable::run).receiptBudget(Duration.ofSeconds(10)).build();
        deliverer = new OutboxDeliverer(journal.outbox(), new CentralApiSender(outboxApi), clock,
                Duration.ofMillis(200), Duration.ofSeconds(1), Duration.ofMillis(200));
        desk = JournalledServiceDesk.builder().journal(journal).api(api).printer(printing)
                .links(GuideLinks.central(central.url())).clock(clock).sitePhone("0931-12345")
                .printWait(Duration.ofSeconds(30)).outboxWake(deliverer::wake).events(DeskEvents.NONE).build();
        deliverer.start();
    }

    int receipts() {
        return (int) printer.receiptCount();
    }

    @Override
    public void close() throws Exception {
        deliverer.close();
        devices.close();
        printerThread.shutdownNow();
        journal.close();
        api.close();
        outboxApi.close();
        end.close();
        cable.close();
        printer.close();
    }
}
