package org.budayang.driver.cashssp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.budayang.driver.cash.CashEvent;
import org.budayang.driver.cash.Credit;
import org.budayang.driver.cash.CreditJournal;
import org.budayang.driver.cash.Denomination;
import org.budayang.driver.cashssp.emulator.AcceptorEmulator;
import org.budayang.driver.link.Links;
import org.budayang.driver.op.CancelToken;
import org.budayang.driver.op.Deadline;
import org.budayang.driver.testkit.Await;
import org.budayang.driver.testkit.EmulatorCable;

/**
 * Cash acceptor benchmark (issue #8), run by {@code bench/cash-ssp.sh}; not a test. The real driver against the
 * emulator over a socat pty (9600 baud, as SSP acceptors are wired) and loopback TCP, with a journal that appends each
 * credit to a file and forces it to disk before returning, as the kiosk's journal must.
 * <ol>
 *   <li>latency: the poll reply reporting a credit leaves the acceptor → the listener hears {@code Credited}, for N
 *       notes at the default 200 ms poll interval; p50 / p95 / max;</li>
 *   <li>10,000 notes in a row at a 1 ms poll interval, over each cable and once more over TCP with a lost or corrupt
 *       packet every 50 notes: time taken, and whether every credit was journalled and heard exactly once.</li>
 * </ol>
 * Usage: {@code CashBench [latency notes (default 200)] [notes in a row (default 10000)]}
 */
public final class CashBench {

    /** Appends "id fen" lines and forces them to the disk before returning. */
    static final class FileJournal implements CreditJournal, AutoCloseable {
        private final FileChannel file;
        private final Set<String> ids = Collections.synchronizedSet(new HashSet<>());
        final List<Credit> credits = new CopyOnWriteArrayList<>();

        FileJournal(Path path) throws IOException {
            file = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING);
        }

        @Override
        public void record(Credit credit) {
            if (!ids.add(credit.creditId())) {
                return;
            }
            try {
                file.write(ByteBuffer.wrap((credit.creditId() + " " + credit.fen() + "\n")
                        .getBytes(StandardCharsets.US_ASCII)));
                file.force(false);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            credits.add(credit);
        }

        @Override
        public void close() throws IOException {
            file.close();
        }
    }

    private CashBench() {
    }

    public static void main(String[] args) throws Exception {
        int latencyNotes = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int inARow = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        Path dir = Files.createTempDirectory("cash-bench");
        if (latencyNotes > 0) {
            for (CableKind kind : CableKind.values()) {
                latency(kind, latencyNotes, dir.resolve("latency-" + kind + ".journal"));
            }
        }
        for (CableKind kind : CableKind.values()) {
            manyNotes(kind, inARow, dir.resolve("row-" + kind + ".journal"), false);
        }
        manyNotes(CableKind.TCP, inARow, dir.resolve("row-faults.journal"), true);
    }

    private static SspCashAcceptor acceptor(EmulatorCable cable, String pollInterval) {
        return (SspCashAcceptor) new SspCashAcceptorProvider(Links::opener, Links.SETTING_KEYS)
                .create(cable.driverContext("cashAcceptor", "pollInterval", pollInterval));
    }

    private static void latency(CableKind kind, int notes, Path journalFile) throws Exception {
        AcceptorEmulator emulator = new AcceptorEmulator();
        ConcurrentLinkedQueue<Long> sent = new ConcurrentLinkedQueue<>();
        emulator.onCreditReplySent(sent::add);
        List<Long> micros = new ArrayList<>();
        try (EmulatorCable cable = kind.connect(emulator); FileJournal journal = new FileJournal(journalFile)) {
            SspCashAcceptor acceptor = acceptor(cable, "200ms");
            acceptor.useJournal(journal);
            acceptor.onCashEvent(event -> {
                if (event instanceof CashEvent.Credited) {
                    Long at = sent.poll();
                    long now = System.nanoTime();
                    if (at != null) {
                        synchronized (micros) {
                            micros.add(TimeUnit.NANOSECONDS.toMicros(now - at));
                        }
                    }
                }
            });
            acceptor.open();
            acceptor.enable();
            acceptor.acceptNotes(EnumSet.allOf(Denomination.class), note -> org.budayang.driver.cash.EscrowDecision
                    .ACCEPT, Deadline.in(java.time.Duration.ofSeconds(5)), CancelToken.none());
            Random random = new Random(7);
            for (int i = 0; i < notes; i++) {
                emulator.insert(Denomination.values()[random.nextInt(6)]);
                int done = i + 1;
                Await.until("credit " + done, () -> journal.credits.size() >= done, java.time.Duration.ofSeconds(10));
                Thread.sleep(random.nextInt(200)); // next note at a random point of the poll cycle
            }
            acceptor.close();
        }
        Collections.sort(micros);
        System.out.printf("%s latency, credit reply sent -> listener (journal fsync included), %d notes, poll 200 ms:"
                        + " p50 %.2f ms, p95 %.2f ms, max %.2f ms%n", kind, micros.size(), pct(micros, 50),
                pct(micros, 95), micros.get(micros.size() - 1) / 1000.0);
    }

