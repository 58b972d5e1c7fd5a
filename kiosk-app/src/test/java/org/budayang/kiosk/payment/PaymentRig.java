package org.budayang.kiosk.payment;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.budayang.api.identity.CitizenIdentity;
import org.budayang.kiosk.journal.Journal;
import org.budayang.kiosk.journal.JournalSettings;
import org.budayang.kiosk.journal.OutboxDeliverer;
import org.budayang.kiosk.service.CentralApi;
import org.budayang.kiosk.service.CentralApiSender;
import org.budayang.kiosk.service.ServiceDesk;

/** A kiosk's payment side on a real journal file: the desk, the ledger, the till over the real cash driver. */
final class PaymentRig implements AutoCloseable {
    static final ServiceDesk.Citizen PAYER = new ServiceDesk.Citizen(
            CitizenIdentity.idCard("620102195803150034", null), "620102195803150034", "张三");

    final Journal journal;
    final CentralApi api;
    final PaymentLedger ledger;
    final PaymentDesk desk;
    final CashTill till;
    private OutboxDeliverer deliverer;

    PaymentRig(Path dir, PaymentCentral central, CashRig cash) {
        journal = Journal.open(new JournalSettings(dir, Duration.ofDays(7)), Clock.systemUTC());
        api = new CentralApi(central.url(), Duration.ofSeconds(1), Duration.ofSeconds(3));
        PaymentApi payments = new PaymentApi(api);
        ledger = new PaymentLedger(journal, payments);
        desk = new PaymentDesk(payments, ledger, this::wake, Clock.systemUTC());
        if (cash != null) {
            cash.acceptor.useJournal(ledger);
        }
        till = new CashTill(() -> cash == null ? Optional.empty() : Optional.of(cash.acceptor), ledger);
    }

    /** Starts the outbox deliverer (short backoff) as the kiosk does after its recovery. */
    void deliver() {
        deliverer = new OutboxDeliverer(journal.outbox(), new CentralApiSender(api), Clock.systemUTC(),
                Duration.ofMillis(100), Duration.ofMillis(300), Duration.ofMillis(100));
        deliverer.start();
    }

    private void wake() {
        if (deliverer != null) {
            deliverer.wake();
        }
    }

    @Override
    public void close() throws Exception {
        if (deliverer != null) {
            deliverer.close();
        }
        api.close();
        journal.close();
    }
}
