package org.budayang.kiosk.payment;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.budayang.api.catalog.DeviceRole;
import org.budayang.driver.Health;
import org.budayang.driver.cash.CashAcceptor;
import org.budayang.driver.runtime.DriverRegistry;
import org.budayang.kiosk.core.config.KioskConfig;
import org.budayang.kiosk.devices.DeviceBoard;
import org.budayang.kiosk.devices.KioskDevices;
import org.budayang.kiosk.journal.Journal;
import org.budayang.kiosk.journal.JournalSettings;
import org.budayang.kiosk.journal.OutboxDeliverer;
import org.budayang.kiosk.printing.PrintService;
import org.budayang.kiosk.service.CentralApi;
import org.budayang.kiosk.service.CentralApiSender;

/**
 * A kiosk's payment side wired as the kiosk wires it: the devices from a kiosk configuration through the driver
 * runtime (the REAL escpos driver to a printer emulator and the REAL cash-ssp driver to an acceptor emulator, both
 * over loopback TCP), the journal in {@code dataDir}, central's API, the outbox deliverer and {@link KioskPayments}.
 */
public final class PayKiosk implements AutoCloseable {
    public final Journal journal;
    public final CentralApi api;
    public final KioskDevices devices;
    public final DeviceBoard board;
    public final KioskPayments payments;
    public final OutboxDeliverer deliverer;
    private final ExecutorService printerThread = Executors.newSingleThreadExecutor();

    /** @param cash the acceptor's link settings (link, host, tcpPort), or null for a kiosk without one */
    public PayKiosk(Path dataDir, URI central, int printerPort, Map<String, String> cash) throws InterruptedException {
        this(dataDir, central, printerPort, cash, true);
    }

    /**
     * @param journalCash whether the acceptor gets the ledger as its credit journal now (false: the payment recovery
     *                    gives it, after attaching the ledger to the payment being recovered)
     */
    public PayKiosk(Path dataDir, URI central, int printerPort, Map<String, String> cash, boolean journalCash)
            throws InterruptedException {
        this(dataDir, new CentralApi(central, Duration.ofSeconds(1), Duration.ofSeconds(5)), printerPort, cash,
                journalCash);
    }

    /** @param centralApi the kiosk's API to central (the real central's: mutual TLS with the enrolled kiosk's cert) */
    public PayKiosk(Path dataDir, CentralApi centralApi, int printerPort, Map<String, String> cash,
                    boolean journalCash) throws InterruptedException {
        Clock clock = Clock.systemDefaultZone();
        journal = Journal.open(new JournalSettings(dataDir.resolve("journal"), Duration.ofDays(7)), clock);
        api = centralApi;
        Map<String, String> printer = new HashMap<>(Map.of("link", "tcp", "host", "127.0.0.1",
                "tcpPort", Integer.toString(printerPort), "statusTimeout", "800ms", "printPoll", "100ms"));
        KioskConfig.Builder config = KioskConfig.builder(dataDir).device(DeviceRole.RECEIPT_PRINTER, "escpos", printer);
        if (cash != null) {
            Map<String, String> acceptor = new HashMap<>(cash);
            acceptor.put("pollInterval", "20ms");
            acceptor.put("replyTimeout", "300ms");
            config.device(DeviceRole.CASH_ACCEPTOR, "cash-ssp", acceptor);
        }
        board = new DeviceBoard(clock, Runnable::run);
        devices = KioskDevices.create(config.build(), dataDir.resolve("kiosk.properties"),
                DriverRegistry.builder().build(), board, clock, b -> b.pollInterval(Duration.ofMillis(300)));
        devices.start();
        awaitOnline(DeviceRole.RECEIPT_PRINTER);
        if (cash != null && journalCash) { // else the recovery waits: held-back credits keep it HARDWARE_ERROR
            awaitOnline(DeviceRole.CASH_ACCEPTOR);
        }
        PrintService printing = PrintService.builder().receiptPrinter(devices.receiptPrinter().orElseThrow())
                .background(printerThread).fx(Runnable::run).receiptBudget(Duration.ofSeconds(10)).build();
        deliverer = new OutboxDeliverer(journal.outbox(), new CentralApiSender(api), clock, Duration.ofMillis(200),
                Duration.ofSeconds(1), Duration.ofMillis(200));
        PaymentApi paymentApi = new PaymentApi(api);
        PaymentLedger ledger = new PaymentLedger(journal, paymentApi);
        Optional<CashAcceptor> acceptor = devices.device(DeviceRole.CASH_ACCEPTOR)
                .filter(CashAcceptor.class::isInstance).map(CashAcceptor.class::cast);
        if (journalCash) {
            acceptor.ifPresent(a -> a.useJournal(ledger));
        }
        payments = new KioskPayments(new PaymentDesk(paymentApi, ledger, deliverer::wake, clock),
                new CashTill(() -> acceptor, ledger), new PaymentPrinter(printing),
                new PaymentReceipts(ZoneId.of("Asia/Shanghai")));
    }

    private void awaitOnline(DeviceRole role) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (board.status(role).health() != Health.ONLINE) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the " + role.configKey() + " did not come ONLINE: "
                        + board.status(role));
            }
            Thread.sleep(50);
        }
    }

    @Override
    public void close() throws Exception {
        deliverer.close();
        devices.close();
        printerThread.shutdownNow();
        journal.close();
        api.close();
    }
}
