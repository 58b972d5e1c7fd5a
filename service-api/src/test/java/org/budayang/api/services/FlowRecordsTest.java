package org.budayang.api.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import org.budayang.api.json.ApiJson;
import org.junit.jupiter.api.Test;

/** The citizen flows' records (#7): evaluation, help request and answer, transaction record. */
class FlowRecordsTest {
    private static final Instant AT = Instant.parse("2026-03-02T01:30:00Z");
    private final ObjectMapper json = ApiJson.mapper();

    @Test
    void anEvaluationRoundTripsAndRefusesBadIdsAndLongComments() throws Exception {
        EvaluationRequest e = new EvaluationRequest("ev-0001-abcd", " GG00031001 ", "62010220260302000001",
                EvaluationRequest.ServiceOutcome.FAILED, Satisfaction.DISSATISFIED, List.of("设备故障"), null, AT);
        assertEquals("GG00031001", e.itemCode());
        assertEquals("", e.comment());
        assertEquals(e, json.readValue(json.writeValueAsString(e), EvaluationRequest.class));
        IllegalArgumentException id = assertThrows(IllegalArgumentException.class, () -> new EvaluationRequest(
                "short", "GG00031001", "1", EvaluationRequest.ServiceOutcome.COMPLETED, Satisfaction.BASIC, null, "",
                AT));
        assertTrue(id.getMessage().contains("EvaluationRequest.evaluationId: 'short'"), id.getMessage());
        IllegalArgumentException comment = assertThrows(IllegalArgumentException.class, () -> new EvaluationRequest(
                "ev-0001-abcd", "GG00031001", "1", EvaluationRequest.ServiceOutcome.COMPLETED, Satisfaction.BASIC,
                List.of(), "很".repeat(201), AT));
        assertTrue(comment.getMessage().contains("201"), comment.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new EvaluationRequest("ev-0001-abcd", "GG00031001", "1",
                EvaluationRequest.ServiceOutcome.COMPLETED, null, List.of(), "", AT));
        assertThrows(IllegalArgumentException.class, () -> new EvaluationRequest("ev-0001-abcd", "GG00031001", "1",
                EvaluationRequest.ServiceOutcome.COMPLETED, Satisfaction.DISSATISFIED, List.of(" "), "", AT));
    }

    @Test
    void onlyLevelsOneAndTwoAreNegative() {
        assertTrue(Satisfaction.DISSATISFIED.negative());
        assertTrue(Satisfaction.VERY_DISSATISFIED.negative());
        assertFalse(Satisfaction.BASIC.negative());
        assertEquals("非常满意", Satisfaction.VERY_SATISFIED.label());
        assertEquals(5, Satisfaction.VERY_SATISFIED.score());
    }

    @Test
    void helpRequestAndAnswerValidateTheirFields() throws Exception {
        HelpRequest r = new HelpRequest("help-00000001", " ", "FILL", "CITIZEN_PRESSED_HELP");
        assertNull(r.itemCode(), "blank item = outside any item");
        assertEquals(r, json.readValue(json.writeValueAsString(r), HelpRequest.class));
        IllegalArgumentException reason = assertThrows(IllegalArgumentException.class,
                () -> new HelpRequest("help-00000001", null, "FILL", "help me"));
        assertTrue(reason.getMessage().contains("HelpRequest.reason"), reason.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new HelpRequest("help 1", null, "FILL", "X"));
        assertThrows(IllegalArgumentException.class, () -> new HelpAnswer("help-00000001", -1, "请稍候", ""));
        assertEquals("", new HelpAnswer("help-00000001", 5, "请稍候", null).phone());
    }

    @Test
    void aTransactionRecordRefusesTimeRunningBackwardsAndNegativeCounts() throws Exception {
        TransactionRecord t = new TransactionRecord("tx-00000001", "GG00031001", " ", TransactionRecord.Outcome.FAILED,
                "PRINTER_OFFLINE", AT, AT.plusSeconds(60), 0);
        assertNull(t.applicationNumber());
        assertEquals(t, json.readValue(json.writeValueAsString(t), TransactionRecord.class));
        IllegalArgumentException backwards = assertThrows(IllegalArgumentException.class, () -> new TransactionRecord(
                "tx-00000001", "GG00031001", null, TransactionRecord.Outcome.COMPLETED, null, AT, AT.minusSeconds(1),
                1));
        assertTrue(backwards.getMessage().contains("before startedAt"), backwards.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new TransactionRecord("tx-00000001", "GG00031001", null,
                TransactionRecord.Outcome.COMPLETED, null, AT, AT, -1));
        assertThrows(IllegalArgumentException.class, () -> new TransactionRecord("tx-00000001", "GG00031001", null,
                TransactionRecord.Outcome.FAILED, "printer offline", AT, AT, 0));
    }
}
