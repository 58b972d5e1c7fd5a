package org.budayang.driver.cashssp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import org.budayang.driver.Health;
import org.budayang.driver.cash.CashSession;
import org.budayang.driver.cash.CashSessionState;
import org.budayang.driver.cash.Denomination;
import org.budayang.driver.testkit.Await;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Lost and damaged packets with the default 20 resends: a resend goes with the same sequence bit, the acceptor answers
 * it from its last reply without executing it again, so no credit is lost or doubled; 21 sends without a reply make
 * the acceptor OFFLINE, and its next reply ONLINE again.
 */
class LostRepliesTest {

    private static CashSession paying(Rig rig, long due) throws Exception {
        CashSession session = new CashSession("tx-lost");
        session.start(due);
        rig.acceptor.onCashEvent(session);
        assertTrue(rig.acceptor.acceptNotes(EnumSet.allOf(Denomination.class), session, Rig.patient(), Rig.none())
                .isSuccess());
        return session;
    }

    @ParameterizedTest
    @EnumSource(CableKind.class)
    void lostRepliesLostRequestsAndCorruptRepliesNeitherLoseNorDoubleACredit(CableKind kind) throws Exception {
        try (Rig rig = new Rig(kind, "replyTimeout", "100ms", "resends", "20").start()) {
            CashSession session = paying(rig, 17_600);
            Denomination[] notes = {Denomination.YUAN_100, Denomination.YUAN_50, Denomination.YUAN_20,
                    Denomination.YUAN_5, Denomination.YUAN_1};
            for (int i = 0; i < notes.length; i++) {
                rig.emulator.insert(notes[i]);
                switch (i % 3) {
                    case 0 -> rig.emulator.dropReplies(2);
                    case 1 -> rig.emulator.dropRequests(2);
                    default -> rig.emulator.corruptReplies(2);
                }
                final int credited = i + 1;
                Await.until("note " + credited + " credited", () -> rig.journal.inOrder.size() >= credited,
                        Rig.PATIENT);
            }
            rig.awaitSettled();
            assertEquals(CashSessionState.PAID, session.state());
            assertEquals(17_600, rig.journal.fen());
            assertEquals(17_600, rig.emulator.creditedFen());
            assertEquals(17_600, session.summary().creditedFen());
            assertEquals(5, rig.journal.inOrder.size());
            assertTrue(rig.acceptor.status().health().isOperational(), rig.acceptor.status().toString());
            assertTrue(!rig.emulator.trafficSummary().endsWith(" 0 resends"), rig.emulator.trafficSummary());
            assertEquals(java.util.List.of(), rig.orderProblems);
        }
    }

    @ParameterizedTest
    @EnumSource(CableKind.class)
    void twentyOneSendsWithoutReplyAreOfflineAndTheNextReplyIsOnline(CableKind kind) throws Exception {
        try (Rig rig = new Rig(kind, "replyTimeout", "50ms", "resends", "20").start()) {
            rig.emulator.dropReplies(20);
            Await.until("20 replies lost", () -> rig.emulator.faultsPending() == 0, Rig.PATIENT);
            Thread.sleep(300);
            assertEquals(Health.ONLINE, rig.acceptor.status().health(), "20 lost replies: the 21st send is answered");
            rig.emulator.silent(true);
            long start = System.nanoTime();
            Await.until("OFFLINE", () -> rig.acceptor.status().health() == Health.OFFLINE, Rig.PATIENT);
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(millis >= 21 * 50 - 60, "OFFLINE only after 21 sends of 50 ms, took " + millis + " ms");
            assertTrue(rig.acceptor.status().detail().contains("after 21 send(s)"), rig.acceptor.status().detail());
            rig.emulator.silent(false);
            Await.until("ONLINE again", () -> rig.acceptor.status().health() == Health.ONLINE, Rig.PATIENT);
            rig.emulator.insert(Denomination.YUAN_10);
            CashSession session = paying(rig, 1_000);
            Await.until("PAID after the outage", () -> session.state() == CashSessionState.PAID, Rig.PATIENT);
            assertEquals(1_000, rig.journal.fen());
        }
    }
}
