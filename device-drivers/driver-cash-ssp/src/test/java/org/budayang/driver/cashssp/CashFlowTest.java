package org.budayang.driver.cashssp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import org.budayang.driver.Health;
import org.budayang.driver.cash.CashEvent;
import org.budayang.driver.cash.CashSession;
import org.budayang.driver.cash.CashSessionState;
import org.budayang.driver.cash.CashSessionSummary;
import org.budayang.driver.cash.Denomination;
import org.budayang.driver.cash.EscrowDecision;
import org.budayang.driver.cash.RejectReason;
import org.budayang.driver.cashssp.emulator.AcceptorEmulator;
import org.budayang.driver.op.Outcome;
import org.budayang.driver.testkit.Await;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A cash payment end to end: the real driver, the emulator, a real cable, a {@link CashSession}. */
class CashFlowTest {

    private static CashSession pay(Rig rig, long dueFen) throws Exception {
        CashSession session = new CashSession("tx-test");
        session.start(dueFen);
        rig.acceptor.onCashEvent(session);
        Outcome<?> accepting = rig.acceptor.acceptNotes(EnumSet.allOf(Denomination.class), session, Rig.patient(),
                Rig.none());
        assertTrue(accepting.isSuccess(), "acceptNotes: " + accepting);
        return session;
    }

    @ParameterizedTest
    @EnumSource(CableKind.class)
    void paysThirtyYuanRejectingTheNoteThatWouldNeedChange(CableKind kind) throws Exception {
        try (Rig rig = new Rig(kind).start()) {
            CashSession session = pay(rig, 3_000);
            rig.emulator.insert(Denomination.YUAN_20);
            rig.emulator.insert(Denomination.YUAN_20);
            rig.emulator.insert(Denomination.YUAN_10);
            Await.until("PAID", () -> session.state() == CashSessionState.PAID, Rig.PATIENT);
            rig.awaitSettled();
            CashSessionSummary paid = session.summary();
            assertEquals(3_000, paid.creditedFen());
            assertEquals(0, paid.refundFen());
            assertEquals(3_000, rig.journal.fen(), "journalled");
            assertEquals(3_000, rig.emulator.creditedFen(), "credited by the acceptor");
            assertEquals(1, rig.emulator.rejected(), "the second 20 元 went back");
            List<CashEvent.Rejected> rejected = rig.events(CashEvent.Rejected.class);
            assertEquals(RejectReason.HOST_REJECTED, rejected.get(0).reason(), rejected.toString());
            List<CashEvent.NoteInEscrow> escrow = rig.events(CashEvent.NoteInEscrow.class);
            assertEquals(List.of(EscrowDecision.ACCEPT, EscrowDecision.REJECT, EscrowDecision.ACCEPT),
                    escrow.stream().map(CashEvent.NoteInEscrow::decision).toList());
            assertEquals(List.of(), rig.orderProblems);
            assertTrue(rig.acceptor.acknowledgedPolling());
        }
    }

    @Test
    void aCreditThatCannotBeJournalledIsNeitherToldNorAcknowledgedUntilItIs() throws Exception {
        try (Rig rig = new Rig(CableKind.TCP).start()) {
            CashSession session = pay(rig, 5_000);
            rig.journal.failures.set(Integer.MAX_VALUE);
            rig.emulator.insert(Denomination.YUAN_50);
            Await.until("the journal refused the credit", () -> rig.journal.attempts.get() >= 3, Rig.PATIENT);
            assertEquals(Health.HARDWARE_ERROR, rig.acceptor.status().health(), rig.acceptor.status().toString());
            assertTrue(rig.acceptor.status().detail().startsWith("CREDIT_NOT_JOURNALLED"),
                    rig.acceptor.status().detail());
            assertTrue(rig.emulator.eventsAwaitingAck(), "the acceptor still holds the credit event");
            assertEquals(0, rig.events(CashEvent.Credited.class).size(), "nobody heard of it");
            assertEquals(CashSessionState.ACCEPTING, session.state());
            rig.journal.failures.set(0);
            Await.until("PAID", () -> session.state() == CashSessionState.PAID, Rig.PATIENT);
            Thread.sleep(500);
            assertEquals(1, rig.journal.inOrder.size(), rig.journal.inOrder + " " + rig.events);
            assertEquals(1, rig.events(CashEvent.Credited.class).size());
            assertEquals(Health.ONLINE, rig.acceptor.status().health());
            assertEquals(List.of(), rig.orderProblems);
        }
    }

    @Test
    void anAcceptorWithoutAcknowledgedPollingIsPolledPlainly() throws Exception {
        try (Rig rig = new Rig(CableKind.TCP, new AcceptorEmulator(false, 6, "CNY")).start()) {
            Await.until("plain polling after the first poll", () -> !rig.acceptor.acknowledgedPolling(), Rig.PATIENT);
            CashSession session = pay(rig, 600);
            rig.emulator.insert(Denomination.YUAN_5);
            rig.emulator.insert(Denomination.YUAN_1);
            Await.until("PAID", () -> session.state() == CashSessionState.PAID, Rig.PATIENT);
            assertEquals(600, rig.journal.fen());
        }
    }

    @Test
    void aNoteLeftInEscrowWhileTheHostIsSilentGoesBackAfterTheEscrowTimeout() throws Exception {
        AcceptorEmulator emulator = new AcceptorEmulator();
        emulator.escrowTimeout(Duration.ofMillis(400));
        try (Rig rig = new Rig(CableKind.TCP, emulator).start()) {
            // a policy that holds once: the HOLD restarts the timer, then the host "hangs" (emulator silent to it)
            int[] asked = {0};
            rig.acceptor.acceptNotes(EnumSet.allOf(Denomination.class), note -> {
                asked[0]++;
                return asked[0] == 1 ? EscrowDecision.HOLD : EscrowDecision.ACCEPT;
            }, Rig.patient(), Rig.none());
            rig.emulator.insert(Denomination.YUAN_10);
            Await.until("the note held", () -> asked[0] >= 1, Rig.PATIENT);
            emulator.silent(true);
            Thread.sleep(800);
            emulator.silent(false);
            Await.until("the note given back", () -> !rig.events(CashEvent.Rejected.class).isEmpty(), Rig.PATIENT);
            assertEquals(RejectReason.ESCROW_TIMEOUT, rig.events(CashEvent.Rejected.class).get(0).reason());
            assertEquals(0, rig.journal.fen());
            assertEquals(0, emulator.creditedFen());
        }
    }

    @Test
    void cancelRecordsWhatWasStackedAndStopsTheAcceptor() throws Exception {
        try (Rig rig = new Rig(CableKind.TCP).start()) {
            CashSession session = pay(rig, 10_000);
            rig.emulator.insert(Denomination.YUAN_20);
            Await.until("20 元 credited", () -> session.summary().creditedFen() == 2_000, Rig.PATIENT);
            CashSessionSummary cancelled = session.cancel();
            assertTrue(rig.acceptor.stopAccepting(Rig.patient(), Rig.none()).isSuccess());
            assertEquals(2_000, cancelled.refundFen());
            assertTrue(!rig.emulator.accepting());
            rig.emulator.insert(Denomination.YUAN_50);
            Thread.sleep(300);
            assertEquals(2_000, rig.emulator.creditedFen(), "a disabled acceptor takes no note");
        }
    }
}
