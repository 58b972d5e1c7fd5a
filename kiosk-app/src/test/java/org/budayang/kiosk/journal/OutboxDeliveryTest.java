package org.budayang.kiosk.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.budayang.kiosk.catalog.CentralClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The outbox delivered by the real CentralSender/CentralClient to a real HTTP server on a loopback port. */
class OutboxDeliveryTest {
    @TempDir
    Path dir;
    TestInbox inbox;
    CentralClient client;

    @BeforeEach
    void start() throws Exception {
        inbox = new TestInbox();
        client = new CentralClient(inbox.url(), Duration.ofMillis(500), Duration.ofSeconds(2));
    }

    @AfterEach
    void stop() throws Exception {
        client.close();
        inbox.close();
    }

    private OutboxDeliverer deliverer(Journal journal) {
        return new OutboxDeliverer(journal.outbox(), new CentralSender(client), Clock.systemUTC(),
                Duration.ofMillis(20), Duration.ofMillis(200), Duration.ofMillis(50));
    }

    @Test
    void waitsWhileCentralIsDownThenDrainsInOrderAndCentralStoresEachOnce() throws Exception {
        List<String> evaluations = new ArrayList<>();
        List<String> records = new ArrayList<>();
        try (Journal journal = JournalFixture.open(dir)) {
            inbox.stop();
            for (int i = 0; i < 6; i++) {
                JournalTx tx = journal.begin("PRINT_CERTIFICATE", "XK00001001", null);
                OutboxMessage record = OutboxMessage.of("TX_RECORD", "/api/v1/records", "{\"n\":" + i + "}");
                OutboxMessage evaluation = OutboxMessage.of("EVALUATION", "/api/v1/evaluations", "{\"level\":5}");
                tx.intend("PRINT", null).done(null, record, evaluation);
                tx.finish();
                records.add(record.idempotencyKey());
                evaluations.add(evaluation.idempotencyKey());
            }
            try (OutboxDeliverer deliverer = deliverer(journal)) {
                deliverer.start();
                await("attempts while central is down",
                        () -> journal.outbox().records(OutboxState.PENDING).stream().anyMatch(r -> r.attempts() >= 3));
                Thread.sleep(300);
                assertEquals(0, inbox.totalArrivals());
                OutboxRecord waiting = journal.outbox().records(OutboxState.PENDING).get(0);
                assertTrue(waiting.lastError().contains("connection refused"), waiting.lastError());
                assertEquals(12, journal.outbox().records(OutboxState.PENDING).size(), "nothing lost, nothing dead");

                inbox.storeThenFail(3); // central stores three but its answers are lost: the kiosk sends them again
                inbox.start();
                deliverer.wake();
                await("all sent", () -> journal.outbox().records(OutboxState.SENT).size() == 12);
            }
            List<String> stored = inbox.storedKeys();
            assertEquals(records, stored.stream().filter(records::contains).toList(), "TX_RECORD in order");
            assertEquals(evaluations, stored.stream().filter(evaluations::contains).toList(), "EVALUATION in order");
            assertEquals(12, stored.size(), "each key stored once");
            assertEquals(15, inbox.totalArrivals(), "three were sent twice");
            assertEquals(3, stored.stream().filter(k -> inbox.arrivals(k) == 2).count());
            assertEquals("{\"n\":0}", inbox.body(records.get(0)));
        }
    }

    @Test
    void a500IsRetriedWithTheSameKeyAndThenSent() throws Exception {
        try (Journal journal = JournalFixture.open(dir)) {
            OutboxMessage m = OutboxMessage.of("EVALUATION", "/api/v1/evaluations", "{\"level\":4}");
            inbox.script(500, 503, 429, 409);
            journal.outbox().append(m);
            try (OutboxDeliverer deliverer = deliverer(journal)) {
                deliverer.start();
                await("sent", () -> journal.outbox().records(OutboxState.SENT).size() == 1);
            }
            OutboxRecord sent = journal.outbox().records(OutboxState.SENT).get(0);
            assertEquals(5, sent.attempts());
            assertEquals(5, inbox.arrivals(m.idempotencyKey()));
            assertEquals(List.of(m.idempotencyKey()), inbox.storedKeys());
        }
    }

