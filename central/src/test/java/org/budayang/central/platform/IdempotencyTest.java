package org.budayang.central.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.budayang.api.ApiHeaders;
import org.budayang.api.json.ApiJson;
import org.budayang.api.problem.Problem;
import org.budayang.central.Http;
import org.budayang.central.MutableClock;
import org.budayang.central.PlatformServer;
import org.budayang.central.TestApplicationsModule;
import org.budayang.central.TestKiosks;
import org.budayang.central.db.TestDatabases;
import org.budayang.central.idempotency.IdempotencyPurger;
import org.budayang.central.idempotency.IdempotencyStore;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Idempotency keys through the real server, on H2 and on PostgreSQL. */
class IdempotencyTest {
    private static final ObjectMapper JSON = ApiJson.mapper();
    private static final String BODY =
            "{\"idNumber\":\"11010519491231002X\",\"itemCode\":\"620102-GA01-GG00011001\",\"copies\":1}";

    @ParameterizedTest
    @MethodSource("org.budayang.central.db.TestDatabases#both")
    void aRepeatedKeyAnswersTheFirstResponseAndRunsNothing(TestDatabases.Kind kind) throws IOException {
        try (PlatformServer central = PlatformServer.start(kind, new MutableClock(Instant.now()))) {
            String url = central.url() + TestApplicationsModule.APPLICATIONS;
            HttpResponse<String> first = Http.sendBody("POST", url, BODY, TestKiosks.authWithKey("key-0001-aaaa"));
            assertEquals(201, first.statusCode(), first.body());
            assertTrue(first.headers().firstValue(ApiHeaders.IDEMPOTENT_REPLAY).isEmpty());

            HttpResponse<String> again = Http.sendBody("POST", url, BODY, TestKiosks.authWithKey("key-0001-aaaa"));
            assertEquals(201, again.statusCode());
            assertEquals(first.body(), again.body());
            assertEquals("true", again.headers().firstValue(ApiHeaders.IDEMPOTENT_REPLAY).orElse(""));
            assertTrue(again.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
            assertEquals(1, central.applications.applicationsRun.get(), "the replay ran nothing");

            HttpResponse<String> otherKey = Http.sendBody("POST", url, BODY, TestKiosks.authWithKey("key-0002-aaaa"));
            assertEquals(201, otherKey.statusCode());
            assertFalse(otherKey.body().equals(first.body()));
            assertEquals(2, central.applications.applicationsRun.get());

            String[] otherKiosk = TestKiosks.otherWithKey("key-0001-aaaa");
            HttpResponse<String> sameKeyOtherKiosk = Http.sendBody("POST", url, BODY, otherKiosk);
            assertEquals(201, sameKeyOtherKiosk.statusCode(), "keys are per kiosk");
            assertEquals(3, central.applications.applicationsRun.get());
        }
    }

    @ParameterizedTest
    @MethodSource("org.budayang.central.db.TestDatabases#both")
    void aKeyReusedForAnotherRequestIs422AndClientErrorsAreStoredToo(TestDatabases.Kind kind) throws IOException {
        try (PlatformServer central = PlatformServer.start(kind, new MutableClock(Instant.now()))) {
            String url = central.url() + TestApplicationsModule.APPLICATIONS;
            assertEquals(201, Http.sendBody("POST", url, BODY, TestKiosks.authWithKey("reuse-0001")).statusCode());
            HttpResponse<String> reused = Http.sendBody("POST", url, BODY.replace("\"copies\":1", "\"copies\":2"),
                    TestKiosks.authWithKey("reuse-0001"));
            assertEquals(422, reused.statusCode());
            assertEquals("IDEMPOTENCY_KEY_REUSED", JSON.readValue(reused.body(), Problem.class).code());
            assertEquals(1, central.applications.applicationsRun.get());

            String unknownItem = BODY.replace("620102-GA01-GG00011001", "999999-XX99-NOPE");
            HttpResponse<String> refused = Http.sendBody("POST", url, unknownItem, TestKiosks.authWithKey("bad-0001"));
            assertEquals(404, refused.statusCode());
            HttpResponse<String> refusedAgain = Http.sendBody("POST", url, unknownItem,
                    TestKiosks.authWithKey("bad-0001"));
            assertEquals(404, refusedAgain.statusCode());
            assertEquals("true", refusedAgain.headers().firstValue(ApiHeaders.IDEMPOTENT_REPLAY).orElse(""));
            assertEquals(refused.body(), refusedAgain.body());
        }
    }

    @ParameterizedTest
    @MethodSource("org.budayang.central.db.TestDatabases#both")
    void aMissingOrMalformedKeyIs400(TestDatabases.Kind kind) throws IOException {
        try (PlatformServer central = PlatformServer.start(kind, new MutableClock(Instant.now()))) {
            String url = central.url() + TestApplicationsModule.APPLICATIONS;
            for (String key : new String[] {null, "short", "x".repeat(65), "has space1", "ümlaut-key", "a/b/c/d/e"}) {
                String[] headers = key == null ? TestKiosks.auth() : TestKiosks.authWithKey(key);
                HttpResponse<String> response = Http.sendBody("POST", url, BODY, headers);
                assertEquals(400, response.statusCode(), String.valueOf(key));
                Problem problem = JSON.readValue(response.body(), Problem.class);
                assertEquals("IDEMPOTENCY_KEY_INVALID", problem.code());
                assertTrue(problem.detail().contains("Idempotency-Key"), problem.detail());
            }
            assertEquals(0, central.applications.applicationsRun.get());
        }
    }

    @ParameterizedTest
    @MethodSource("org.budayang.central.db.TestDatabases#both")
    void a5xxIsNotStoredSoTheKioskMayRetry(TestDatabases.Kind kind) {
        try (PlatformServer central = PlatformServer.start(kind, new MutableClock(Instant.now()))) {
            String url = central.url() + TestApplicationsModule.CRASH;
            central.applications.crash.set(true);
            assertEquals(500, Http.sendBody("POST", url, "{}", TestKiosks.authWithKey("crash-0001")).statusCode());
            central.applications.crash.set(false);
            HttpResponse<String> retry = Http.sendBody("POST", url, "{}", TestKiosks.authWithKey("crash-0001"));
            assertEquals(200, retry.statusCode());
            assertTrue(retry.headers().firstValue(ApiHeaders.IDEMPOTENT_REPLAY).isEmpty());
            assertEquals(2, central.applications.crashRuns.get());
        }
    }

    @ParameterizedTest
    @MethodSource("org.budayang.central.db.TestDatabases#both")
    void concurrentDuplicatesRunOnceTheOthersAre409(TestDatabases.Kind kind) throws Exception {
        try (PlatformServer central = PlatformServer.start(kind, new MutableClock(Instant.now()))) {
            String url = central.url() + TestApplicationsModule.APPLICATIONS;
            CountDownLatch gate = new CountDownLatch(1);
            central.applications.gate.set(gate);
            int copies = 8;
            ExecutorService pool = Executors.newFixedThreadPool(copies);
            try {
                List<Future<HttpResponse<String>>> answers = new ArrayList<>();
                for (int i = 0; i < copies; i++) {
                    answers.add(pool.submit(() -> Http.sendBody("POST", url, BODY,
                            TestKiosks.authWithKey("concurrent-0001"))));
                }
                Map<Integer, Integer> statuses = new TreeMap<>();
                // all but the one running request come back while it still waits at the gate
                for (int seen = 0; seen < copies - 1; ) {
                    seen = 0;
                    for (Future<HttpResponse<String>> answer : answers) {
                        seen += answer.isDone() ? 1 : 0;
                    }
                    Thread.sleep(20);
                }
                gate.countDown();
                for (Future<HttpResponse<String>> answer : answers) {
                    HttpResponse<String> response = answer.get();
                    statuses.merge(response.statusCode(), 1, Integer::sum);
                    if (response.statusCode() == 409) {
                        assertEquals("IDEMPOTENCY_KEY_IN_FLIGHT",
                                JSON.readValue(response.body(), Problem.class).code());
                    }
                }
                assertEquals(Map.of(201, 1, 409, copies - 1), statuses);
                assertEquals(1, central.applications.applicationsRun.get(), "ran exactly once");
                central.applications.gate.set(null);
                HttpResponse<String> later = Http.sendBody("POST", url, BODY,
                        TestKiosks.authWithKey("concurrent-0001"));
                assertEquals(201, later.statusCode());
                assertEquals("true", later.headers().firstValue(ApiHeaders.IDEMPOTENT_REPLAY).orElse(""));
            } finally {
                gate.countDown();
                pool.shutdownNow();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("org.budayang.central.db.TestDatabases#both")
    void recordsArePurgedAfterTheRetentionAndAbandonedClaimsCanBeTakenOver(TestDatabases.Kind kind) {
        MutableClock clock = new MutableClock(Instant.parse("2026-03-02T01:30:00Z"));
        try (var db = TestDatabases.fresh(kind)) {
            IdempotencyStore store = new IdempotencyStore(db.dataSource(), clock, Duration.ofMinutes(2));
            IdempotencyStore.Claimed old = (IdempotencyStore.Claimed) store.claim(TestKiosks.KIOSK, "old-key-0001", "h1");
            assertTrue(store.complete(TestKiosks.KIOSK, "old-key-0001", old.token(), 201, "application/json",
                    "{}".getBytes()));
            assertTrue(store.claim(TestKiosks.KIOSK, "abandoned-0001", "h2") instanceof IdempotencyStore.Claimed);
            assertTrue(store.claim(TestKiosks.KIOSK, "abandoned-0001", "h2") instanceof IdempotencyStore.InFlight);

            clock.advance(Duration.ofMinutes(3));
            assertTrue(store.claim(TestKiosks.KIOSK, "abandoned-0001", "h2") instanceof IdempotencyStore.Claimed,
                    "a claim older than 2 minutes counts as abandoned");
            assertTrue(store.claim(TestKiosks.KIOSK, "abandoned-0001", "h2") instanceof IdempotencyStore.InFlight,
                    "and only one request takes it over");
            IdempotencyStore.Claim replay = store.claim(TestKiosks.KIOSK, "old-key-0001", "h1");
            assertTrue(replay instanceof IdempotencyStore.Replay r && r.status() == 201
                    && new String(r.body()).equals("{}"), String.valueOf(replay));

            clock.advance(Duration.ofDays(7).plusMinutes(1));
            assertTrue(store.claim(TestKiosks.KIOSK, "fresh-key-0001", "h3") instanceof IdempotencyStore.Claimed);
            IdempotencyPurger purger = new IdempotencyPurger(store, clock, Duration.ofDays(7));
            assertEquals(2, purger.purgeNow(), "the two records older than 7 days");
            assertTrue(store.claim(TestKiosks.KIOSK, "old-key-0001", "other") instanceof IdempotencyStore.Claimed,
                    "a purged key is free again");
            assertTrue(store.claim(TestKiosks.KIOSK, "fresh-key-0001", "h3") instanceof IdempotencyStore.InFlight);
        }
    }

    @ParameterizedTest
    @MethodSource("org.budayang.central.db.TestDatabases#both")
    void aRequestWhoseClaimWasTakenOverNeitherOverwritesNorReleasesTheNewOwnersRecord(TestDatabases.Kind kind) {
        MutableClock clock = new MutableClock(Instant.parse("2026-03-02T01:30:00Z"));
        try (var db = TestDatabases.fresh(kind)) {
            IdempotencyStore store = new IdempotencyStore(db.dataSource(), clock, Duration.ofMinutes(2));
            IdempotencyStore.Claimed slow = (IdempotencyStore.Claimed) store.claim(TestKiosks.KIOSK, "slow-key-0001", "h");
            clock.advance(Duration.ofMinutes(3));
            IdempotencyStore.Claimed retry = (IdempotencyStore.Claimed) store.claim(TestKiosks.KIOSK, "slow-key-0001", "h");
            assertNotEquals(slow.token(), retry.token());

            assertFalse(store.release(TestKiosks.KIOSK, "slow-key-0001", slow.token()),
                    "the slow request's 5xx does not free the key the retry holds");
            assertTrue(store.claim(TestKiosks.KIOSK, "slow-key-0001", "h") instanceof IdempotencyStore.InFlight);
            assertTrue(store.complete(TestKiosks.KIOSK, "slow-key-0001", retry.token(), 201, "application/json",
                    "{\"n\":2}".getBytes()));
            assertFalse(store.complete(TestKiosks.KIOSK, "slow-key-0001", slow.token(), 201, "application/json",
                    "{\"n\":1}".getBytes()), "the slow request finishing late stores nothing");
            IdempotencyStore.Claim replay = store.claim(TestKiosks.KIOSK, "slow-key-0001", "h");
            assertTrue(replay instanceof IdempotencyStore.Replay r && new String(r.body()).equals("{\"n\":2}"),
                    String.valueOf(replay));
        }
    }
}
