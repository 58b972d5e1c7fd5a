package org.budayang.driver.cashssp;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.budayang.driver.cash.CashEvent;
import org.budayang.driver.cash.Credit;
import org.budayang.driver.cash.CreditJournal;
import org.budayang.driver.cash.CreditJournalException;
import org.budayang.driver.cashssp.emulator.AcceptorEmulator;
import org.budayang.driver.link.Links;
import org.budayang.driver.op.CancelToken;
import org.budayang.driver.op.Deadline;
import org.budayang.driver.testkit.Await;
import org.budayang.driver.testkit.EmulatorCable;

/**
 * The real driver against the emulator over a real cable, with a journal that records credits in memory (and can be
 * made to fail) and checks, for each credit, that no listener heard of it and the acceptor was not yet told the
 * event was received; and a recorder of cash events that checks each credit is already journalled.
 */
final class Rig implements AutoCloseable {
    static final Duration PATIENT = Duration.ofSeconds(10);

    final AcceptorEmulator emulator;
    final EmulatorCable cable;
    final SspCashAcceptor acceptor;
    final Journal journal = new Journal();
    final List<CashEvent> events = new CopyOnWriteArrayList<>();
    final List<String> orderProblems = new CopyOnWriteArrayList<>();

    /** A journal in memory: each id recorded once; fails while {@link #failures} is above zero. */
    final class Journal implements CreditJournal {
        final Map<String, Credit> recorded = new ConcurrentHashMap<>();
        final List<Credit> inOrder = new CopyOnWriteArrayList<>();
        final AtomicInteger failures = new AtomicInteger();
        final AtomicInteger attempts = new AtomicInteger();

        @Override
        public void record(Credit credit) {
            attempts.incrementAndGet();
            if (failures.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                throw new CreditJournalException("disk full (test)");
            }
            boolean heard = events.stream().anyMatch(e -> e instanceof CashEvent.Credited c
                    && c.credit().creditId().equals(credit.creditId()));
            if (heard) {
                orderProblems.add("credit " + credit.creditId() + " was told before it was journalled");
            }
            if (acknowledgedPolling() && !emulator.eventsAwaitingAck()) {
                orderProblems.add("credit " + credit.creditId() + " was acknowledged before it was journalled");
            }
            if (recorded.putIfAbsent(credit.creditId(), credit) == null) {
                inOrder.add(credit);
            }
        }

        long fen() {
            return inOrder.stream().mapToLong(Credit::fen).sum();
        }
    }

    private boolean acknowledgedPolling() {
        return acceptor.acknowledgedPolling();
    }

    Rig(CableKind kind, AcceptorEmulator emulator, String... settings) {
        this.emulator = emulator;
        this.cable = kind.connect(emulator);
        List<String> all = new ArrayList<>(List.of("pollInterval", "20ms", "replyTimeout", "300ms"));
        all.addAll(List.of(settings));
        this.acceptor = (SspCashAcceptor) new SspCashAcceptorProvider(Links::opener, Links.SETTING_KEYS)
                .create(cable.driverContext(SspHarness.ROLE, all.toArray(String[]::new)));
        acceptor.useJournal(journal);
        acceptor.onCashEvent(event -> {
            if (event instanceof CashEvent.Credited credited
                    && !journal.recorded.containsKey(credited.credit().creditId())) {
                orderProblems.add("credit " + credited.credit().creditId() + " told but not journalled");
            }
            events.add(event);
        });
    }

    Rig(CableKind kind, String... settings) {
        this(kind, new AcceptorEmulator(), settings);
    }

    Rig start() throws Exception {
        acceptor.open();
        acceptor.enable();
        return this;
    }

    static Deadline patient() {
        return Deadline.in(PATIENT);
    }

    static CancelToken none() {
        return CancelToken.none();
    }

    /** Waits until the emulator has no note left in its path and every credit it reported is journalled. */
    void awaitSettled() {
        Await.until("the notes inserted are through and their credits journalled (emulator credited "
                        + emulator.creditedFen() + " fen, journal " + journal.fen() + " fen)",
                () -> emulator.notesInPath() == 0 && emulator.creditedFen() == journal.fen()
                        && !emulator.eventsAwaitingAck(), PATIENT.multipliedBy(3));
    }

    <T extends CashEvent> List<T> events(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Override
    public void close() {
        try {
            acceptor.close();
        } finally {
            try {
                cable.close();
            } finally {
                emulator.close();
            }
        }
    }
}
