package org.budayang.driver.cash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class CashSessionTest {
    private static final Instant AT = Instant.parse("2026-11-27T10:00:00Z");
    private final CashSession session = new CashSession("tx-1");

    private static Credit credit(String id, Denomination note) {
        return new Credit(id, note, AT);
    }

    @Test
    void paysInFullWithNotesThatFitAndRejectsTheOneThatWouldNeedChange() {
        session.start(3_000);
        assertEquals(EscrowDecision.ACCEPT, session.decide(Denomination.YUAN_20));
        session.accept(new CashEvent.Credited(credit("a-1", Denomination.YUAN_20)));
        assertEquals(CashSessionState.ACCEPTING, session.state());
        assertEquals(1_000, session.summary().remainingFen());
        assertEquals(EscrowDecision.REJECT, session.decide(Denomination.YUAN_20), "20 元 on 10 元 due needs change");
        assertEquals(EnumSet.of(Denomination.YUAN_1, Denomination.YUAN_5, Denomination.YUAN_10),
                session.acceptableNotes());
        assertEquals(EscrowDecision.ACCEPT, session.decide(Denomination.YUAN_10));
        session.accept(new CashEvent.Credited(credit("a-2", Denomination.YUAN_10)));
        CashSessionSummary paid = session.summary();
        assertEquals(CashSessionState.PAID, paid.state());
        assertEquals(3_000, paid.creditedFen());
        assertEquals(0, paid.refundFen());
        assertEquals(EscrowDecision.REJECT, session.decide(Denomination.YUAN_1), "a paid session takes nothing");
    }

    @Test
    void aNoteInEscrowIsReservedSoASecondOneCannotOverpay() {
        session.start(1_000);
        assertEquals(EscrowDecision.ACCEPT, session.decide(Denomination.YUAN_10));
        assertEquals(EscrowDecision.REJECT, session.decide(Denomination.YUAN_1), "10 元 already on its way");
        session.accept(new CashEvent.Rejected(RejectReason.ESCROW_TIMEOUT, "", AT));
        assertEquals(EscrowDecision.ACCEPT, session.decide(Denomination.YUAN_5), "the returned note frees the amount");
    }

    @Test
    void aRepeatedCreditIsCountedOnce() {
        session.start(5_000);
        assertTrue(session.credited(credit("c-7", Denomination.YUAN_10)));
        assertFalse(session.credited(credit("c-7", Denomination.YUAN_10)));
        session.accept(new CashEvent.Credited(credit("c-7", Denomination.YUAN_10)));
        assertEquals(1_000, session.summary().creditedFen());
    }

    @Test
    void cancelRecordsWhatWasStackedForRefundAndALateCreditIsAdded() {
        session.start(5_000);
        session.credited(credit("c-1", Denomination.YUAN_20));
        CashSessionSummary cancelled = session.cancel();
        assertEquals(CashSessionState.CANCELLED, cancelled.state());
        assertEquals(2_000, cancelled.refundFen());
        session.credited(credit("c-2", Denomination.YUAN_10));
        assertEquals(3_000, session.summary().refundFen(), "a note already past escrow is refunded too");
        assertEquals(CashSessionState.CANCELLED, session.state());
    }

    @Test
    void anUnsafeJamFailsTheSessionAndRecordsTheNoteAsUncertain() {
        session.start(5_000);
        session.credited(credit("c-1", Denomination.YUAN_10));
        session.decide(Denomination.YUAN_20);
        session.accept(new CashEvent.Jam(false, AT));
        CashSessionSummary failed = session.summary();
        assertEquals(CashSessionState.FAILED, failed.state());
        assertEquals(1_000, failed.refundFen());
        assertEquals(2_000, failed.uncertainFen());
        assertTrue(failed.failure().startsWith("ACCEPTOR_JAMMED_UNSAFE"), failed.failure());
    }

    @Test
    void aLateCreditAfterPaidIsRefunded() {
        session.start(1_000);
        session.credited(credit("c-1", Denomination.YUAN_10));
        session.credited(credit("c-2", Denomination.YUAN_5));
        assertEquals(CashSessionState.PAID, session.state());
        assertEquals(500, session.summary().refundFen());
    }

    @Test
    void refusalsNameTheStateAndTheOperation() {
        session.start(100);
        CashSessionException twice = assertThrows(CashSessionException.class, () -> session.start(100));
        assertEquals("CASH_SESSION_STATE: cash session tx-1: cannot start while ACCEPTING; start is allowed only when"
                + " IDLE", twice.getMessage());
        session.cancel();
        CashSessionException late = assertThrows(CashSessionException.class, () -> session.fail("X", "y"));
        assertTrue(late.getMessage().contains("cannot fail while CANCELLED"), late.getMessage());
    }

    @Test
    void amountsAreChecked() {
        IllegalArgumentException zero = assertThrows(IllegalArgumentException.class, () -> session.start(0));
        assertTrue(zero.getMessage().contains("got 0"), zero.getMessage());
        assertThrows(IllegalArgumentException.class, () -> session.start(CashSession.MAX_DUE_FEN + 1));
        assertEquals(Denomination.YUAN_50, Denomination.ofYuan(50));
        IllegalArgumentException two = assertThrows(IllegalArgumentException.class, () -> Denomination.ofYuan(2));
        assertTrue(two.getMessage().contains("no 2 元 banknote"), two.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Credit("has space", Denomination.YUAN_1, AT));
    }
}
