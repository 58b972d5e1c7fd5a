package org.budayang.driver.cashssp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import org.budayang.driver.Condition;
import org.budayang.driver.DeviceStatus;
import org.budayang.driver.Health;
import org.budayang.driver.RecommendedAction;
import org.budayang.driver.cash.CashEvent;
import org.budayang.driver.cash.CashSession;
import org.budayang.driver.cash.CashSessionState;
import org.budayang.driver.cash.CashSessionSummary;
import org.budayang.driver.cash.Denomination;
import org.budayang.driver.testkit.Await;
import org.junit.jupiter.api.Test;

/** Every acceptor condition becomes a health with the fix for staff, and an event for the cash session. */
class ConditionsTest {

    private static void awaitHealth(Rig rig, Health health) {
        Await.until(health + " (now " + rig.acceptor.status() + ")", () -> rig.acceptor.status().health() == health,
                Rig.PATIENT);
    }

    @Test
    void anUnsafeJamIsAHardwareErrorAndFailsTheSessionWithTheNoteUncertain() throws Exception {
        try (Rig rig = new Rig(CableKind.TCP).start()) {
            CashSession session = new CashSession("tx-jam");
            session.start(5_000);
            rig.acceptor.onCashEvent(session);
            rig.acceptor.acceptNotes(EnumSet.allOf(Denomination.class), session, Rig.patient(), Rig.none());
            rig.emulator.insert(Denomination.YUAN_10);
            Await.until("10 元 credited", () -> session.summary().creditedFen() == 1_000, Rig.PATIENT);
            rig.emulator.jamNextNote(false);
            rig.emulator.insert(Denomination.YUAN_20);
            awaitHealth(rig, Health.HARDWARE_ERROR);
            DeviceStatus status = rig.acceptor.status();
            assertEquals(RecommendedAction.MAINTENANCE, status.action());
            assertEquals(Set.of(Condition.JAM), status.conditions());
            assertTrue(status.detail().startsWith("E9 UNSAFE_JAM"), status.detail());
            CashSessionSummary failed = session.summary();
            assertEquals(CashSessionState.FAILED, failed.state());
            assertEquals(1_000, failed.refundFen());
            assertEquals(2_000, failed.uncertainFen());
            rig.emulator.clearJam();
            awaitHealth(rig, Health.ONLINE);
        }
    }

    @Test
    void aSafeJamIsClearedByStaffFromTheFront() throws Exception {
        try (Rig rig = new Rig(CableKind.TCP).start()) {
            rig.emulator.jamNow(true);
            awaitHealth(rig, Health.USER_ERROR);
            assertEquals(RecommendedAction.CLEAR, rig.acceptor.status().action());
            assertTrue(rig.acceptor.status().detail().contains("pull it out"), rig.acceptor.status().detail());
            Await.until("Jam told", () -> !rig.events(CashEvent.Jam.class).isEmpty(), Rig.PATIENT);
            assertEquals(1, rig.events(CashEvent.Jam.class).size(), "told once, though reported at every poll");
            rig.emulator.clearJam();
            awaitHealth(rig, Health.ONLINE);
        }
    }

    @Test
    void aFullCashboxAndARemovedOneSayWhatToDo() throws Exception {
        try (Rig rig = new Rig(CableKind.TCP).start()) {
            rig.emulator.cashboxCapacity(1);
            rig.acceptor.acceptNotes(EnumSet.allOf(Denomination.class), note -> org.budayang.driver.cash
                    .EscrowDecision.ACCEPT, Rig.patient(), Rig.none());
            rig.emulator.insert(Denomination.YUAN_1);
            awaitHealth(rig, Health.USER_ERROR);
            DeviceStatus full = rig.acceptor.status();
            assertEquals(Set.of(Condition.CASHBOX_FULL), full.conditions());
            assertTrue(full.detail().contains("empty it"), full.detail());
            Await.until("StackerFull told", () -> !rig.events(CashEvent.StackerFull.class).isEmpty(), Rig.PATIENT);
            assertEquals(1, rig.events(CashEvent.StackerFull.class).size());
            rig.emulator.removeCashbox();
            Await.until("CASHBOX_REMOVED", () -> rig.acceptor.status().has(Condition.CASHBOX_REMOVED), Rig.PATIENT);
            assertTrue(rig.acceptor.status().detail().contains("put it back"), rig.acceptor.status().detail());
            rig.emulator.replaceCashbox();
            awaitHealth(rig, Health.ONLINE);
            Await.until("CashboxReplaced told", () -> rig.events(CashEvent.CashboxReplaced.class).size() == 1,
                    Rig.PATIENT);
        }
    }

    @Test
    void aFraudAttemptDegradesUntilStaffClearIt() throws Exception {
        try (Rig rig = new Rig(CableKind.TCP).start()) {
            rig.emulator.fraud(3);
            awaitHealth(rig, Health.DEGRADED);
            assertTrue(rig.acceptor.status().detail().startsWith("E6 FRAUD_ATTEMPT on channel 3"),
                    rig.acceptor.status().detail());
            // health is set before the event reaches the listener (PollCycle); wait for the event, don't race it
            Await.until("FraudAttempt told", () -> !rig.events(CashEvent.FraudAttempt.class).isEmpty(), Rig.PATIENT);
            assertEquals(3, rig.events(CashEvent.FraudAttempt.class).get(0).channel());
            assertEquals(Health.DEGRADED, rig.acceptor.conditionCleared(Rig.patient(), Rig.none()).valueIfSuccess()
                    .map(s -> Health.DEGRADED).orElse(Health.OFFLINE), "conditionCleared answers");
            awaitHealth(rig, Health.ONLINE);
        }
    }

    @Test
    void aResetAcceptorIsSetUpAgainAndKeepsAccepting() throws Exception {
        try (Rig rig = new Rig(CableKind.TCP).start()) {
            rig.acceptor.acceptNotes(EnumSet.of(Denomination.YUAN_5), note -> org.budayang.driver.cash
                    .EscrowDecision.ACCEPT, Rig.patient(), Rig.none());
            rig.emulator.powerDip();
            Await.until("DeviceReset told", () -> !rig.events(CashEvent.DeviceReset.class).isEmpty(), Rig.PATIENT);
            Await.until("accepting again", rig.emulator::accepting, Rig.PATIENT);
            rig.emulator.insert(Denomination.YUAN_5);
            rig.awaitSettled();
            assertEquals(500, rig.journal.fen());
            assertEquals(500, rig.acceptor.counters(Rig.patient(), Rig.none()).valueIfSuccess().orElseThrow()
                    .stacked() * 500);
        }
    }
}
