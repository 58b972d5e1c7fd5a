package org.budayang.kiosk.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalTest {
    @TempDir
    Path dir;

    @Test
    void opensWithWalFullSyncAndForeignKeysAndVersionsItsSchema() {
        try (Journal journal = JournalFixture.open(dir)) {
            assertEquals("wal", pragma(journal, "journal_mode"));
            assertEquals("2", pragma(journal, "synchronous"), "2 = FULL");
            assertEquals("1", pragma(journal, "foreign_keys"));
            assertEquals("1", pragma(journal, "secure_delete"));
            assertEquals("ok", journal.integrityCheck());
            assertEquals(JournalSchema.CURRENT, (int) journal.read(JournalSchema::version));
        }
        try (Journal again = JournalFixture.open(dir)) {
            assertEquals(JournalSchema.CURRENT, (int) again.read(c -> count(c, "SELECT COUNT(*) FROM journal_schema")),
                    "one row per migration: reopening applies no migration twice");
        }
    }

    @Test
    void refusesAFileFromANewerRelease() throws Exception {
        JournalFixture.open(dir).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("journal.db"));
                Statement st = c.createStatement()) {
            st.execute("INSERT INTO journal_schema VALUES (99, 'future', 0)");
        }
        JournalException e = assertThrows(JournalException.class, () -> JournalFixture.open(dir));
        assertEquals(JournalException.SCHEMA_NEWER, e.code());
        assertTrue(e.getMessage().contains("schema version 99") && e.getMessage().contains("knows up to " + JournalSchema.CURRENT),
                e.getMessage());
    }

    @Test
    void stepsAreWrittenInOrderWithKeysAndTheTransactionEnds() {
        try (Journal journal = JournalFixture.open(dir)) {
            JournalTx tx = journal.begin("PRINT_CERTIFICATE", "XK00001001", JournalFixture.PERSONAL);
            JournalStep query = tx.intend("QUERY", "{\"q\":1}");
            query.done("{\"rows\":3}");
            JournalStep print = tx.intend("PRINT", "{\"doc\":\"D-1\"}");
            assertTrue(tx.pendingStep().isPresent());
            print.done(null);
            tx.finish();

            TxRecord record = journal.find(tx.id()).orElseThrow();
            assertEquals(TxState.DONE, record.state());
            assertEquals(List.of("QUERY", "PRINT"), record.steps().stream().map(StepRecord::name).toList());
            assertEquals(List.of(1, 2), record.steps().stream().map(StepRecord::seq).toList());
            assertEquals("{\"rows\":3}", record.steps().get(0).result());
            assertEquals("{\"doc\":\"D-1\"}", record.steps().get(1).payload());
            assertTrue(record.steps().stream().allMatch(s -> s.state() == StepState.DONE && s.endedAt() != null));
            assertTrue(query.idempotencyKey().matches("[A-Za-z0-9_-]{8,64}"));
            assertTrue(!query.idempotencyKey().equals(print.idempotencyKey()));
            assertEquals(JournalFixture.PERSONAL, journal.personalData(tx.id()).orElseThrow());
            assertTrue(journal.unfinished().isEmpty());
        }
    }

    @Test
    void refusalsNameTheStateAndTheOperation() {
        try (Journal journal = JournalFixture.open(dir)) {
            JournalTx tx = journal.begin("APPLY", "XK00002001", null);
            JournalStep submit = tx.intend("SUBMIT", null);

            JournalException pending = assertThrows(JournalException.class, tx::finish);
            assertEquals(JournalException.REFUSED, pending.code());
            assertTrue(pending.getMessage().contains("step 1 SUBMIT still INTENDED; cannot finish"),
                    pending.getMessage());
            assertThrows(JournalException.class, () -> tx.intend("PRINT", null));

            submit.failed("central answered 503 twice");
            JournalException twice = assertThrows(JournalException.class, () -> submit.done(null));
            assertTrue(twice.getMessage().contains("step 1 SUBMIT of transaction " + tx.id()
                    + " is FAILED; cannot mark done"), twice.getMessage());

            tx.failed("application not submitted");
            JournalException ended = assertThrows(JournalException.class, () -> tx.intend("PRINT", null));
            assertEquals("JOURNAL_REFUSED: transaction " + tx.id() + " is FAILED; cannot intend step PRINT"
                    + " (only an OPEN transaction can)", ended.getMessage());
            assertThrows(JournalException.class, () -> tx.compensated("again"));
            assertEquals("application not submitted", journal.find(tx.id()).orElseThrow().reason());
        }
    }

    @Test
    void validatesNamesAndReasons() {
        try (Journal journal = JournalFixture.open(dir)) {
            JournalException kind = assertThrows(JournalException.class, () -> journal.begin("print", "XK1", null));
            assertEquals("JOURNAL_INVALID: kind: 'print' is not accepted; expected 1-64 of A-Z, 0-9, _ starting with"
                    + " a letter", kind.getMessage());
            JournalTx tx = journal.begin("PAY", "XK00003001", null);
            assertThrows(JournalException.class, () -> tx.compensated(" "));
            JournalException unknown = assertThrows(JournalException.class, () -> journal.resume("nope"));
            assertEquals(JournalException.UNKNOWN_TX, unknown.code());
        }
    }

    @Test
    void anOpenTransactionAndItsIntendedStepSurviveReopening() {
        String txId;
        String key;
        try (Journal journal = JournalFixture.open(dir)) {
            journal.begin("PRINT_CERTIFICATE", "XK00001001", null).finish();
            JournalTx tx = journal.begin("APPLY", "XK00002001", JournalFixture.PERSONAL);
            tx.intend("CHECK", null).done("ok");
            key = tx.intend("SUBMIT", "{\"form\":1}").idempotencyKey();
            txId = tx.id();
        }
        try (Journal journal = JournalFixture.open(dir)) {
            List<TxRecord> open = journal.unfinished();
            assertEquals(List.of(txId), open.stream().map(TxRecord::id).toList());
            StepRecord pending = open.get(0).pendingStep().orElseThrow();
            assertEquals("SUBMIT", pending.name());
            assertEquals(key, pending.idempotencyKey());
            assertEquals("{\"form\":1}", pending.payload());

            JournalTx resumed = journal.resume(txId);
            resumed.pendingStep().orElseThrow().done("{\"receipt\":\"R-1\"}");
            resumed.finish();
            assertTrue(journal.unfinished().isEmpty());
            assertNull(journal.find(txId).orElseThrow().reason());
        }
    }

    @Test
    void threadsWritingAtOnceAreSerialisedAndNothingIsLost() throws Exception {
        try (Journal journal = JournalFixture.open(dir)) {
            int threads = 4;
            int perThread = 40;
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
            List<java.util.concurrent.Future<List<String>>> futures = new java.util.ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    List<String> ids = new java.util.ArrayList<>();
                    for (int i = 0; i < perThread; i++) {
                        JournalTx tx = journal.begin("PRINT_CERTIFICATE", "XK00001001", JournalFixture.PERSONAL);
                        tx.intend("PRINT", "{\"i\":" + i + "}").done(null,
                                OutboxMessage.of("TX_RECORD", "/api/v1/records", "{}"));
                        tx.finish();
                        ids.add(tx.id());
                    }
                    return ids;
                }));
            }
            pool.shutdown();
            java.util.Set<String> all = new java.util.HashSet<>();
            for (var f : futures) {
                all.addAll(f.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            assertEquals(threads * perThread, all.size());
            for (String id : all) {
                assertEquals(TxState.DONE, journal.find(id).orElseThrow().state());
            }
            assertEquals(threads * perThread, journal.outbox().records(OutboxState.PENDING).size());
            assertEquals("ok", journal.integrityCheck());
        }
    }

    @Test
    void settingsReadTheRetention() {
        assertEquals(JournalSettings.DEFAULT_RETENTION, JournalSettings.of(dir, Map.of()).retention());
        assertEquals(java.time.Duration.ofHours(12),
                JournalSettings.of(dir, Map.of("journal.retention", "PT12H")).retention());
        assertEquals(dir.resolve("journal").resolve("journal.db"), JournalSettings.of(dir, Map.of()).file());
        assertEquals(JournalSettings.of(dir, Map.of()), JournalSettings.under(dir, java.time.Duration.ofDays(7)));
        JournalException e = assertThrows(JournalException.class,
                () -> JournalSettings.of(dir, Map.of("journal.retention", "7 days")));
        assertEquals("JOURNAL_INVALID: journal.retention: '7 days' is not accepted; expected an ISO-8601 duration"
                + " such as P7D or PT12H", e.getMessage());
    }

    static String pragma(Journal journal, String name) {
        return journal.read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA " + name)) {
                rs.next();
                return rs.getString(1);
            }
        });
    }

    static int count(Connection c, String sql) throws java.sql.SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