    private static double pct(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1000.0;
    }

    private static void manyNotes(CableKind kind, int notes, Path journalFile, boolean faults) throws Exception {
        AcceptorEmulator emulator = new AcceptorEmulator();
        emulator.cashboxCapacity(notes + 1);
        Random random = new Random(11);
        long expected = 0;
        for (int i = 0; i < notes; i++) {
            Denomination note = Denomination.values()[random.nextInt(6)];
            emulator.insert(note);
            expected += note.fen();
        }
        List<Credit> heard = new CopyOnWriteArrayList<>();
        int faultsInjected = 0;
        try (EmulatorCable cable = kind.connect(emulator); FileJournal journal = new FileJournal(journalFile)) {
            SspCashAcceptor acceptor = (SspCashAcceptor) new SspCashAcceptorProvider(Links::opener,
                    Links.SETTING_KEYS).create(cable.driverContext("cashAcceptor", "pollInterval", "1ms",
                    "replyTimeout", faults ? "50ms" : "1s"));
            acceptor.useJournal(journal);
            acceptor.onCashEvent(event -> {
                if (event instanceof CashEvent.Credited credited) {
                    heard.add(credited.credit());
                }
            });
            long start = System.nanoTime();
            acceptor.open();
            acceptor.enable();
            acceptor.acceptNotes(EnumSet.allOf(Denomination.class), note -> org.budayang.driver.cash.EscrowDecision
                    .ACCEPT, Deadline.in(java.time.Duration.ofSeconds(5)), CancelToken.none());
            long lastFaultAt = 0;
            while (emulator.notesInPath() > 0 || journal.credits.size() < emulator.credits()) {
                Thread.sleep(5);
                if (faults && emulator.credits() - lastFaultAt >= 50) { // one lost or damaged packet every 50 notes
                    lastFaultAt = emulator.credits();
                    switch (faultsInjected++ % 3) {
                        case 0 -> emulator.dropReplies(1);
                        case 1 -> emulator.dropRequests(1);
                        default -> emulator.corruptReplies(1);
                    }
                }
                if (System.nanoTime() - start > TimeUnit.MINUTES.toNanos(20)) {
                    throw new IllegalStateException("10,000 notes took over 20 minutes");
                }
            }
            Thread.sleep(50);
            double seconds = (System.nanoTime() - start) / 1e9;
            long journalled = journal.credits.stream().mapToLong(Credit::fen).sum();
            long told = heard.stream().mapToLong(Credit::fen).sum();
            long unique = journal.credits.stream().map(Credit::creditId).distinct().count();
            boolean exact = journal.credits.size() == notes && unique == notes && heard.size() == notes
                    && journalled == expected && told == expected && emulator.creditedFen() == expected;
            System.out.printf("%s %d notes in a row%s, poll 1 ms, fsync per credit: %.1f s (%.1f ms/note); acceptor"
                            + " credited %d fen, journalled %d credits (%d ids) = %d fen, listener heard %d = %d fen,"
                            + " inserted %d fen: %s; %s%n", kind, notes,
                    faults ? ", " + faultsInjected + " lost/corrupt packets" : "", seconds, seconds * 1000 / notes,
                    emulator.creditedFen(), journal.credits.size(), unique, journalled, heard.size(), told, expected,
                    exact ? "no lost or doubled credit" : "MISMATCH", emulator.trafficSummary());
            acceptor.close();
        }
    }
}
