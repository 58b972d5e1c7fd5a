package org.budayang.kiosk.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.budayang.kiosk.security.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalPurgeTest {
    @TempDir
    Path dir;

    @Test
    void personalDataGoAfterCompletionPlusRetentionAndWhatOpsNeedStays() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-20T02:00:00Z"));
        try (Journal journal = JournalFixture.open(dir, clock)) {
            JournalTx done = journal.begin("PRINT_CERTIFICATE", "XK00001001", JournalFixture.PERSONAL);
            JournalStep print = done.intend("PRINT", "{\"doc\":\"D-1\"}");
            print.done("{\"pages\":1}", OutboxMessage.of("TX_RECORD", "/api/v1/records", "{\"tx\":1}"));
            clock.advance(Duration.ofMinutes(5));
            done.finish();
            Instant ended = clock.instant();
            JournalTx open = journal.begin("APPLY", "XK00002001", JournalFixture.PERSONAL);
            open.intend("SUBMIT", "{\"form\":1}");
            journal.outbox().markSent(journal.outbox().records(OutboxState.PENDING).get(0).id());

            clock.set(ended.plus(Duration.ofDays(7)).minusMillis(1));
            assertEquals(0, journal.purge());
            assertTrue(journal.personalData(done.id()).isPresent());

            clock.set(ended.plus(Duration.ofDays(7)));
            assertEquals(1, journal.purge());
            TxRecord purged = journal.find(done.id()).orElseThrow();
            assertTrue(journal.personalData(done.id()).isEmpty());
            assertNull(purged.steps().get(0).payload());
            assertNull(purged.steps().get(0).result());
            assertEquals(clock.instant(), purged.purgedAt());
            assertEquals(List.of("PRINT_CERTIFICATE", "XK00001001", TxState.DONE, StepState.DONE, print.idempotencyKey()),
                    List.of(purged.kind(), purged.itemCode(), purged.state(), purged.steps().get(0).state(),
                            purged.steps().get(0).idempotencyKey()));
            assertNotNull(purged.steps().get(0).endedAt());
            assertTrue(journal.outbox().records(OutboxState.SENT).isEmpty(), "a sent record as old goes too");

            clock.advance(Duration.ofDays(30));
            assertEquals(0, journal.purge(), "an OPEN transaction is never purged; a purged one not twice");
            assertEquals(JournalFixture.PERSONAL, journal.personalData(open.id()).orElseThrow());
            assertEquals("{\"form\":1}", journal.find(open.id()).orElseThrow().steps().get(0).payload());
        }
    }

    @Test
    void deadOutboxRecordsStayForOps() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-20T02:00:00Z"));
        try (Journal journal = JournalFixture.open(dir, clock)) {
            journal.outbox().append(OutboxMessage.of("EVALUATION", "/api/v1/evaluations", "{\"level\":5}"));
            long id = journal.outbox().records(OutboxState.PENDING).get(0).id();
            journal.outbox().markDead(id, "central refused /api/v1/evaluations: HTTP 400");
            clock.advance(Duration.ofDays(60));
            journal.purge();
            assertEquals("central refused /api/v1/evaluations: HTTP 400",
                    journal.outbox().records(OutboxState.DEAD).get(0).lastError());
        }
    }

    @Test
    void thePurgeRunsAtStartOnItsOwnThread() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-20T02:00:00Z"));
        try (Journal journal = JournalFixture.open(dir, clock)) {
            JournalTx tx = journal.begin("PAY", "XK00003001", JournalFixture.PERSONAL);
            tx.finish();
            clock.advance(Duration.ofDays(8));
            try (JournalPurge purge = JournalPurge.every(journal, Duration.ofHours(1))) {
                long deadline = System.nanoTime() + 5_000_000_000L;
                while (journal.personalData(tx.id()).isPresent() && System.nanoTime() < deadline) {
                    Thread.sleep(20);
                }
                assertTrue(journal.personalData(tx.id()).isEmpty());
            }
        }
    }
}
