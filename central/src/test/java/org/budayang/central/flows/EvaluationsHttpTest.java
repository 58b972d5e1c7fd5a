package org.budayang.central.flows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.budayang.api.ApiPaths;
import org.budayang.api.services.Satisfaction;
import org.budayang.central.db.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code POST /api/v1/evaluations} against a real server and database (H2 and PostgreSQL). */
class EvaluationsHttpTest {
    /** Friday 2026-03-06, 10:00 in Beijing: the call back is due on Monday, the rectification three weeks on. */
    private static final Instant FRIDAY = Instant.parse("2026-03-06T02:00:00Z");
    private static final String ITEM = "620102-SB01-GG00031001";

    static Map<String, Object> evaluation(String id, String item, Satisfaction level, List<String> reasons) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("evaluationId", id);
        body.put("itemCode", item);
        body.put("applicationNumber", "62010220260306000007");
        body.put("outcome", "COMPLETED");
        body.put("level", level.name());
        body.put("reasons", reasons);
        body.put("comment", "");
        body.put("ratedAt", "2026-03-06T01:59:30Z");
        return body;
    }

    @ParameterizedTest
    @MethodSource("org.budayang.central.db.TestDatabases#both")
    void aNegativeRatingIsStoredWithItsFollowUpDeadlinesInWorkingDays(TestDatabases.Kind kind) {
        try (FlowsFixture central = new FlowsFixture(kind, FRIDAY, Map.of())) {
            FlowsFixture.Reply reply = central.post(ApiPaths.EVALUATIONS, evaluation("ev-negative-0001",
                    "GG00031001", Satisfaction.VERY_DISSATISFIED, List.of("设备故障", "等候时间长")), "key-neg-0001");
            assertEquals(201, reply.status(), reply.toString());
            assertEquals(ITEM, reply.body().path("itemCode").asText(), "a basic code is stored as the implementation code");
            assertTrue(reply.body().path("negative").asBoolean());
            assertEquals("2026-03-09", reply.body().path("followUp").path("callBackBy").asText(), "Monday");
            assertEquals("2026-03-27", reply.body().path("followUp").path("rectifyBy").asText());
            assertEquals("OPEN", reply.body().path("followUp").path("state").asText());

            StoredEvaluation stored = central.evaluations.find("ev-negative-0001").orElseThrow();
            assertEquals("KSK-620102-0001", stored.kioskId());
            assertEquals(List.of("设备故障", "等候时间长"), stored.reasons());
            assertEquals(Satisfaction.VERY_DISSATISFIED, stored.level());
            assertEquals(FRIDAY, stored.receivedAt());
            assertEquals(Instant.parse("2026-03-06T01:59:30Z"), stored.ratedAt());
            assertEquals("62010220260306000007", stored.applicationNumber());
            assertEquals(LocalDate.parse("2026-03-09"), stored.followUp().callBackBy());
            assertEquals(List.of("ev-negative-0001"), central.evaluations.openFollowUps().stream()
                    .map(StoredEvaluation::evaluationId).toList());

            FollowUp called = central.evaluations.recordCallBack("ev-negative-0001", FRIDAY.plusSeconds(3600));
            assertEquals(FollowUpState.CALLED_BACK, called.state());
            IllegalStateException twice = assertThrows(IllegalStateException.class,
                    () -> central.evaluations.recordCallBack("ev-negative-0001", FRIDAY.plusSeconds(7200)));
            assertTrue(twice.getMessage().contains("state CALLED_BACK"), twice.getMessage());
            FollowUp fixed = central.evaluations.recordRectification("ev-negative-0001", FRIDAY.plusSeconds(86400));
            assertEquals(FollowUpState.RECTIFIED, fixed.state());
            assertEquals(FRIDAY.plusSeconds(86400), fixed.rectifiedAt());
            assertTrue(central.evaluations.openFollowUps().isEmpty());
        }
    }

    @ParameterizedTest
    @MethodSource("org.budayang.central.db.TestDatabases#both")
    void theSameEvaluationIdConcurrentlyUnderManyKeysIsStoredOnceAndAnsweredWithTheFirstReceipt(
            TestDatabases.Kind kind) throws Exception {
        try (FlowsFixture central = new FlowsFixture(kind)) {
            Map<String, Object> body = evaluation("ev-racing-0001", ITEM, Satisfaction.DISSATISFIED, List.of("操作复杂"));
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Callable<FlowsFixture.Reply>> calls = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    String key = "race-key-" + i;
                    calls.add(() -> central.post(ApiPaths.EVALUATIONS, body, key));
                }
                List<FlowsFixture.Reply> replies = new ArrayList<>();
                for (Future<FlowsFixture.Reply> f : pool.invokeAll(calls)) {
                    replies.add(f.get());
                }
                assertEquals(1, replies.stream().filter(r -> r.status() == 201).count(), replies.toString());
                assertEquals(7, replies.stream().filter(r -> r.status() == 200).count(), replies.toString());
                for (FlowsFixture.Reply r : replies) {
                    assertEquals(replies.get(0).body(), r.body(), "every answer is the first receipt");
                }
            } finally {
                pool.shutdownNow();
            }
            assertEquals(1, central.count("flow_evaluation"));
            assertEquals(1, central.count("flow_evaluation_follow_up"));
        }
    }

    @Test
    void theSameKeyTwiceIsReplayedAndAnotherKeyGetsTheFirstReceiptEvenWithOtherContent() {
        try (FlowsFixture central = new FlowsFixture(TestDatabases.Kind.H2)) {
            Map<String, Object> body = evaluation("ev-repeat-00001", ITEM, Satisfaction.SATISFIED, List.of());
            FlowsFixture.Reply first = central.post(ApiPaths.EVALUATIONS, body, "same-key-0001");
            FlowsFixture.Reply replay = central.post(ApiPaths.EVALUATIONS, body, "same-key-0001");
            assertEquals(201, first.status(), first.toString());
            assertFalse(first.body().has("followUp") && !first.body().get("followUp").isNull());
            assertEquals(201, replay.status());
            assertTrue(replay.replayed());
            assertEquals(first.body(), replay.body());

            central.clock.advance(java.time.Duration.ofMinutes(5));
            Map<String, Object> changed = evaluation("ev-repeat-00001", ITEM, Satisfaction.VERY_DISSATISFIED,
                    List.of("其他"));
            FlowsFixture.Reply again = central.post(ApiPaths.EVALUATIONS, changed, "other-key-0002");
            assertEquals(200, again.status(), again.toString());
            assertFalse(again.replayed(), "not the idempotency layer: the evaluation id");
            assertEquals(first.body(), again.body(), "one evaluation per service: the first one stands");
            assertEquals(1, central.count("flow_evaluation"));
            assertEquals(0, central.count("flow_evaluation_follow_up"));

            FlowsFixture.Reply other = central.post(ApiPaths.EVALUATIONS, body, "kiosk-two-0001", true);
            assertEquals(409, other.status(), other.toString());
            assertEquals("EVALUATION_ID_TAKEN", other.code());
        }
    }

    @Test
    void unknownItemsAndReasonsAreRefusedWithPreciseCodes() {
        try (FlowsFixture central = new FlowsFixture(TestDatabases.Kind.H2)) {
            FlowsFixture.Reply unknown = central.post(ApiPaths.EVALUATIONS, evaluation("ev-unknown-0001",
                    "620102-XX99-ZZ99999999", Satisfaction.SATISFIED, List.of()), "bad-item-0001");
            assertEquals(400, unknown.status(), unknown.toString());
            assertEquals("UNKNOWN_ITEM_CODE", unknown.code());
            assertTrue(unknown.body().path("detail").asText().contains("620102-XX99-ZZ99999999"), unknown.toString());

            FlowsFixture.Reply reason = central.post(ApiPaths.EVALUATIONS, evaluation("ev-reason-00001", ITEM,
                    Satisfaction.DISSATISFIED, List.of("太慢了")), "bad-reason-0001");
            assertEquals(400, reason.status());
            assertEquals("EVALUATION_REASON_UNKNOWN", reason.code());
            assertTrue(reason.body().path("detail").asText().contains("太慢了")
                    && reason.body().path("detail").asText().contains("等候时间长"), reason.toString());

            FlowsFixture.Reply good = central.post(ApiPaths.EVALUATIONS, evaluation("ev-reason-00002", ITEM,
                    Satisfaction.VERY_SATISFIED, List.of("其他")), "bad-reason-0002");
            assertEquals("EVALUATION_REASONS_NOT_ALLOWED", good.code(), good.toString());
            FlowsFixture.Reply twice = central.post(ApiPaths.EVALUATIONS, evaluation("ev-reason-00003", ITEM,
                    Satisfaction.DISSATISFIED, List.of("其他", "其他")), "bad-reason-0003");
            assertEquals("EVALUATION_REASON_REPEATED", twice.code(), twice.toString());

            Map<String, Object> longNumber = evaluation("ev-long-000001", ITEM, Satisfaction.BASIC, List.of());
            longNumber.put("applicationNumber", "9".repeat(300));
            FlowsFixture.Reply tooLong = central.post(ApiPaths.EVALUATIONS, longNumber, "long-number-01");
            assertEquals(400, tooLong.status(), tooLong.toString());
            assertEquals("INVALID_FIELD", tooLong.code());

            Map<String, Object> badId = evaluation("short", ITEM, Satisfaction.BASIC, List.of());
            assertEquals("INVALID_FIELD", central.post(ApiPaths.EVALUATIONS, badId, "bad-id-000001").code());
            assertEquals(0, central.count("flow_evaluation"));

            FlowsFixture.Reply none = central.post(ApiPaths.EVALUATIONS, evaluation("ev-noreason-01", ITEM,
                    Satisfaction.VERY_DISSATISFIED, List.of()), "no-reason-0001");
            assertEquals(201, none.status(), "a reason is asked for, never forced: " + none);
        }
    }

    @Test
    void anIdNumberHiddenInAClientIdNeverReachesTheLog() throws Exception {
        assertEquals("ev_110105********002X", LogSafe.of("ev_11010519491231002X"));
        assertEquals("tx-0001", LogSafe.of("tx-0001"));
        try (FlowsFixture central = new FlowsFixture(TestDatabases.Kind.H2)) {
            assertEquals(201, central.post(ApiPaths.EVALUATIONS, evaluation("ev_11010519491231002X", ITEM,
                    Satisfaction.DISSATISFIED, List.of()), "log-key-0001").status());
            assertEquals(201, central.post(ApiPaths.TRANSACTIONS, TransactionsHttpTest.transaction(
                    "tx_11010519491231002X", ITEM, "FAILED", "E_11010519491231002X"), "log-key-0002").status());
        }
        List<String> log = java.nio.file.Files.readAllLines(java.nio.file.Path.of(
                "target/test-logs/central-tests.log"), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(log.stream().anyMatch(l -> l.contains("ev_110105********002X")), "the evaluation is logged");
        assertTrue(log.stream().noneMatch(l -> l.contains("11010519491231002X")), "an ID number in the log");
    }

    @Test
    void theKioskReadsTheSameReasonListCentralAccepts() {
        try (FlowsFixture central = new FlowsFixture(TestDatabases.Kind.H2)) {
            FlowsFixture.Reply reasons = central.get(FlowsModule.EVALUATION_REASONS);
            assertEquals(200, reasons.status(), reasons.toString());
            List<String> listed = new ArrayList<>();
            reasons.body().path("reasons").forEach(r -> listed.add(r.asText()));
            assertEquals(EvaluationReasons.ALL, listed);
            assertTrue(listed.containsAll(List.of("等候时间长", "操作复杂", "设备故障", "材料要求不清楚", "结果不满意", "其他")));
            assertEquals("其他", listed.get(listed.size() - 1));
        }
    }

    @Test
    void aFollowUpIsRectifiedOnlyAfterTheCallBack() {
        assertEquals(FollowUpState.CALLED_BACK, FollowUpState.OPEN.callBack());
        IllegalStateException early = assertThrows(IllegalStateException.class, FollowUpState.OPEN::rectify);
        assertTrue(early.getMessage().contains("state OPEN"), early.getMessage());
        assertThrows(IllegalStateException.class, FollowUpState.RECTIFIED::callBack);
        assertNull(new StoredEvaluation("ev-x-00000001", "KSK-620102-0001", ITEM, "1", 
                org.budayang.api.services.EvaluationRequest.ServiceOutcome.COMPLETED, Satisfaction.BASIC, List.of(),
                "", FRIDAY, FRIDAY, null).followUp());
        assertThrows(IllegalArgumentException.class, () -> new StoredEvaluation("ev-x-00000001", "KSK-620102-0001",
                ITEM, "1", org.budayang.api.services.EvaluationRequest.ServiceOutcome.COMPLETED,
                Satisfaction.DISSATISFIED, List.of(), "", FRIDAY, FRIDAY, null));
    }
}
