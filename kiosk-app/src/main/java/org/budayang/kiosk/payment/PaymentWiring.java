package org.budayang.kiosk.payment;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.budayang.api.catalog.DeviceRole;
import org.budayang.driver.cash.CashAcceptor;
import org.budayang.kiosk.devices.KioskDevices;
import org.budayang.kiosk.journal.Journal;
import org.budayang.kiosk.printing.PrintService;
import org.budayang.kiosk.service.CentralApi;
import org.budayang.kiosk.service.ServiceDesk;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wires the kiosk's payments for {@code KioskMain}: the ledger on the desk's journal, the payment calls on the desk's
 * central API, the cash acceptor of role {@code cashAcceptor} (when configured) and the slips on the desk's print
 * service; {@link #recover()} settles what a crash left open once the devices are started, and only then gives the
 * acceptor its credit journal (a batch it held back is journalled to the payment it belongs to).
 */
public final class PaymentWiring {
    private static final Logger LOG = LoggerFactory.getLogger(PaymentWiring.class);
    private final KioskPayments payments;
    private final PaymentRecovery recovery;

    private PaymentWiring(KioskPayments payments, PaymentRecovery recovery) {
        this.payments = payments;
        this.recovery = recovery;
    }

    /** The cash acceptor among the kiosk's devices, when one is configured with a cash driver. */
    public static Optional<CashAcceptor> cashAcceptor(KioskDevices devices) {
        return devices.device(DeviceRole.CASH_ACCEPTOR).filter(CashAcceptor.class::isInstance)
                .map(CashAcceptor.class::cast);
    }

    /**
     * @param journal    the desk's journal (null when it could not be opened: no payments)
     * @param wakeOutbox the desk's outbox deliverer's wake
     */
    public static Optional<PaymentWiring> wire(Journal journal, CentralApi api, Runnable wakeOutbox,
            PrintService printing, Optional<CashAcceptor> acceptor, Clock clock, ZoneId zone) {
        if (journal == null) {
            LOG.warn("Payments are off: the journal is not open (money is only taken when it can be journalled)");
            return Optional.empty();
        }
        PaymentApi paymentApi = new PaymentApi(api);
        PaymentLedger ledger = new PaymentLedger(journal, paymentApi);
        PaymentDesk desk = new PaymentDesk(paymentApi, ledger, wakeOutbox, clock);
        KioskPayments payments = new KioskPayments(desk, new CashTill(() -> acceptor, ledger),
                new PaymentPrinter(printing), new PaymentReceipts(zone));
        LOG.info("Payments wired: cash acceptor {}", acceptor.map(a -> a.getClass().getSimpleName()).orElse("none"));
        return Optional.of(new PaymentWiring(payments, new PaymentRecovery(desk, paymentApi, acceptor,
                PaymentRecovery.QUIET)));
    }

    public KioskPayments payments() {
        return payments;
    }

    /** The citizen flows' desk with these payments. */
    public ServiceDesk around(ServiceDesk desk) {
        return new PayingDesk(desk, payments);
    }

    /** Settles the open payments (blocks: call it off the FX thread, after the devices started). */
    public List<PaymentRecovery.Settled> recover() {
        return recover(true);
    }

    private List<PaymentRecovery.Settled> recover(boolean reconcile) {
        try {
            return recovery.run(reconcile);
        } catch (RuntimeException e) {
            LOG.error("Payment recovery stopped; the open payments stay for the next run", e);
            return List.of();
        }
    }

    /**
     * {@link #recover()}, then again every {@code every} (without taking the acceptor's held-back credits again) while
     * central could not settle a payment. Blocks: run it on its own thread.
     */
    public void recoverUntilSettled(java.time.Duration every) {
        List<PaymentRecovery.Settled> left = recover(true);
        while (left.stream().anyMatch(s -> s.state() == null)) {
            LOG.info("{} payments wait for central; the payment recovery runs again in {}",
                    left.stream().filter(s -> s.state() == null).count(), every);
            try {
                Thread.sleep(every.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            left = recover(false);
        }
    }

    public static ZoneId chinaTime() {
        return ZoneId.of("Asia/Shanghai");
    }
}
