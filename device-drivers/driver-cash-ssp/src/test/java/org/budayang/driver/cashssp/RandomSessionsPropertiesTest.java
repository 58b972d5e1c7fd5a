package org.budayang.driver.cashssp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.budayang.driver.cash.CashSession;
import org.budayang.driver.cash.CashSessionState;
import org.budayang.driver.cash.CashSessionSummary;
import org.budayang.driver.cash.Credit;
import org.budayang.driver.cash.Denomination;
import org.budayang.driver.cashssp.emulator.AcceptorEmulator;

/**
 * Random sessions against the emulator over loopback TCP: notes of every value, unrecognisable notes, lost requests,
 * lost and corrupt replies, safe jams, silences long enough for a note in escrow to time out. Whatever happens, the
 * money the acceptor credited equals what the journal holds and what the session counts, no credit is counted twice,
 * and no note above the amount due is ever stacked.
 */
class RandomSessionsPropertiesTest {

    /** One thing that happens at the acceptor. */
    sealed interface Step {
        void apply(AcceptorEmulator emulator) throws InterruptedException;
    }

    record Insert(Denomination note) implements Step {
        public void apply(AcceptorEmulator emulator) {
            emulator.insert(note);
        }
    }

    record InsertUnrecognisable() implements Step {
        public void apply(AcceptorEmulator emulator) {
            emulator.insertUnrecognisable();
        }
    }

    record LoseReplies(int count) implements Step {
        public void apply(AcceptorEmulator emulator) {
            emulator.dropReplies(count);
        }
    }

    record LoseRequests(int count) implements Step {
        public void apply(AcceptorEmulator emulator) {
            emulator.dropRequests(count);
        }
    }

    record CorruptReplies(int count) implements Step {
        public void apply(AcceptorEmulator emulator) {
            emulator.corruptReplies(count);
        }
    }

    record SafeJam() implements Step {
        public void apply(AcceptorEmulator emulator) throws InterruptedException {
            emulator.jamNow(true);
            Thread.sleep(80);
            emulator.clearJam();
        }
    }

    record Silence(int millis) implements Step {
        public void apply(AcceptorEmulator emulator) throws InterruptedException {
            emulator.silent(true);
            Thread.sleep(millis);
            emulator.silent(false);
        }
    }

    record Pause(int millis) implements Step {
        public void apply(AcceptorEmulator emulator) throws InterruptedException {
            Thread.sleep(millis);
        }
    }

    @Provide
    Arbitrary<Step> steps() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, Arbitraries.of(Denomination.class).map(Insert::new)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(new InsertUnrecognisable())),
                net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(1, 3).map(LoseReplies::new)),
                net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(1, 3).map(LoseRequests::new)),
                net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(1, 3).map(CorruptReplies::new)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(new SafeJam())),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(150, 400).map(Silence::new)),
                net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(0, 120).map(Pause::new)));
    }

    @Property(tries = 12, seed = "20261127")
    void creditedEqualsJournalledEqualsCountedAndNothingAboveTheDueIsStacked(
            @ForAll @LongRange(min = 100, max = 30_000) long dueFen,
            @ForAll @Size(min = 1, max = 14) List<@net.jqwik.api.From("steps") Step> steps) throws Exception {
        AcceptorEmulator emulator = new AcceptorEmulator();
        emulator.escrowTimeout(Duration.ofMillis(150));
        try (Rig rig = new Rig(CableKind.TCP, emulator, "replyTimeout", "100ms", "resends", "20").start()) {
            CashSession session = new CashSession("tx-prop");
            session.start(dueFen);
            rig.acceptor.onCashEvent(session);
            assertTrue(rig.acceptor.acceptNotes(EnumSet.allOf(Denomination.class), session, Rig.patient(),
                    Rig.none()).isSuccess());
            for (Step step : steps) {
                step.apply(emulator);
            }
            rig.awaitSettled();
            Thread.sleep(60); // the listener hears a credit right after the journal: let the last one arrive
            CashSessionSummary summary = session.summary();
            long journalled = rig.journal.fen();
            assertEquals(emulator.creditedFen(), journalled, "journalled vs credited by the acceptor; " + steps);
            assertEquals(journalled, summary.creditedFen(), "counted by the session vs journalled; " + steps);
            assertEquals(emulator.credits(), rig.journal.inOrder.size(), "one journal entry per credit");
            assertEquals(summary.credits().size(), summary.credits().stream().map(Credit::creditId).distinct()
                    .count(), "no credit id twice");
            assertTrue(emulator.creditedFen() <= dueFen, "stacked " + emulator.creditedFen() + " fen above the due "
                    + dueFen + "; " + steps);
            if (summary.creditedFen() == dueFen) {
                assertEquals(CashSessionState.PAID, summary.state());
            }
            assertEquals(List.of(), rig.orderProblems);
        }
    }
}
