package org.budayang.central.flows;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.budayang.api.services.EvaluationRequest;
import org.budayang.api.services.Satisfaction;

/**
 * One 好差评 as central stored it (anonymous: no ID number or name).
 *
 * @param kioskId    the kiosk that sent it
 * @param itemCode   the item's implementation code (a basic code sent is stored as the implementation code)
 * @param receivedAt when central first received it
 * @param followUp   the 差评 follow-up, null for other levels
 */
public record StoredEvaluation(String evaluationId, String kioskId, String itemCode, String applicationNumber,
                               EvaluationRequest.ServiceOutcome outcome, Satisfaction level, List<String> reasons,
                               String comment, Instant ratedAt, Instant receivedAt, FollowUp followUp) {
    public StoredEvaluation {
        Objects.requireNonNull(evaluationId, "StoredEvaluation.evaluationId");
        Objects.requireNonNull(kioskId, "StoredEvaluation.kioskId");
        Objects.requireNonNull(itemCode, "StoredEvaluation.itemCode");
        Objects.requireNonNull(level, "StoredEvaluation.level");
        reasons = List.copyOf(reasons);
        if (level.negative() != (followUp != null)) {
            throw new IllegalArgumentException("StoredEvaluation " + evaluationId + ": level " + level
                    + (level.negative() ? " is a 差评 and needs a follow-up" : " is not a 差评 and has no follow-up"));
        }
    }

    /** What the kiosk is answered: the receipt, without the comment. */
    public Receipt receipt() {
        return new Receipt(evaluationId, itemCode, applicationNumber, level, level.negative(), receivedAt, followUp);
    }

    /** The answer to {@code POST /api/v1/evaluations}, the same for the first delivery and every repeat. */
    public record Receipt(String evaluationId, String itemCode, String applicationNumber, Satisfaction level,
                          boolean negative, Instant receivedAt, FollowUp followUp) {
    }
}
