package org.budayang.kiosk.payment;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.budayang.api.payments.Bill;
import org.budayang.api.payments.PaymentMethod;
import org.budayang.driver.cash.CashAcceptor;
import org.budayang.driver.cash.CashEvent;
import org.budayang.driver.cash.CashSessionState;
import org.budayang.driver.cash.EscrowDecision;
import org.budayang.kiosk.journal.OutboxState;
import org.budayang.kiosk.core.enrol.KioskCredentials;
import org.budayang.kiosk.journal.TxRecord;
import org.budayang.kiosk.service.CentralApi;
import org.budayang.kiosk.service.ServiceDesk;

/**
 * A headless kiosk paying through the real payment side, for {@link PaymentCrashTest}: it says {@code @@ <what>} as it
 * goes and, at the point it was asked to stop at, says {@code @@ POINT <point>} and freezes (the thread that got
 * there blocks: no poll, no acknowledgement, no journal write) until the test kills it with SIGKILL. Points (for cash,
 * on the second note; the first, 10 元, is credited before): {@code escrow} (the note accepted from escrow),
 * {@code stacked} (the acceptor said stacked), {@code credit} (the credit journalled, EVENT_ACK not yet sent),
 * {@code paid} (paid in full, not yet reported), {@code ordered} (order made, no note yet), {@code qr} (waiting for
 * the phone). Scenario {@code recover} is the restart: the payment recovery, then the outcome.
 *
 * <p>Args: dataDir central printerPort acceptorPort scenario(cash|qr|recover) [point]; {@code central} is the URL of
 * the test's fake ({@link PaymentCentral}: item {@link PaymentCentral#ITEM}, payer
 * {@link PaymentRig#PAYER}) or {@code fleet:<dir>}: the real central ({@code RealCentralCrashTest}) through the kiosk
 * enrolment kept in {@code <dir>} (mutual TLS), paying 身份证补领工本费 for 卓玛.
 */
public final class PaymentCrashChild {
    /** The central argument of a kiosk of the real central: {@code fleet:<enrolment dir>}. */
    static final String FLEET = "fleet:";
    private static String item;
    private static ServiceDesk.Citizen payer;

    private PaymentCrashChild() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args[0]);
        boolean real = args[1].startsWith(FLEET);
        CentralApi api = real ? CentralApi.mutualTls(KioskCredentials.load(Path.of(args[1].substring(FLEET.length())))
                .orElseThrow(() -> new IllegalStateException("no kiosk enrolment in " + args[1])))
                : new CentralApi(URI.create(args[1]), Duration.ofSeconds(1), Duration.ofSeconds(5));
        item = real ? RealCentralPaymentTest.ID_CARD_FEE : PaymentCentral.ITEM;
        payer = real ? RealCentralPaymentTest.ZHUOMA : PaymentRig.PAYER;
        Map<String, String> cash = Map.of("link", "tcp", "host", "127.0.0.1", "tcpPort", args[3]);
        String scenario = args[4];
        String point = args.length > 5 ? args[5] : "";
        try (PayKiosk kiosk = new PayKiosk(dataDir, api, Integer.parseInt(args[2]), cash,
                !scenario.equals("recover"))) {
            switch (scenario) {
                case "cash" -> cash(kiosk, point);
                case "qr" -> qr(kiosk);
                case "recover" -> recover(kiosk);
                default -> throw new IllegalArgumentException("scenario " + scenario);
            }
        }
        say("END");
    }

    private static void cash(PayKiosk kiosk, String point) throws Exception {
        CashAcceptor acceptor = PaymentWiring.cashAcceptor(kiosk.devices).orElseThrow();
        PaymentLedger ledger = kiosk.payments.desk().ledger();
        boolean[] armed = {false};
        acceptor.useJournal(credit -> {
            ledger.record(credit);
            if (armed[0] && point.equals("credit")) {
                freeze("credit");
            }
        });
        acceptor.onCashEvent(event -> {
            if (!armed[0]) {
                return;
            }
            if (point.equals("escrow") && event instanceof CashEvent.NoteInEscrow e
                    && e.decision() == EscrowDecision.ACCEPT) {
                freeze("escrow");
            } else if (point.equals("stacked") && event instanceof CashEvent.Stacked) {
                freeze("stacked");
            }
        });
        Bill bill = kiosk.payments.desk().bill(item, payer, Map.of());
        Payment payment = kiosk.payments.desk().order(bill, PaymentMethod.CASH);
        say("TX " + payment.txId() + " " + payment.orderNo());
        if (point.equals("ordered")) {
            freeze("ordered");
        }
        kiosk.payments.till().start(payment, progress -> {
            if (progress.event() instanceof CashEvent.Credited) {
                say("CREDITED " + progress.summary().creditedFen());
                armed[0] = true;
            }
            if (progress.summary().state() == CashSessionState.PAID && point.equals("paid")) {
                freeze("paid");
            }
        });
        say("TAKING");
        Thread.sleep(Long.MAX_VALUE);
    }

    private static void qr(PayKiosk kiosk) throws Exception {
        Bill bill = kiosk.payments.desk().bill(item, payer, Map.of());
        Payment payment = kiosk.payments.desk().order(bill, PaymentMethod.QR);
        say("TX " + payment.txId() + " " + payment.orderNo());
        say("QR " + payment.order().qrPayload());
        freeze("qr");
    }

    private static void recover(PayKiosk kiosk) {
        Optional<CashAcceptor> acceptor = PaymentWiring.cashAcceptor(kiosk.devices);
        PaymentRecovery recovery = new PaymentRecovery(kiosk.payments.desk(),
                new PaymentApi(kiosk.api), acceptor, PaymentRecovery.QUIET);
        for (PaymentRecovery.Settled s : recovery.run()) {
            say("SETTLED " + s.txId() + " " + s.orderNo() + " " + s.state() + " " + s.creditedFen() + " "
                    + s.repeatsDropped());
        }
        for (TxRecord tx : kiosk.journal.unfinished()) {
            say("OPEN " + tx.kind() + " " + tx.id());
        }
        kiosk.deliverer.start();
        long end = System.nanoTime() + 10_000_000_000L;
        while (!kiosk.journal.outbox().records(OutboxState.PENDING).isEmpty() && System.nanoTime() < end) {
            sleep(50);
        }
        say("PENDING_OUTBOX " + kiosk.journal.outbox().records(OutboxState.PENDING).size());
    }

    private static void freeze(String point) {
        say("POINT " + point);
        sleep(Long.MAX_VALUE);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static synchronized void say(String line) {
        System.out.println("@@ " + line);
        System.out.flush();
    }
}
