package org.budayang.api.services;

import java.time.Instant;
import java.util.List;

/**
 * {@code POST /api/v1/evaluations}: one 好差评 given at the kiosk after a completed or failed service. Anonymous:
 * it carries no ID number or name. Sent through the kiosk's outbox with an {@code Idempotency-Key}, so central
 * stores each evaluation once however often it is delivered; {@link #evaluationId()} is unique as well.
 *
 * @param evaluationId      the kiosk's id of this evaluation (8–64 of [A-Za-z0-9_-]), stable across retries
 * @param itemCode          事项编码: the item's implementation code
 * @param applicationNumber 办件编号 of the service evaluated (every kiosk transaction has one, queries too)
 * @param outcome           whether the service was completed, not accepted (不予受理) or failed
 * @param level             the citizen's rating
 * @param reasons           for 差评, the reasons tapped (may be empty: never forced); empty for good ratings
 * @param comment           optional words (≤ 200 characters), empty when none
 * @param ratedAt           when the citizen rated
 */
public record EvaluationRequest(String evaluationId, String itemCode, String applicationNumber,
                                ServiceOutcome outcome, Satisfaction level, List<String> reasons, String comment,
                                Instant ratedAt) {
    /**
     * The 差评 reasons a citizen may tap, in the order kiosks show them (其他 last): the only values central accepts
     * in {@link #reasons()}; kiosks send them as they are, whatever the screen's language.
     */
    public static final List<String> REASONS = List.of("等候时间长", "操作复杂", "设备故障", "材料要求不清楚", "结果不满意",
            "其他");

    public EvaluationRequest {
        evaluationId = Require.text("EvaluationRequest.evaluationId", evaluationId);
        if (!evaluationId.matches("[A-Za-z0-9_-]{8,64}")) {
            throw new IllegalArgumentException("EvaluationRequest.evaluationId: '" + evaluationId
                    + "' is not 8-64 characters of [A-Za-z0-9_-]");
        }
        itemCode = Require.text("EvaluationRequest.itemCode", itemCode);
        applicationNumber = Require.text("EvaluationRequest.applicationNumber", applicationNumber);
        Require.present("EvaluationRequest.outcome", outcome);
        Require.present("EvaluationRequest.level", level);
        reasons = Require.list("EvaluationRequest.reasons", reasons);
        comment = comment == null ? "" : comment.strip();
        if (comment.length() > 200) {
            throw new IllegalArgumentException("EvaluationRequest.comment has " + comment.length()
                    + " characters; at most 200");
        }
        Require.present("EvaluationRequest.ratedAt", ratedAt);
    }

    /** How the service ended for the citizen. */
    public enum ServiceOutcome {
        COMPLETED,
        /** The application was answered 不予受理 (一次性告知): served, but not accepted. */
        NOT_ACCEPTED,
        FAILED
    }
}