    @Test
    void a400IsDeadWithItsReasonNeverRetriedAndDoesNotBlockTheKind() throws Exception {
        try (Journal journal = JournalFixture.open(dir)) {
            OutboxMessage bad = OutboxMessage.of("EVALUATION", "/api/v1/evaluations", "{\"level\":\"invalid\"}");
            OutboxMessage good = OutboxMessage.of("EVALUATION", "/api/v1/evaluations", "{\"level\":3}");
            journal.outbox().append(bad);
            journal.outbox().append(good);
            try (OutboxDeliverer deliverer = deliverer(journal)) {
                deliverer.start();
                await("good sent", () -> journal.outbox().records(OutboxState.SENT).size() == 1);
                Thread.sleep(300);
            }
            List<OutboxRecord> dead = journal.outbox().records(OutboxState.DEAD);
            assertEquals(1, dead.size());
            assertEquals(bad.idempotencyKey(), dead.get(0).idempotencyKey());
            assertEquals("central refused /api/v1/evaluations: HTTP 400 {\"code\":\"EVALUATION_INVALID\",\"message\":"
                    + "\"level must be 1-5\"}", dead.get(0).lastError());
            assertEquals(1, inbox.arrivals(bad.idempotencyKey()), "never retried");
            assertEquals(List.of(good.idempotencyKey()), inbox.storedKeys());
        }
    }

    @Test
    void aKindCentralCannotTakeForAWhileDoesNotHoldBackTheOthers() throws Exception {
        try (Journal journal = JournalFixture.open(dir)) {
            List<String> evaluations = new ArrayList<>();
            List<String> records = new ArrayList<>();
            inbox.unavailable("/api/v1/evaluations");
            for (int i = 0; i < 3; i++) {
                OutboxMessage e = OutboxMessage.of("EVALUATION", "/api/v1/evaluations", "{\"e\":" + i + "}");
                OutboxMessage r = OutboxMessage.of("TX_RECORD", "/api/v1/records", "{\"r\":" + i + "}");
                journal.outbox().append(e);
                journal.outbox().append(r);
                evaluations.add(e.idempotencyKey());
                records.add(r.idempotencyKey());
            }
            try (OutboxDeliverer deliverer = deliverer(journal)) {
                deliverer.start();
                await("records sent", () -> journal.outbox().records(OutboxState.SENT).size() == 3);
                assertEquals(records, inbox.storedKeys());
                await("the first evaluation retried", () -> inbox.arrivals(evaluations.get(0)) >= 3);
                assertEquals(0, inbox.arrivals(evaluations.get(1)), "the later evaluations wait behind the first");
                inbox.unavailable(null);
                await("evaluations sent", () -> journal.outbox().records(OutboxState.SENT).size() == 6);
            }
            assertEquals(evaluations, inbox.storedKeys().subList(3, 6));
        }
    }

    @Test
    void pendingRecordsSurviveARestartOfTheKiosk() throws Exception {
        OutboxMessage m = OutboxMessage.of("TX_RECORD", "/api/v1/records", "{\"n\":1}");
        inbox.stop();
        try (Journal journal = JournalFixture.open(dir); OutboxDeliverer deliverer = deliverer(journal)) {
            journal.outbox().append(m);
            deliverer.start();
            await("an attempt", () -> journal.outbox().records(OutboxState.PENDING).get(0).attempts() >= 1);
        }
        inbox.start();
        try (Journal journal = JournalFixture.open(dir); OutboxDeliverer deliverer = deliverer(journal)) {
            deliverer.start();
            await("sent after restart", () -> journal.outbox().records(OutboxState.SENT).size() == 1);
        }
        assertEquals(List.of(m.idempotencyKey()), inbox.storedKeys());
    }

    @Test
    void statusesAreReadAsTheContractSaysAndBackoffIsCapped() {
        assertEquals(Delivery.Outcome.ACCEPTED, Delivery.ofHttpStatus(201, "").outcome());
        for (int status : new int[] {500, 502, 503, 408, 409, 429}) {
            assertEquals(Delivery.Outcome.RETRY, Delivery.ofHttpStatus(status, "").outcome(), "HTTP " + status);
        }
        for (int status : new int[] {400, 401, 403, 404, 410, 422}) {
            assertEquals(Delivery.Outcome.REJECTED, Delivery.ofHttpStatus(status, "").outcome(), "HTTP " + status);
        }
        try (Journal journal = JournalFixture.open(dir)) {
            OutboxDeliverer d = new OutboxDeliverer(journal.outbox(), r -> null);
            assertEquals(Duration.ofSeconds(1), d.backoff(1));
            assertEquals(Duration.ofSeconds(8), d.backoff(4));
            assertEquals(Duration.ofSeconds(60), d.backoff(7));
            assertEquals(Duration.ofSeconds(60), d.backoff(500));
        }
    }

    static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after 15 s waiting for: " + what);
            }
            Thread.sleep(10);
        }
    }
}
