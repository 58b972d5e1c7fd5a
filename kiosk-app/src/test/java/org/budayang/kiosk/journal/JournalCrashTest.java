package org.budayang.kiosk.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.budayang.kiosk.catalog.CentralClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a child JVM that writes the journal with SIGKILL ({@code destroyForcibly}) at each journal point, then
 * reopens the file here and checks what survived.
 */
class JournalCrashTest {
    @TempDir
    Path dir;

    @Test
    void killedAfterIntendTheTransactionIsUnfinishedWithItsIntendedStep() throws Exception {
        String[] point = runAndKill("after-intend", null, line -> line.startsWith("POINT")).get(0).split(" ");
        try (Journal journal = JournalFixture.open(dir)) {
            assertEquals("ok", journal.integrityCheck());
            List<TxRecord> open = journal.unfinished();
            assertEquals(1, open.size());
            TxRecord tx = open.get(0);
            assertEquals(point[1], tx.id());
            assertEquals(StepState.DONE, tx.steps().get(0).state(), "the CHECK step done before stays done");
            StepRecord pending = tx.pendingStep().orElseThrow();
            assertEquals("SUBMIT", pending.name());
            assertEquals(point[2], pending.idempotencyKey(), "the recovery asks central with the same key");
            assertEquals("{\"form\":\"F-1\"}", pending.payload());
            assertEquals(JournalFixture.PERSONAL, journal.personalData(tx.id()).orElseThrow());
        }
    }

    @Test
    void killedAfterDoneTheStepAndItsOutboxRecordAreKept() throws Exception {
        String[] point = runAndKill("after-done", null, line -> line.startsWith("POINT")).get(0).split(" ");
        try (Journal journal = JournalFixture.open(dir)) {
            assertEquals("ok", journal.integrityCheck());
            TxRecord tx = journal.unfinished().get(0);
            assertEquals(point[1], tx.id());
            assertTrue(tx.pendingStep().isEmpty());
            assertEquals(StepState.DONE, tx.steps().get(0).state());
            assertEquals("{\"pages\":1}", tx.steps().get(0).result());
            List<OutboxRecord> pending = journal.outbox().records(OutboxState.PENDING);
            assertEquals(List.of(point[2]), pending.stream().map(OutboxRecord::idempotencyKey).toList());
            assertEquals(tx.id(), pending.get(0).txId());
        }
    }

    @Test
    void killedInTheMiddleOfAnOutboxWriteTheStepAndItsMessagesAreAllOrNothing() throws Exception {
        int midWrite = 0;
        int committed = 0;
        for (int round = 0; round < 8 && (midWrite < 2 || round < 3); round++) {
            List<String> said = runAndKill("mid-outbox", null, line -> line.startsWith("WRITING 3 "));
            Map<String, String> last = new HashMap<>();
            for (String line : said) {
                String[] parts = line.split(" ");
                last.put(parts[2], parts[0]);
            }
            String lastLine = said.get(said.size() - 1);
            if (lastLine.startsWith("WRITING")) {
                midWrite++;
            }
            try (Journal journal = JournalFixture.open(dir)) {
                assertEquals("ok", journal.integrityCheck());
                for (Map.Entry<String, String> e : last.entrySet()) {
                    if (e.getValue().equals("COMMITTED")) {
                        committed++;
                        assertEquals(StepState.DONE, journal.find(e.getKey()).orElseThrow().steps().get(0).state(),
                                "a step whose done() returned is never lost");
                    }
                }
                assertAllOrNothing(journal);
            }
        }
        assertTrue(midWrite >= 1, "at least one kill landed inside done(): " + midWrite);
        assertTrue(committed >= 8, "steps committed before the kills: " + committed);
    }

    @Test
    void killedWhileDeliveringEveryRecordReachesCentralExactlyOnceAndInOrder() throws Exception {
        try (TestInbox inbox = new TestInbox()) {
            runAndKill("delivering", inbox.url().toString(), line -> line.equals("APPENDED") && waitFor(inbox, 6));
            int before = inbox.storedKeys().size();
            assertTrue(before >= 6 && before < 20, "killed mid-way: " + before + " stored");
            try (Journal journal = JournalFixture.open(dir);
                    CentralClient client = new CentralClient(inbox.url());
                    OutboxDeliverer deliverer = new OutboxDeliverer(journal.outbox(), new CentralSender(client),
                            Clock.systemUTC(), Duration.ofMillis(20), Duration.ofMillis(200), Duration.ofMillis(20))) {
                assertEquals("ok", journal.integrityCheck());
                deliverer.start();
                OutboxDeliveryTest.await("all sent", () -> journal.outbox().records(OutboxState.SENT).size() == 20);
            }
            List<String> stored = inbox.storedKeys();
            assertEquals(20, stored.size(), "each key stored once");
            for (int i = 0; i < 20; i++) {
                assertEquals("{\"n\":" + i + "}", inbox.body(stored.get(i)), "in order");
            }
            assertTrue(inbox.totalArrivals() <= 21, "at most the one in flight was sent twice: "
                    + inbox.totalArrivals());
        }
    }

    private static boolean waitFor(TestInbox inbox, int stored) {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (inbox.storedKeys().size() < stored && System.nanoTime() < deadline) {
            java.util.concurrent.locks.LockSupport.parkNanos(1_000_000);
        }
        return inbox.storedKeys().size() >= stored;
    }

    /** Every step is DONE with all its messages, or INTENDED with none; no key twice. */
    private static void assertAllOrNothing(Journal journal) {
        Map<String, Integer> outboxPerTx = journal.read(c -> {
            Map<String, Integer> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT tx_id, COUNT(*), COUNT(DISTINCT idempotency_key)"
                    + " FROM outbox GROUP BY tx_id"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    assertEquals(rs.getInt(2), rs.getInt(3));
                    out.put(rs.getString(1), rs.getInt(2));
                }
            }
            return out;
        });
        List<String> ids = journal.read(c -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM journal_tx");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
        for (String id : ids) {
            TxRecord tx = journal.find(id).orElseThrow();
            if (tx.steps().isEmpty()) {
                assertEquals(0, outboxPerTx.getOrDefault(id, 0));
                continue;
            }
            StepState state = tx.steps().get(0).state();
            int expected = state == StepState.DONE ? JournalCrashChild.MESSAGES_PER_STEP : 0;
            assertEquals(expected, outboxPerTx.getOrDefault(id, 0), "transaction " + id + " step " + state);
        }
    }

    /** Starts the child, waits for a line that {@code killWhen} accepts, kills it with SIGKILL; returns its lines. */
    private List<String> runAndKill(String scenario, String url, Predicate<String> killWhen) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx96m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                JournalCrashChild.class.getName(), dir.toString(), scenario));
        if (url != null) {
            command.add(url);
        }
        Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (line.startsWith("@@ ")) {
                        lines.add(line.substring(3));
                    }
                }
            } catch (IOException ignored) {
                // the child was killed
            }
        }, "crash-child-reader");
        reader.start();
        List<String> said = new ArrayList<>();
        try {
            while (true) {
                String line = lines.poll(30, TimeUnit.SECONDS);
                if (line == null) {
                    throw new AssertionError("child " + scenario + " said nothing for 30 s; it said " + said);
                }
                said.add(line);
                if (killWhen.test(line)) {
                    break;
                }
            }
        } finally {
            child.destroyForcibly();
            assertTrue(child.waitFor(10, TimeUnit.SECONDS));
        }
        reader.join(5_000);
        lines.drainTo(said); // lines the child printed before the signal landed
        assertEquals(137, child.exitValue(), "killed by SIGKILL");
        return said;
    }
}
